// `jobparse [paths…]`: parse inputs and print them in one format, or write one JSON file per
// posting with --out. Inputs are read and parsed in order; a bad one is one stderr line.
import { readFile } from "node:fs/promises";
import { parsePostingDetailed } from "../../core/pipeline.js";
import { createFormatter, type FormatName } from "../../format/index.js";
import type { Posting } from "../../schema.js";
import { type CliEnv, EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorLine, readAll, wantsColor } from "../io.js";
import { isInputError, resolveInputs, type Input } from "../inputs.js";

export interface ParseCommandOptions {
  format?: FormatName;
  out?: string;
  fields?: string[];
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** Reads and parses one input; a failure is returned as a reason, not thrown. */
export async function parseInput(io: CliEnv, input: Input): Promise<{ posting: Posting } | { reason: string }> {
  let bytes: Uint8Array;
  try {
    bytes = input.kind === "stdin" ? await readAll(io.stdin) : await readFile(input.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { reason: code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (err as Error).message };
  }
  try {
    const detail = parsePostingDetailed(bytes, { file: input.display });
    if (detail.posting.warnings.some((w) => w.startsWith("Not a text file"))) return { reason: "not a text file (binary content)" };
    return { posting: detail.posting };
  } catch (err) {
    return { reason: `could not be parsed: ${(err as Error).message}` };
  }
}

export async function parseCommand(io: CliEnv, paths: string[], options: ParseCommandOptions): Promise<number> {
  const stdinPiped = !io.stdin.isTTY && paths.length === 0;
  const given = paths.length ? paths : stdinPiped ? ["-"] : [];
  if (!given.length) {
    errorLine(io, "usage", "give files, folders or globs to parse, or pipe a posting on stdin (see --help)");
    return EXIT_USAGE;
  }
  const inputs = await resolveInputs(io.cwd, given);
  const usage = inputs.filter(isInputError).filter((e) => e.usage);
  if (usage.length) {
    for (const e of usage) errorLine(io, e.display, e.reason);
    return EXIT_USAGE;
  }
  const format: FormatName = options.format ?? (io.stdout.isTTY ? "table" : "ndjson");
  const formatter = createFormatter(format, io.stdout, { fields: options.fields, color: wantsColor(io, options.color), columns: io.stdout.columns });
  let failed = 0;
  for (const input of inputs) {
    if (isInputError(input)) {
      errorLine(io, input.display, input.reason);
      failed++;
      continue;
    }
    const result = await parseInput(io, input);
    if ("reason" in result) {
      errorLine(io, input.display, result.reason);
      failed++;
      continue;
    }
    formatter.write(result.posting);
  }
  formatter.end();
  return failed ? EXIT_FAILED : EXIT_OK;
}
