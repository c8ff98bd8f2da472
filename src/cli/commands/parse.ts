// `jobparse [paths…]`: parse inputs and print them in one format, or write one JSON file per
// posting with --out. Inputs are read and parsed in order; a bad one is one stderr line.
import { createFormatter, type FormatName } from "../../format/index.js";
import { type CliEnv, EXIT_FAILED, EXIT_OK, EXIT_USAGE, errorLine, wantsColor } from "../io.js";
import { isInputError, resolveInputs } from "../inputs.js";
import { parseAll } from "../pool.js";

export interface ParseCommandOptions {
  format?: FormatName;
  out?: string;
  fields?: string[];
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
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
  for await (const { input, result } of parseAll(io, inputs, { quiet: options.quiet })) {
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
