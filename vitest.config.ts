import { defineConfig } from "vitest/config";
import { V8_FLAGS, V8_FLAGS_MAX_MAJOR } from "./src/cli/code-cache.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One build of the CLI for the tests that spawn the bin (test/cli).
    globalSetup: ["test/global-setup.ts"],
    // Colour must not depend on the terminal the tests run in.
    env: { FORCE_COLOR: "0", NO_COLOR: "1" },
    testTimeout: 30_000,
    pool: "forks",
    // The V8 flags the built CLI sets as its bundle loads, set from the start: the pool tests
    // run the built workers inside a test process, and a flag that changes under code V8 has
    // already compiled crashed the test files that ran after them in that process (a segfault).
    execArgv: Number(process.versions.v8.split(".")[0]) <= V8_FLAGS_MAX_MAJOR ? V8_FLAGS.split(" ") : [],
    // Test files share their worker's modules instead of loading src/ afresh each: the first
    // parse of a run builds the vocabulary tables (~0.6 s of CPU), and 60 files each paying it
    // again was a third of the suite's time. No test mocks a module or changes global state.
    isolate: false,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine,
    // with the second core idle but for the processes the CLI tests start.
    maxWorkers: 2,
  },
});
