// The world the CLI runs in, passed in so tests can run it in-process with captured streams.
// Also: how a run stops early (stdout closed by `| head`, Ctrl-C) and waits for a slow reader.
import { once } from "node:events";
import type { Readable, Writable } from "node:stream";

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

export function errorLine(io: CliEnv, subject: string, reason: string): void {
  io.stderr.write(`jobparse: ${subject}: ${reason}\n`);
}

export async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
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
