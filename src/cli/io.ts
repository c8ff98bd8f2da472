// The world the CLI runs in, passed in so tests can run it in-process with captured streams.
import type { Readable, Writable } from "node:stream";

export interface CliEnv {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

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

/** Colour: --no-color and NO_COLOR turn it off, FORCE_COLOR on; else a terminal has it. */
export function wantsColor(io: CliEnv, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
  return Boolean(io.stdout.isTTY);
}
