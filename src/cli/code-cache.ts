// Cold start (issue 5 target c). Node 20 has no compile cache for ES modules, so the CLI ships
// as one CommonJS bundle that this module compiles through vm.Script with a V8 code cache
// written beside it at build time after parsing sample postings (scripts/warm-code-cache.mjs):
// the functions a posting needs arrive compiled instead of being parsed on every start. V8
// rejects a cache from another Node version or other V8 flags; then, as when it is missing,
// the bundle compiles from source as usual, only slower.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import vm from "node:vm";
import type * as Bundle from "./bundle.js";

/** The bundle (cli/bundle.ts) and its cache, in the folder of dist/cli.js. */
export const BUNDLE_FILE = "jobparse.cjs";
export const CACHE_FILE = "jobparse.cjs.v8cache";

export interface LoadedBundle {
  exports: typeof Bundle;
  /** Its createCachedData() is the cache, once a warm-up has run. */
  script: vm.Script;
  /** Whether V8 took the cache: "rejected" and "missing" only cost time. */
  cache: "used" | "rejected" | "missing";
}

/**
 * V8 compiles a regular expression twice by default: to bytecode at its first use, then to
 * machine code at its second (tier-up). Nearly every pattern of jobparse runs more than once,
 * so the first compile is waste: ~12 ms of a one-posting run (issue 5 target c). Only for the
 * command's own process and workers, never for a program importing the library.
 */
export const V8_FLAGS = "--no-regexp-tier-up";
/**
 * The newest V8 known to have these flags (Node 24's 13.x; Node 20 has 11.3). V8 reports a flag it
 * does not know on stderr, which must hold only jobparse's own lines, so a newer V8 goes without.
 */
export const V8_FLAGS_MAX_MAJOR = 13;

const v8Flags = () => Number(process.versions.v8.split(".")[0]) <= V8_FLAGS_MAX_MAJOR;

/**
 * The young generation starts at 1 MB and doubles when much of it survives a scavenge, which
 * all of a start does (the bundle's tables, the first posting's work): six scavenges copied the
 * same objects again and again in a one-posting run. Growing it 8-fold, three do, for ~100 M
 * fewer instructions (valgrind, one posting: 1.37 G against 1.27 G; `node -e 0` is 0.5 G);
 * 16-fold (to V8's cap at once), two, 17 M fewer again.
 * Set by the command once the bundle is compiled, as V8 keys the code cache to every flag, and
 * undone before worker threads start (restoreCacheFlags): with their capped young generation
 * (cli/pool.ts) it cost 40 % more CPU over many postings (Golang+C#+Java slice, user + sys:
 * 20.0 s against 14.4 s), and their cache must see the build's flags.
 */
const START_FLAGS = "--semi-space-growth-factor=16";
const DEFAULT_FLAGS = "--semi-space-growth-factor=2";

/** Puts V8's flags back as the code cache was made with: before workers start, or a cache is written. */
export function restoreCacheFlags(): void {
  if (v8Flags()) setFlagsFromString(DEFAULT_FLAGS);
}

/**
 * Evaluates the bundle in `dir` like require() would, with the cache if V8 accepts it.
 * `command`: the command's own start (not a pool worker's), which grows the young generation fast.
 */
export function loadBundle(dir: string, options: { command?: boolean } = {}): LoadedBundle {
  // Before the cache is read: V8 keys a code cache to the flags, and the build's warm-up
  // (scripts/warm-code-cache.mjs) loads the bundle through here too.
  if (v8Flags()) setFlagsFromString(V8_FLAGS);
  const file = join(dir, BUNDLE_FILE);
  // The build writes the bundle in ASCII (scripts/build.mjs), so Latin-1 reads it as UTF-8 would,
  // as a plain copy: decoding it as UTF-8 cost 3-4 ms of every start (9.0 → 5.6 ms for both reads).
  const source = readFileSync(file, "latin1");
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(join(dir, CACHE_FILE));
  } catch {
    cachedData = undefined;
  }
  // require()'s wrapper, on the source's first line so line numbers stay those of the file.
  // __jpImportMetaUrl stands for import.meta.url, which esbuild's CommonJS output lacks;
  // __jpImport for the bundle's import() (tinypool), which scripts/build.mjs rewrites: V8 drops
  // a script's own import() callback when the script comes from a code cache.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __jpImportMetaUrl, __jpImport) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  if (options.command && v8Flags()) setFlagsFromString(START_FLAGS);
  const module = { exports: {} as typeof Bundle };
  const importer = (specifier: string) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(file), module, file, dir, pathToFileURL(file).href, importer);
  const cache = !cachedData ? "missing" : script.cachedDataRejected ? "rejected" : "used";
  return { exports: module.exports, script, cache };
}
