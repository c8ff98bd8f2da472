// What identifies this build of the command: its version, and a build id that changes whenever
// the code changes (the parser can change between builds without a version bump). The build id
// is a hash of the bundle, put in by scripts/build.mjs; run from source it is "source".
declare const __JP_BUILD_ID__: string | undefined;

export const VERSION = "0.1.0";

export const BUILD_ID: string = typeof __JP_BUILD_ID__ === "string" ? __JP_BUILD_ID__ : "source";
