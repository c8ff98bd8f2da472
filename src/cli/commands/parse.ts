// `jobparse [paths…]`: parse inputs and print them in one format, or write one JSON file per
// posting with --out. Results come from parseAll in input order; a bad input is one stderr line
// and the others still come out. Stops at the next posting when stdout closes or on Ctrl-C.
import { relative } from "node:path";
import { createFormatter, type FormatName } from "../../format/index.js";
import { unknownFields, FIELD_PATHS } from "../../format/fields.js";
import { type CliEnv, EXIT_FAILED, EXIT_OK, EXIT_USAGE, drained, errorLine, stopped, wantsColor } from "../io.js";
import { type Input, isInputError, resolveInputs } from "../inputs.js";
import { parseAll } from "../pool.js";
import { planOut, writePostingFile } from "./out-dir.js";
import { reasonOfError } from "../parse-input.js";

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
  const unknown = unknownFields(options.fields ?? []);
  if (unknown.length) {
    errorLine(io, "--fields", `unknown field ${unknown.join(", ")} (fields: ${FIELD_PATHS.join(", ")})`);
    return EXIT_USAGE;
  }
  if (options.out && options.format) {
    errorLine(io, "usage", "--out writes one JSON file per posting; --format does not apply to it");
    return EXIT_USAGE;
  }
  if (given.filter((p) => p === "-").length > 1) {
    errorLine(io, "usage", "stdin (-) can be read only once");
    return EXIT_USAGE;
  }
  const inputs = await resolveInputs(io.cwd, given);
  const usage = inputs.filter(isInputError).filter((e) => e.usage);
  if (usage.length) {
    for (const e of usage) errorLine(io, e.display, e.reason);
    return EXIT_USAGE;
  }
  return options.out ? writeOut(io, inputs, options.out, options) : printAll(io, inputs, options);
}

async function printAll(io: CliEnv, inputs: Awaited<ReturnType<typeof resolveInputs>>, options: ParseCommandOptions): Promise<number> {
  const format: FormatName = options.format ?? (io.stdout.isTTY ? "table" : "ndjson");
  const formatter = createFormatter(format, io.stdout, { fields: options.fields, color: wantsColor(io, options.color), columns: io.stdout.columns });
  let failed = 0;
  for await (const { input, result } of parseAll(io, inputs, { quiet: options.quiet })) {
    if (stopped(io)) break;
    if ("reason" in result) {
      errorLine(io, input.display, result.reason);
      failed++;
      continue;
    }
    formatter.write(result.posting);
    await drained(io);
  }
  if (!stopped(io)) formatter.end();
  return failed ? EXIT_FAILED : EXIT_OK;
}

async function writeOut(io: CliEnv, inputs: Awaited<ReturnType<typeof resolveInputs>>, dir: string, options: ParseCommandOptions): Promise<number> {
  const plan = planOut(io.cwd, dir, inputs.filter((i): i is Input => !isInputError(i)));
  if ("error" in plan) {
    errorLine(io, "--out", plan.error);
    return EXIT_USAGE;
  }
  let failed = 0;
  let written = 0;
  for await (const { input, result } of parseAll(io, inputs, { quiet: options.quiet })) {
    if (stopped(io)) break;
    if ("reason" in result) {
      errorLine(io, input.display, result.reason);
      failed++;
      continue;
    }
    const target = plan.target(input as Input);
    try {
      await writePostingFile(target, result.posting);
      written++;
    } catch (err) {
      errorLine(io, relative(io.cwd, target) || target, `could not be written: ${reasonOfError(err)}`);
      failed++;
    }
  }
  if (!options.quiet) {
    io.stderr.write(`jobparse: wrote ${written} posting${written === 1 ? "" : "s"} to ${dir}${failed ? `, ${failed} failed` : ""}\n`);
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}
