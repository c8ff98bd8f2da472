// `--cache` (as eslint, prettier and markdownlint-cli2 have one): each input's result is kept,
// keyed by a hash of its bytes, so a re-run over unchanged postings parses none of them.
//
// One store file per variant — jobparse's version, its build id (a hash of the bundle) and every
// option that changes a posting — so a result of another build or other options is never even
// looked at. In the store, one line per input: `<key> <check> <json>`, where key is the SHA-256
// of the bytes plus the file's extension (the format is read from it), and check is a hash of
// the JSON, so a damaged line is seen as damaged, ignored, and written again.
//
// Why one file and not one file per posting: reading 6,672 small files costs more than the
// re-run's whole budget, while one file of ~12 MB loads in tens of milliseconds, and the
// lines are only parsed when they are hit. The next store is written beside the store as the
// run goes and renamed over it at the end: a reader sees the old store or the new one, never a
// half-written one, and two runs at once cannot corrupt it (the last one to finish wins; the other's new
// results are only lost, not wrong). The next store is written while the run goes, so memory
// does not grow with the number of inputs. Its size is bounded: the inputs of the last run always
// stay, older entries only while the file stays under STORE_MAX_BYTES, most recently used first.
import { hash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { extname, join } from "node:path";
import { BUILD_ID, VERSION } from "./build-info.js";
import { isAbsolute, resolve } from "node:path";
import { type InputResult, RESULT_VARIANT } from "./parse-input.js";

/** Where the cache lives by default, under the working directory (as eslint and prettier keep theirs). */
export const DEFAULT_CACHE_LOCATION = join("node_modules", ".cache", "jobparse");

/** Entries of earlier runs are kept while the store stays under this size. */
const STORE_MAX_BYTES = 64 * 1024 * 1024;
/** Stores of other variants (older builds, other options) kept beside the current one. */
const OTHER_STORES_KEPT = 3;
/**
 * Characters gathered before one write to the next store. Under V8's large-object size (128 KB,
 * a two-byte string of 64 K characters): a chunk of 512 lines (~1.5 MB) was a large object of its
 * own at every write, and the first --cache run peaked ~10 MB above an uncached one.
 */
const WRITE_CHUNK_CHARS = 32 * 1024;
/** A temp file this old belongs to a run that was killed. */
const STALE_TEMP_MS = 60 * 60 * 1000;

const STORE_PREFIX = "results-";
const STORE_SUFFIX = ".jpcache";
const HEADER = "jobparse-cache 1";

/** The SHA-256 of an input's bytes (base64url): what a worker computes beside its parse. */
export function contentHash(bytes: Uint8Array): string {
  return hash("sha256", bytes, "base64url");
}

/** A result worth keeping: a posting, or bytes that are not text (both depend on the bytes alone). */
function cacheable(result: InputResult): boolean {
  return "posting" in result || result.reason.startsWith("not a text file");
}

/** Check of one line's JSON: short, it only has to tell a damaged line from a whole one. */
const checkOf = (json: string) => hash("sha1", json, "base64url").slice(0, 12);

/** The store being written: its temp file, the lines not yet written, and its size so far. */
interface NextStore {
  temp: string;
  fd: number;
  chunks: string[];
  /** Characters in `chunks`. */
  pending: number;
  size: number;
}

export class ResultCache {
  readonly file: string;
  private readonly id: string;
  /** Lines of the store as it was read, by key; a line is parsed only when it is hit. */
  private readonly stored = new Map<string, string>();
  /** Keys this run used or made; their lines are already in the next store. */
  private readonly used = new Set<string>();
  /** The next store, written as the run goes (memory stays flat), renamed over the store at the end. */
  private next: NextStore | undefined;
  private failure: string | undefined;
  private changed = false;

  /**
   * Opens the store of this variant in `dir`. `variant` names every option that changes a
   * posting. A store that cannot be read is an empty cache.
   */
  constructor(
    readonly dir: string,
    variant: Record<string, unknown>,
  ) {
    this.id = hash("sha256", JSON.stringify({ version: VERSION, build: BUILD_ID, variant }), "hex").slice(0, 16);
    this.file = join(dir, `${STORE_PREFIX}${this.id}${STORE_SUFFIX}`);
    let text = "";
    try {
      text = readFileSync(this.file, "utf8");
    } catch {
      return;
    }
    const lines = text.split("\n");
    if (lines[0] !== `${HEADER} ${this.id}`) {
      this.changed = true;
      return;
    }
    // The last piece is "" after a whole store; anything else there is a cut line.
    if (lines[lines.length - 1] !== "") this.changed = true;
    for (let i = 1; i < lines.length - 1; i++) {
      const line = lines[i];
      const space = line.indexOf(" ");
      if (space > 0) this.stored.set(line.slice(0, space), line);
      else this.changed = true;
    }
  }

  /** The key of an input's bytes: their hash plus the extension the format is read from. */
  static key(hashOfBytes: string, path: string): string {
    return `${hashOfBytes}${extname(path).toLowerCase()}`;
  }

  /** Whether the store has a line for `key` (it may still turn out damaged when read). */
  has(key: string): boolean {
    return this.stored.has(key);
  }

  /** The cached result for `key`, with `file` set to this input's path; undefined when absent or damaged. */
  get(key: string, file: string): InputResult | undefined {
    const line = this.stored.get(key);
    if (line === undefined) return undefined;
    const json = line.slice(key.length + 14);
    let result: InputResult | undefined;
    try {
      if (line.slice(key.length + 1, key.length + 13) === checkOf(json)) result = JSON.parse(json) as InputResult;
    } catch {
      result = undefined;
    }
    if (!result || typeof result !== "object" || !("posting" in result || typeof result.reason === "string")) {
      this.stored.delete(key);
      this.changed = true;
      return undefined;
    }
    this.keep(key, line);
    // `file` comes first in a posting, so this keeps the key order an uncached run prints.
    return "posting" in result ? { ...result, posting: { ...result.posting, file } } : result;
  }

  /** Keeps a fresh result under `key`. */
  put(key: string, result: InputResult): void {
    if (!cacheable(result)) return;
    const json = JSON.stringify(result);
    this.changed = true;
    this.keep(key, `${key} ${checkOf(json)} ${json}`);
  }

  /** Adds a line to the next store (once per key). */
  private keep(key: string, line: string): void {
    if (this.used.has(key) || this.failure !== undefined) return;
    this.used.add(key);
    try {
      const next = this.openNext();
      this.append(next, line);
    } catch (err) {
      this.abandon((err as Error).message);
    }
  }

  /** The next store, its temp file opened (under a name of this process's own) on first use. */
  private openNext(): NextStore {
    if (!this.next) {
      mkdirSync(this.dir, { recursive: true });
      const temp = `${this.file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
      this.next = { temp, fd: openSync(temp, "w"), chunks: [`${HEADER} ${this.id}\n`], pending: 0, size: 0 };
    }
    return this.next;
  }

  /** One line into the next store, written out once WRITE_CHUNK_CHARS have gathered. */
  private append(next: NextStore, line: string): void {
    next.chunks.push(line, "\n");
    next.size += line.length + 1;
    next.pending += line.length + 1;
    if (next.pending >= WRITE_CHUNK_CHARS) this.flush();
  }

  private flush(): void {
    if (!this.next) return;
    writeSync(this.next.fd, this.next.chunks.join(""));
    this.next.chunks = [];
    this.next.pending = 0;
  }

  /** Gives up on the next store (a write failed, or the run was stopped); the old one stays. */
  abandon(reason?: string): void {
    this.failure ??= reason ?? "run stopped";
    if (!this.next) return;
    try {
      closeSync(this.next.fd);
    } catch {
      // Already closed or never opened: the temp file goes all the same.
    }
    rmSync(this.next.temp, { force: true });
    this.next = undefined;
  }

  /**
   * Ends the next store: this run's entries first, then earlier ones while it stays under
   * STORE_MAX_BYTES, and renames it over the store. Nothing is written when the run only hit
   * entries and the store held no others. Returns the reason when it could not be written (the
   * run's output is not affected).
   */
  save(): string | undefined {
    if (this.failure !== undefined) return this.failure === "run stopped" ? undefined : this.failure;
    const unusedStored = [...this.stored.keys()].some((k) => !this.used.has(k));
    if (!this.changed && !unusedStored) {
      this.abandon();
      return undefined;
    }
    try {
      // Opened here when nothing was used this run (every input gone): the store keeps its old entries.
      const next = this.openNext();
      for (const [key, line] of this.stored) {
        if (this.used.has(key)) continue;
        if (next.size + line.length + 1 > STORE_MAX_BYTES) break;
        this.append(next, line);
      }
      this.flush();
      closeSync(next.fd);
      renameSync(next.temp, this.file);
      this.next = undefined;
    } catch (err) {
      this.abandon((err as Error).message);
      return (err as Error).message;
    }
    this.pruneOthers();
    return undefined;
  }

  /** Removes stores of other variants beyond the newest few, and temp files of killed runs. */
  private pruneOthers(): void {
    try {
      const now = Date.now();
      const others: { path: string; mtime: number }[] = [];
      for (const name of readdirSync(this.dir)) {
        const path = join(this.dir, name);
        if (!name.startsWith(STORE_PREFIX) || path === this.file) continue;
        const mtime = statSync(path).mtimeMs;
        if (name.endsWith(".tmp")) {
          if (now - mtime > STALE_TEMP_MS) rmSync(path, { force: true });
        } else if (name.endsWith(STORE_SUFFIX)) others.push({ path, mtime });
      }
      others.sort((a, b) => b.mtime - a.mtime);
      for (const old of others.slice(OTHER_STORES_KEPT)) rmSync(old.path, { force: true });
    } catch {
      // Pruning is housekeeping: another run may be removing the same files.
    }
  }
}

export interface CacheFlags {
  cache?: boolean;
  cacheLocation?: string;
}

/**
 * The cache a command asked for (`--cache`, `--cache-location DIR`, which implies it), or none.
 * `variant` adds the command's own options that change a posting.
 */
export function openCache(cwd: string, flags: CacheFlags, variant: Record<string, unknown> = {}): ResultCache | undefined {
  if (!flags.cache && flags.cacheLocation === undefined) return undefined;
  const given = flags.cacheLocation ?? DEFAULT_CACHE_LOCATION;
  return new ResultCache(isAbsolute(given) ? given : resolve(cwd, given), { ...RESULT_VARIANT, ...variant });
}
