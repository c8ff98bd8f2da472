// One input → one posting or one reason it failed. Reading and parsing never throw past here.
import { parsePostingDetailed } from "../core/pipeline.js";
import type { Posting } from "../schema.js";
import { type CliEnv, DEFAULT_MAX_BYTES, readAll, readFileBounded } from "./io.js";
import type { Input } from "./inputs.js";
import { contentHash } from "./cache.js";

/** Each field's source line(s): numbers only, so a worker's result stays small to send back. */
export type FieldLines = Partial<Record<keyof Posting, { line: number; endLine?: number }>>;

export type InputResult = { posting: Posting; lines?: FieldLines } | { reason: string };

/** A result with the hash of the bytes it was parsed from, when `--cache` asked for it. */
export type HashedResult = InputResult & { hash?: string };

export function reasonOfError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "symbolic link loop";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "not a directory";
    // Named with their code: "no such file" or a bare message would hide why a write failed.
    case "EROFS":
      return "read-only file system (EROFS)";
    case "ENOSPC":
      return "no space left on device (ENOSPC)";
    case "EDQUOT":
      return "disk quota exceeded (EDQUOT)";
    case "EEXIST":
      return "already exists (EEXIST)";
    case "ETOOLARGE":
    case "ESYMLINK":
      return (err as Error).message;
    default:
      return (err as Error)?.message ?? String(err);
  }
}

/** Parses bytes already read; shared by the in-process path and the worker. */
// JOBPARSE_NO_REPAIR=1 turns mojibake repair off, for the benchmark's repair-cost row only.
const REPAIR = !process.env.JOBPARSE_NO_REPAIR;

/** Everything besides the bytes that changes a result here: part of the --cache key. */
export const RESULT_VARIANT: Readonly<Record<string, unknown>> = { repair: REPAIR };

export function parseBytes(bytes: Uint8Array, file: string): InputResult {
  try {
    const detail = parsePostingDetailed(bytes, { file, repair: REPAIR });
    if (detail.posting.warnings.some((w) => w.startsWith("Not a text file"))) return { reason: "not a text file (binary content)" };
    const lines: FieldLines = {};
    for (const [field, from] of Object.entries(detail.provenance)) {
      if (from) lines[field as keyof Posting] = from.endLine === undefined ? { line: from.line } : { line: from.line, endLine: from.endLine };
    }
    return { posting: detail.posting, lines };
  } catch (err) {
    return { reason: `could not be parsed: ${(err as Error).message}` };
  }
}

/** Reads and parses one input; with `withHash`, the result carries the hash of the bytes read. */
export async function parseInput(io: CliEnv, input: Input, maxBytes = DEFAULT_MAX_BYTES, withHash = false): Promise<HashedResult> {
  let bytes: Uint8Array;
  try {
    bytes = input.kind === "stdin" ? await readAll(io.stdin, maxBytes) : await readFileBounded(input.path, maxBytes);
  } catch (err) {
    return { reason: reasonOfError(err) };
  }
  const result = parseBytes(bytes, input.display);
  return withHash ? { ...result, hash: contentHash(bytes) } : result;
}
