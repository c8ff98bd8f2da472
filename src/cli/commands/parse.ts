// `jobparse [paths…]`: parse inputs and print them in one format, or write one JSON file per
// posting with --out. Results come from parseAll in input order; a bad input is one stderr line
// and the others still come out. Stops at the next posting when stdout closes or on Ctrl-C.
import { relative } from "node:path";
import { createFormatter, type FormatName } from "../../format/index.js";
import { unknownFields, FIELD_PATHS } from "../../format/fields.js";
import { type CliEnv, type ColorFlag, EXIT_FAILED, EXIT_OK, EXIT_USAGE, drained, errorLine, stopped, terminalWidth, wantsColor } from "../io.js";
import { type Input, isInputError, nothingFound, resolveInputs } from "../inputs.js";
import { parseAll } from "../pool.js";
import { type CacheFlags, openCache } from "../cache.js";
import { type Shard, inShard } from "../shard.js";
import { outNotAFolder, planOut, writePostingFile } from "./out-dir.js";
import { reasonOfError } from "../parse-input.js";
import type { Posting } from "../../schema.js";
import { visible } from "../../normalize/plain-text.js";

export interface ParseCommandOptions extends CacheFlags {
  format?: FormatName;
  out?: string;
  fields?: string[];
  color?: ColorFlag;
  quiet?: boolean;
  debug?: boolean;
  /** `--shard K/N`: parse only this share of the inputs. */
  shard?: Shard;
  maxBytes?: number;
}

export async function parseCommand(io: CliEnv, paths: string[], options: ParseCommandOptions): Promise<number> {
  const stdinPiped = paths.length === 0 && !io.stdin.isTTY;
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
  const notFolder = options.out ? outNotAFolder(io.cwd, options.out) : undefined;
  if (notFolder) {
    errorLine(io, "usage", notFolder);
    return EXIT_USAGE;
  }
  const conflict = inapplicable(options);
  if (conflict) {
    errorLine(io, "usage", conflict);
    return EXIT_USAGE;
  }
  if (given.filter((p) => p === "-").length > 1) {
    errorLine(io, "usage", "stdin (-) can be read only once");
    return EXIT_USAGE;
  }
  const found = await resolveInputs(io.cwd, given);
  const none = nothingFound(given, found);
  if (none) {
    errorLine(io, "usage", none);
    return EXIT_USAGE;
  }
  const inputs = inShard(found, options.shard);
  const code = options.out ? await writeOut(io, inputs, options.out, options) : await printAll(io, inputs, options);
  // A path that does not exist is still a usage error (exit 2), but like cat and ripgrep the
  // other inputs come out first: its line is printed in its place among them.
  const usage = inputs.some((i) => isInputError(i) && i.usage);
  return usage && code !== EXIT_USAGE && !stopped(io) ? EXIT_USAGE : code;
}

/** An option given that the chosen output cannot use: said, not silently ignored. */
export function inapplicable(options: ParseCommandOptions): string | undefined {
  if (options.out && options.format) return "--out writes one JSON file per posting; --format does not apply to it";
  if (options.out && options.fields?.length) return "--out writes whole postings; --fields does not apply to it (it picks the fields of table, csv, json and ndjson)";
  if (options.format?.startsWith("jsonld") && options.fields?.length) return `-f ${options.format} writes schema.org JobPostings whole; --fields applies to table, csv, json and ndjson`;
  return undefined;
}

type Inputs = Awaited<ReturnType<typeof resolveInputs>>;

/**
 * Parses the inputs in order and hands each posting to `onPosting`; a failed input is one
 * stderr line. Returns how many failed (a posting `onPosting` could not handle counts too).
 */
export async function eachPosting(
  io: CliEnv,
  inputs: Inputs,
  options: Pick<ParseCommandOptions, "quiet" | "maxBytes" | keyof CacheFlags>,
  onPosting: (posting: Posting, input: Input) => Promise<boolean>,
): Promise<number> {
  let failed = 0;
  for await (const { input, result } of parseAll(io, inputs, { quiet: options.quiet, maxBytes: options.maxBytes, cache: openCache(io.cwd, options) })) {
    if (stopped(io)) break;
    if ("reason" in result) {
      errorLine(io, input.display, result.reason);
      failed++;
    } else if (!(await onPosting(result.posting, input as Input))) {
      failed++;
    }
  }
  return failed;
}

async function printAll(io: CliEnv, inputs: Inputs, options: ParseCommandOptions): Promise<number> {
  const format: FormatName = options.format ?? (io.stdout.isTTY ? "table" : "ndjson");
  const formatter = await createFormatter(format, io.stdout, {
    fields: options.fields,
    color: wantsColor(io, options.color),
    columns: terminalWidth(io),
    summary: !options.quiet,
  });
  const failed = await eachPosting(io, inputs, options, async (posting) => {
    formatter.write(posting);
    await drained(io);
    return true;
  });
  // Ctrl-C still closes what was begun (json's array): the output of the postings done is valid.
  // A closed stdout takes nothing more.
  if (!stopped(io) || io.signal?.reason === "interrupted") formatter.end();
  return failed ? EXIT_FAILED : EXIT_OK;
}

async function writeOut(io: CliEnv, inputs: Inputs, dir: string, options: ParseCommandOptions): Promise<number> {
  const plan = planOut(io.cwd, dir, inputs.filter((i): i is Input => !isInputError(i)));
  if ("error" in plan) {
    errorLine(io, "--out", plan.error);
    return EXIT_USAGE;
  }
  let written = 0;
  const failed = await eachPosting(io, inputs, options, async (posting, input) => {
    const target = plan.target(input);
    try {
      await writePostingFile(target, posting, { root: plan.root });
      written++;
      return true;
    } catch (err) {
      errorLine(io, relative(io.cwd, target) || target, `could not be written: ${reasonOfError(err)}`);
      return false;
    }
  });
  if (!options.quiet) {
    io.stderr.write(`jobparse: wrote ${written} posting${written === 1 ? "" : "s"} to ${visible(dir)}${failed ? `, ${failed} failed` : ""}\n`);
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}
