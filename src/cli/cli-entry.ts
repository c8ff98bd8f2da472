// dist/cli.cjs (what bin/jobparse.js requires) and dist/cli.js (the same as an ES module): the
// command, loaded from the bundle beside it through the code cache (cli/code-cache.ts).
import { fileURLToPath } from "node:url";
import { loadBundle } from "./code-cache.js";

export { restoreCacheFlags } from "./code-cache.js";

/** The loaded bundle; scripts/warm-code-cache.mjs writes its cache, tests read `cache`. */
export const bundle = loadBundle(fileURLToPath(new URL(".", import.meta.url)), { command: true });
export const { main, run } = bundle.exports;
