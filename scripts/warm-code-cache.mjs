// Writes DIR/jobparse.cjs.v8cache (src/cli/code-cache.ts) for the CLI built into DIR: runs the
// command over the fixtures first, the way a user runs it, so that the cache holds the functions
// parsing and printing a posting need and not just the bundle's top level.
//   node scripts/warm-code-cache.mjs DIR      (scripts/build.mjs runs it)
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = resolve(process.argv[2] ?? "dist");
const fixtures = fileURLToPath(new URL("../fixtures", import.meta.url));
const { bundle, run, restoreCacheFlags } = await import(pathToFileURL(join(dir, "cli.js")).href);

const sink = () => Object.assign(new PassThrough(), { isTTY: false }).resume();
// In-process (one job): the pool's workers would compile their own copies, not this script's.
for (const format of ["ndjson", "json"]) {
  const code = await run({ argv: [fixtures, "--format", format, "--quiet"], cwd: dir, env: { JOBPARSE_JOBS: "1" }, stdin: Object.assign(Readable.from([]), { isTTY: true }), stdout: sink(), stderr: sink() });
  if (code !== 0) throw new Error(`warm-code-cache: jobparse --format ${format} over the fixtures exited ${code}`);
}
// V8 stamps a cache with the flags in force when it is written: those the bundle is compiled with.
restoreCacheFlags();
writeFileSync(join(dir, "jobparse.cjs.v8cache"), bundle.script.createCachedData());
