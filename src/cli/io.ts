// The world the CLI runs in, passed in so tests can run it in-process with captured streams.
// Also: how a run stops early (stdout closed by `| head`, Ctrl-C) and waits for a slow reader.
import { once } from "node:events";
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import { close, fstat, open, readFile } from "./fs-async.js";
import type { Readable, Writable } from "node:stream";
import { visible } from "../normalize/plain-text.js";

export interface CliEnv {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  /** Aborted when the run must stop early (SIGINT, stdout closed); commands stop at the next posting. */
  signal?: AbortSignal;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** 128 + SIGINT, what shells expect of a command stopped by Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

/** Why a run was stopped early: the reader of stdout went away, or the user pressed Ctrl-C. */
export type StopReason = "stdout-closed" | "interrupted";

/** Thrown to stop with a usage error (exit 2); the message is printed as one line. */
export class UsageError extends Error {}

/** One stderr line; a file name or reason holding a newline or an escape cannot break out of it. */
export function errorLine(io: CliEnv, subject: string, reason: string): void {
  io.stderr.write(`jobparse: ${visible(subject)}: ${visible(reason)}\n`);
}

/**
 * The largest posting read by default (`--max-bytes`), a thousand times the longest real
 * posting (corpus postings are under 25 kB). Hostile shapes of that size stay under 1 GB: 16 MB
 * of one-word list lines (4 million of them) peaked at 0.78 GB, a 16 MB HTML list at 0.6 GB,
 * 16 MB of real postings end to end at 0.36 GB (docs/performance.md, "Giant inputs").
 */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** An input past the byte limit: it is refused, and nothing more of it is read. */
export class TooLargeError extends Error {
  readonly code = "ETOOLARGE";
  constructor(maxBytes: number) {
    super(`larger than the limit of ${maxBytes} bytes (--max-bytes); not read further`);
  }
}

/**
 * Reads a stream to its end, or stops at `maxBytes`: `yes | jobparse -` and a FIFO fed forever
 * end with a TooLargeError once the limit is passed, and the stream is closed.
 */
export async function readAll(stream: Readable, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes: Buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    // Leaving the loop destroys the stream: the writer sees a closed pipe and stops.
    if (total > maxBytes) throw new TooLargeError(maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a file up to `maxBytes`: a regular file is refused by its size before a byte is read;
 * anything else (a FIFO, `<(curl …)`) is read as a stream that stops at the limit.
 */
export async function readFileBounded(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  // A regular file is read synchronously, as the pool's workers read theirs: the promise forms
  // go through libuv's thread pool (started by the first of them) and cost ~6x the CPU of the
  // same read done in place. A pipe or a FIFO (whose open waits for a writer) keeps the async path.
  if (statSync(path, { throwIfNoEntry: false })?.isFile()) {
    const bytes = readRegularFileSync(path, maxBytes);
    if (bytes) return bytes;
  }
  const fd = await open(path, "r");
  let closed = false;
  try {
    const info = await fstat(fd);
    if (info.isFile()) {
      if (info.size > maxBytes) throw new TooLargeError(maxBytes);
      const bytes = await readFile(fd);
      // It grew since fstat: the same limit.
      if (bytes.length > maxBytes) throw new TooLargeError(maxBytes);
      return bytes;
    }
    closed = true;
    return await readAll(createReadStream("", { fd, autoClose: true }), maxBytes);
  } finally {
    if (!closed) await close(fd);
  }
}

/** The bytes of a regular file, or undefined when `path` is no longer one (read it the async way). */
function readRegularFileSync(path: string, maxBytes: number): Uint8Array | undefined {
  const fd = openSync(path, "r");
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return undefined;
    if (info.size > maxBytes) throw new TooLargeError(maxBytes);
    const bytes = readFileSync(fd);
    // It grew since fstat: the same limit.
    if (bytes.length > maxBytes) throw new TooLargeError(maxBytes);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

export function stopped(io: CliEnv): boolean {
  return io.signal?.aborted ?? false;
}

/** Waits while stdout's buffer is full, so memory stays flat when the reader is slower than us. */
export async function drained(io: CliEnv): Promise<void> {
  if (!io.stdout.writableNeedDrain || stopped(io)) return;
  try {
    await once(io.stdout, "drain", { signal: io.signal });
  } catch {
    // Aborted: the caller sees stopped(io) and ends the run.
  }
}

/** `--color` as given: true (bare `--color`), false (`--no-color`), or auto/always/never. */
export type ColorFlag = boolean | "auto" | "always" | "never" | undefined;

export const COLOR_WHENS = ["auto", "always", "never"] as const;

/**
 * Colour: `--color=always|never` (and `--no-color`) decide; else NO_COLOR turns it off and
 * FORCE_COLOR on; else a terminal has it, unless TERM=dumb (a terminal that draws no escapes).
 */
export function wantsColor(io: CliEnv, flag: ColorFlag): boolean {
  if (flag === false || flag === "never") return false;
  if (flag === true || flag === "always") return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
  if (io.env.TERM === "dumb") return false;
  return Boolean(io.stdout.isTTY);
}

// COLUMNS as shells export it: a positive whole number.
const COLUMNS_RE = /^[1-9]\d*$/;

/** The table's width: COLUMNS when set (as `ls` honours it), else the terminal's; 0 = unknown. */
export function terminalWidth(io: CliEnv): number {
  const fromEnv = io.env.COLUMNS?.trim();
  if (fromEnv && COLUMNS_RE.test(fromEnv)) return Number(fromEnv);
  return io.stdout.columns || 0;
}
