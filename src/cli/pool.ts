// Parses many inputs and yields their results in input order (issue 5 "Speed and scale").
// Few files: in-process, and tinypool is never even imported (cold start of one posting).
// Many files: a tinypool worker pool, one thread per core; each worker reads its own file
// (cli/worker.ts) so bytes never cross threads. At most a window of results is in flight, and
// no new work starts while stdout is asking us to wait: memory stays flat on any input size.
import { closeSync, existsSync, fstatSync, openSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type CliEnv, DEFAULT_MAX_BYTES } from "./io.js";
import type { Input, InputError } from "./inputs.js";
import { isInputError } from "./inputs.js";
import { ResultCache, contentHash } from "./cache.js";
import { parseInput, type HashedResult, type InputResult } from "./parse-input.js";
import { NO_PROGRESS, createProgress } from "./progress.js";
import { restoreCacheFlags } from "./code-cache.js";
import type { WorkerBatch, WorkerResult } from "./worker.js";

export interface ParseAllOptions {
  /** No progress on stderr. */
  quiet?: boolean;
  /** Threads to parse on; default JOBPARSE_JOBS, else one per core. 1 = in-process. */
  jobs?: number;
  /** Use the pool above this many files (default POOL_MIN_FILES). */
  poolMinFiles?: number;
  /** Inputs larger than this are refused unread (`--max-bytes`). */
  maxBytes?: number;
  /** The bundled worker entry; default worker.js beside the CLI bundle. */
  workerFile?: string;
  /** `--cache`: inputs whose bytes it holds a result for are not parsed; it is saved at the end. */
  cache?: ResultCache;
}

export interface ParsedInput {
  input: Input | InputError;
  result: InputResult;
}

/** What the parsing paths yield: with --cache, each result carries the hash of its bytes. */
interface HashedInput {
  input: Input | InputError;
  result: HashedResult;
}

/** Up to this many files, starting threads costs more than it saves. */
export const POOL_MIN_FILES = 16;
/** Files per pool task: amortises tinypool's per-task cost, small enough to stay flat in memory. */
const BATCH_FILES = 16;
/** Batches in flight per thread: one being parsed and two queued, so no thread waits for work. */
const BATCHES_IN_FLIGHT_PER_THREAD = 3;
/**
 * Old-generation cap of each worker. Left alone, V8 let each worker's heap grow on garbage
 * (2,832 postings: 334 MB peak uncapped, 259 MB at 64, same CPU; 32 thrashes). The live heap
 * after loading is ~15 MB and stays under 20 MB over the corpus (--trace-gc), so 64 leaves it
 * room; at 96 the whole corpus peaked at 293 MB, at 64 at 275 MB. A posting too big for it kills
 * only its worker, and is then parsed in-process without the cap.
 */
const WORKER_HEAP_MB = 64;
/**
 * Young-generation cap of each worker (V8 splits it in three: two semi-spaces of 8 MB and room
 * for new large objects). Uncapped, each worker's semi-spaces grew to 16 MB, 32 MB of new space
 * per thread whatever the posting. At 24 the Golang+C#+Java slice (1,595 postings) peaked at
 * 223–242 MB against 263–288 MB uncapped, for 3–8 % more CPU (14.2–15.2 s against 13.9–14.3 s,
 * user + sys, interleaved runs, load ~15); at 16 it cost 12 % more, at 8 69 %; at 32 and 40 the
 * peak was that of no cap. A raised old-generation cap (96) bought nothing back.
 */
const WORKER_YOUNG_MB = 24;
/**
 * Files above this go to the main thread: remark's cost and memory grow faster than the text
 * (a 3 MB posting peaks at ~750 MB), far past WORKER_HEAP_MB. Corpus postings are under 25 kB.
 */
const WORKER_MAX_BYTES = 1024 * 1024;
// A positive whole number (JOBPARSE_JOBS).
const JOBS_RE = /^\s*[1-9]\d*\s*$/;

type Sink = CliEnv["stdout"];

function jobCount(io: CliEnv, options: ParseAllOptions): number {
  if (options.jobs !== undefined) return Math.max(1, Math.floor(options.jobs));
  const fromEnv = io.env.JOBPARSE_JOBS;
  if (fromEnv && JOBS_RE.test(fromEnv)) return Number(fromEnv);
  return availableParallelism();
}

/**
 * worker.js beside the bundle that holds this code: dist/cli.js → dist/worker.js, and
 * `build.mjs --out DIR` → DIR/worker.js; "../" covers this code landing in a chunk folder.
 * Run from source (tests, tsx) there is none, and parsing stays in-process.
 */
export function findWorkerFile(given?: string): string | undefined {
  if (given) return existsSync(given) ? given : undefined;
  for (const rel of ["./worker.js", "../worker.js"]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return fileURLToPath(url);
  }
  return undefined;
}

/** Resolves once `sink` can take more (stdout back-pressure), or at once if it can now. */
function drained(sink: Sink): Promise<void> | undefined {
  if (!(sink as { writableNeedDrain?: boolean }).writableNeedDrain) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      sink.off("drain", done);
      sink.off("close", done);
      sink.off("error", done);
      resolve();
    };
    sink.on("drain", done);
    sink.on("close", done);
    sink.on("error", done);
  });
}

function errorReason(err: unknown): InputResult {
  return { reason: `could not be parsed: ${(err as Error)?.message ?? String(err)}` };
}

async function* inProcess(io: CliEnv, inputs: readonly (Input | InputError)[], maxBytes: number | undefined, hashes: boolean): AsyncGenerator<HashedInput> {
  for (const input of inputs) {
    const result = isInputError(input) ? { reason: input.reason } : await parseInput(io, input, maxBytes, hashes);
    yield { input, result };
    await drained(io.stdout);
  }
}

type FileInput = Extract<Input, { kind: "file" }>;
/**
 * Consecutive inputs grouped into units of work: a batch of up to `size` files for the pool, or
 * one input the main thread answers itself (an input error, stdin).
 */
type Unit = { files: FileInput[] } | { single: Input | InputError };

function unitsOf(inputs: readonly (Input | InputError)[], size: number): Unit[] {
  const units: Unit[] = [];
  let batch: FileInput[] = [];
  const flush = () => {
    if (batch.length) units.push({ files: batch });
    batch = [];
  };
  for (const input of inputs) {
    if (isInputError(input) || input.kind !== "file") {
      flush();
      units.push({ single: input });
    } else {
      batch.push(input);
      if (batch.length === size) flush();
    }
  }
  flush();
  return units;
}

/** Files per task: BATCH_FILES, smaller when there are too few files to keep every thread busy. */
function batchSize(files: number, jobs: number): number {
  return Math.max(1, Math.min(BATCH_FILES, Math.ceil(files / (jobs * BATCHES_IN_FLIGHT_PER_THREAD))));
}

async function* inThreads(
  io: CliEnv,
  inputs: readonly (Input | InputError)[],
  workerFile: string,
  jobs: number,
  files: number,
  maxBytes: number | undefined,
  hashes: boolean,
): AsyncGenerator<HashedInput> {
  const { Tinypool } = await import("tinypool");
  restoreCacheFlags();
  const pool = new Tinypool({
    filename: pathToFileURL(workerFile).href,
    minThreads: jobs,
    maxThreads: jobs,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  // A worker that dies (out of memory all the same) costs a retry here, never the run;
  // parseInput itself never throws, so whatever happens each input gets a result. The pool
  // replaces a worker that dies after starting; one that dies while starting is not replaced,
  // and with none left, queued batches would wait forever (the run ended early, exit 0, output
  // cut short). So when no worker is left, every batch still queued is called back and the rest
  // of the run is parsed in-process.
  const noWorkers = new AbortController();
  const checkWorkers = () => {
    if (pool.threads.length === 0) noWorkers.abort();
  };
  // A worker that dies holding no task is reported on the pool itself; unheard, that event ended
  // the whole run with a stack trace and half its output.
  pool.on("error", checkWorkers);
  const inMain = (input: Input) => parseInput(io, input, maxBytes, hashes).catch(errorReason);
  const submit = (unit: Unit): Promise<HashedResult[]> => {
    if ("single" in unit) {
      const input = unit.single;
      return isInputError(input) ? Promise.resolve([{ reason: input.reason }]) : parseInput(io, input, maxBytes, hashes).then((r) => [r]);
    }
    if (noWorkers.signal.aborted) return Promise.all(unit.files.map(inMain));
    const batch: WorkerBatch = unit.files.map((input) => ({ path: input.path, display: input.display, maxBytes: WORKER_MAX_BYTES, hash: hashes }));
    return (pool.run(batch, { signal: noWorkers.signal }) as Promise<WorkerResult[]>).then(
      (results) => Promise.all(results.map((r, i) => ("tooBig" in r ? inMain(unit.files[i]) : r))),
      () => {
        checkWorkers();
        return Promise.all(unit.files.map(inMain));
      },
    );
  };
  const units = unitsOf(inputs, batchSize(files, jobs));
  const window = jobs * BATCHES_IN_FLIGHT_PER_THREAD;
  const pending: { unit: Unit; results: Promise<HashedResult[]> }[] = [];
  let next = 0;
  try {
    while (next < units.length || pending.length) {
      while (pending.length < window && next < units.length) {
        const unit = units[next++];
        pending.push({ unit, results: submit(unit) });
      }
      const head = pending.shift()!;
      const results = await head.results;
      const unitInputs = "single" in head.unit ? [head.unit.single] : head.unit.files;
      for (let i = 0; i < unitInputs.length; i++) {
        yield { input: unitInputs[i], result: results[i] };
        await drained(io.stdout);
      }
    }
  } finally {
    await pool.destroy();
  }
}

/** Parses every input (no cache): on worker threads when there are many files, else in-process. */
function parseEach(io: CliEnv, inputs: readonly (Input | InputError)[], options: ParseAllOptions, hashes: boolean): AsyncGenerator<HashedInput> {
  const minFiles = options.poolMinFiles ?? POOL_MIN_FILES;
  const files = inputs.filter((i) => !isInputError(i) && i.kind === "file").length;
  const jobs = jobCount(io, options);
  const workerFile = files > minFiles && jobs > 1 ? findWorkerFile(options.workerFile) : undefined;
  return workerFile ? inThreads(io, inputs, workerFile, jobs, files, options.maxBytes, hashes) : inProcess(io, inputs, options.maxBytes, hashes);
}

/** One buffer the main thread reads every file into to hash it: a buffer per file grew the peak by ~60 MB. */
let hashBuffer = Buffer.allocUnsafe(256 * 1024);

/** The cache key of a file as it is now; undefined when it cannot be read (parsing will say why). */
function keyOfFile(input: Input | InputError, maxBytes: number): string | undefined {
  if (isInputError(input) || input.kind !== "file") return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(input.path, "r");
    // A FIFO (`<(curl …)`) can be read once only: it is parsed, never cached.
    // A file over the limit is refused by the parse, unread: it is not read here either.
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > maxBytes) return undefined;
    let size = 0;
    for (;;) {
      if (size === hashBuffer.length) hashBuffer = Buffer.concat([hashBuffer, Buffer.allocUnsafe(hashBuffer.length)]);
      const n = readSync(fd, hashBuffer, size, hashBuffer.length - size, null);
      if (n === 0) break;
      size += n;
    }
    return ResultCache.key(contentHash(hashBuffer.subarray(0, size)), input.path);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * With --cache: the main thread hashes every file first (reading a file costs a fraction of
 * parsing it), and only the files the cache has no result for go to the parsing paths — so a
 * re-run over unchanged postings starts no worker at all. Results come out in input order.
 * A fresh result is kept under the hash of the bytes it was parsed from (sent back by whoever
 * parsed it), so a file changed meanwhile can never leave a wrong entry.
 */
async function* throughCache(io: CliEnv, inputs: readonly (Input | InputError)[], options: ParseAllOptions, cache: ResultCache): AsyncGenerator<ParsedInput> {
  const hitKeys = new Map<number, string>();
  for (let i = 0; i < inputs.length; i++) {
    const key = keyOfFile(inputs[i], options.maxBytes ?? DEFAULT_MAX_BYTES);
    if (key && cache.has(key)) hitKeys.set(i, key);
  }
  const fresh = parseEach(io, inputs.filter((_, i) => !hitKeys.has(i)), options, true);
  const keep = ({ input, result }: HashedInput): ParsedInput => {
    if (result.hash === undefined || isInputError(input) || input.kind !== "file") return { input, result };
    const { hash, ...plain } = result;
    cache.put(ResultCache.key(hash, input.path), plain);
    return { input, result: plain };
  };
  let completed = false;
  try {
    for (let i = 0; i < inputs.length; i++) {
      const key = hitKeys.get(i);
      const input = inputs[i];
      if (key === undefined) {
        const next = await fresh.next();
        if (next.done) return;
        yield keep(next.value);
        continue;
      }
      // A damaged entry is parsed here after all, and written again.
      const hit = cache.get(key, input.display);
      yield hit ? { input, result: hit } : keep({ input, result: await parseInput(io, input as Input, options.maxBytes, true) });
      await drained(io.stdout);
    }
    completed = !io.signal?.aborted;
  } finally {
    await fresh.return(undefined);
    // A run stopped early leaves the store as it was.
    if (!completed) cache.abandon();
  }
  const failure = cache.save();
  if (failure && !options.quiet) io.stderr.write(`jobparse: cache: not saved: ${failure}\n`);
}

export async function* parseAll(io: CliEnv, inputs: readonly (Input | InputError)[], options: ParseAllOptions = {}): AsyncGenerator<ParsedInput> {
  const minFiles = options.poolMinFiles ?? POOL_MIN_FILES;
  const enabled = !options.quiet && inputs.length > minFiles;
  // Not even looked at otherwise: process.stderr on a pipe loads Node's net module (~4 ms of a
  // one-posting run that prints nothing there).
  const progress = enabled ? createProgress(io.stderr, inputs.length, { enabled }) : NO_PROGRESS;
  const results = options.cache ? throughCache(io, inputs, options, options.cache) : parseEach(io, inputs, options, false);
  // stdout on the same terminal as the bar: every posting's output needs the line to itself.
  const sharesTerminal = Boolean(io.stdout.isTTY);
  try {
    for await (const parsed of results) {
      // The command prints a failure as a stderr line: take the bar out of its way first.
      if (sharesTerminal || "reason" in parsed.result) progress.clear();
      yield parsed;
      progress.tick();
    }
  } finally {
    progress.done();
  }
}
