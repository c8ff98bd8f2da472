// Entry of the CommonJS bundle dist/jobparse.cjs (scripts/build.mjs): the command for dist/cli.js
// and the pool worker for dist/worker.js, in one file so both load through one code cache
// (cli/code-cache.ts).
export { main, run } from "./main.js";
export { default as parseBatchInWorker } from "./worker.js";
