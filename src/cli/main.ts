// The command line (SPEC §2): argv → options → command → exit code 0/1/2.
// run() takes its world as arguments so tests can call it in-process; main() binds it to the
// real process (SIGINT, stdout closed by `| head`). Nothing here decides a field's value.
import { Command, CommanderError, Option } from "commander";
import { FORMAT_NAMES } from "../format/index.js";
import { checkCommand } from "./commands/check.js";
import { REPORTER_NAMES } from "./commands/check-reporters.js";
import { explainCommand } from "./commands/explain.js";
import { removePendingTempFiles } from "./commands/out-dir.js";
import { parseCommand } from "./commands/parse.js";
import { POLICY_NAMES } from "./policies/index.js";
import { lawLines } from "./policies/pay-transparency-laws.js";
import { schemaCommand } from "./commands/schema.js";
import { statsCommand } from "./commands/stats.js";
import { validateCommand } from "./commands/validate.js";
import { type CliEnv, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, type StopReason, UsageError, errorLine } from "./io.js";
import { reasonOfError } from "./parse-input.js";

const VERSION = "0.1.0";

function list(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(",").map((s) => s.trim()).filter(Boolean)];
}

function buildProgram(io: CliEnv, setExit: (code: number) => void): Command {
  const program = new Command("jobparse")
    .description("Parse job-posting files (markdown, plain text, mis-decoded text) into validated JSON.")
    .version(VERSION)
    .argument("[paths...]", "files, folders (recursive) and globs; - for stdin")
    .addOption(new Option("-f, --format <format>", "output format; jsonld = schema.org JobPostings (default: table on a terminal, else ndjson)").choices(FORMAT_NAMES))
    .option("-o, --out <dir>", "write one <name>.json per posting into DIR, mirroring the inputs' paths")
    .option("--fields <list>", "columns of table/csv, comma-separated (e.g. title,salary.min)", list)
    .option("--explain <file>", "show each field of one posting with the source lines it came from")
    .option("--no-color", "no colour (NO_COLOR and FORCE_COLOR are honoured too)")
    .option("-q, --quiet", "no progress or summary on stderr")
    .option("--debug", "print stack traces of internal errors")
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith("error: ") ? `jobparse: ${s.slice(7)}` : s),
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    // `explain -f json`, `validate -q`: options after a command name are that command's.
    .enablePositionalOptions()
    .action(async (paths: string[], options) => {
      if (options.explain) {
        if (paths.length) throw new UsageError("--explain takes one file; give no other paths");
        setExit(await explainCommand(io, options.explain, { format: options.format === "json" ? "json" : "text", color: options.color }));
        return;
      }
      setExit(await parseCommand(io, paths, options));
    });

  program
    .command("check")
    .description("compare each posting with its sibling <name>.expected.json (CI mode)")
    .argument("[paths...]", "files, folders and globs (default: .)")
    .option("--require <fields>", "fields that must be non-null and non-empty, comma-separated", list)
    .option("--update", "write (create or rewrite) the expected files from the current output")
    .option("--strict", "a posting without an expected file fails")
    .addOption(new Option("--policy <name>", "rules every posting must pass; needs no expected file").choices(POLICY_NAMES))
    .addOption(new Option("--reporter <name>", "how to report").choices(REPORTER_NAMES).default("default"))
    .option("--no-color", "no colour")
    .option("-q, --quiet", "no progress on stderr")
    .addHelpText(
      "after",
      [
        "",
        "Pairs: <dir>/<name>.<ext> is compared with <dir>/<name>.expected.json, every field.",
        "`file` in an expected file is the posting's name relative to that file's folder, so",
        "expected files are the same on every machine and from any working directory.",
        "A posting without an expected file is reported, and fails only with --strict.",
        "",
        "--policy pay-transparency: the salary must be stated as a closed range (both ends, or one",
        "exact figure), min <= max, with a currency and a period; pay-transparency-benefits also",
        "requires a benefits list. Postings need no expected file (one that exists is compared too).",
        "Laws it stands for (summaries, not legal advice):",
        ...lawLines(),
        "",
        "Exit: 0 all matched, 1 a difference, a --require/--policy failure or an unreadable input, 2 usage.",
      ].join("\n"),
    )
    .action(async (paths: string[], options) => setExit(await checkCommand(io, paths, options)));

  program
    .command("schema")
    .description("print the JSON Schema of one posting")
    .action(() => setExit(schemaCommand(io)));

  program
    .command("validate")
    .description("validate JSON / NDJSON postings (files or stdin) against the schema")
    .argument("[files...]", "JSON or NDJSON files and globs; - for stdin")
    .option("-q, --quiet", "no summary line on stderr")
    .action(async (files: string[], options) => setExit(await validateCommand(io, files, options)));

  program
    .command("stats")
    .description("summarise a folder of postings: fields found, salaries, workplace, places, skills, levels")
    .argument("[paths...]", "files, folders (recursive) and globs; - for stdin (default: .)")
    .addOption(new Option("-f, --format <format>", "text (bar charts on a terminal) or json").choices(["text", "json"]).default("text"))
    .option("--top <n>", "entries in each top list (default 10)")
    .option("--no-color", "no colour")
    .option("-q, --quiet", "no progress on stderr")
    .action(async (paths: string[], options) => setExit(await statsCommand(io, paths, options)));

  program
    .command("explain")
    .description("show each field of one posting with the source lines it came from")
    .argument("[file]", "one posting file; - for stdin")
    .addOption(new Option("-f, --format <format>", "text or json").choices(["text", "json"]).default("text"))
    .option("--no-color", "no colour")
    .action(async (file: string | undefined, options) => setExit(await explainCommand(io, file, options)));

  return program;
}

async function dispatch(io: CliEnv): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync(io.argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT_OK;
      return EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      errorLine(io, "usage", err.message);
      return EXIT_USAGE;
    }
    const debug = io.argv.includes("--debug");
    errorLine(io, "internal error", debug ? String((err as Error).stack) : `${(err as Error).message} (run with --debug for details)`);
    return EXIT_FAILED;
  }
  return exitCode;
}

/**
 * Runs one command line. Stops early, at the next posting, when io.signal aborts (Ctrl-C → 130)
 * or stdout fails: closed by its reader (`| head -1`, EPIPE) → 0 quietly; another error → 1.
 */
export async function run(io: CliEnv): Promise<number> {
  const stop = new AbortController();
  const interrupted = () => stop.abort("interrupted" satisfies StopReason);
  if (io.signal?.aborted) interrupted();
  io.signal?.addEventListener("abort", interrupted, { once: true });
  // Left attached: writes after the reader is gone keep failing, and must not crash the process.
  io.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (!stop.signal.aborted) stop.abort(err.code === "EPIPE" ? ("stdout-closed" satisfies StopReason) : err);
  });
  const code = await dispatch({ ...io, signal: stop.signal });
  io.signal?.removeEventListener("abort", interrupted);
  const reason: unknown = stop.signal.reason;
  if (!stop.signal.aborted) return code;
  if (reason === "stdout-closed") return EXIT_OK;
  if (reason === "interrupted") {
    await removePendingTempFiles();
    errorLine(io, "interrupted", "stopped before all inputs were done");
    return EXIT_INTERRUPTED;
  }
  errorLine(io, "stdout", reasonOfError(reason));
  return EXIT_FAILED;
}

export async function main(): Promise<void> {
  const interrupt = new AbortController();
  let stdoutClosed = false;
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") stdoutClosed = true;
  });
  process.once("SIGINT", () => {
    interrupt.abort();
    // A read of stdin would otherwise wait for input that is not coming.
    process.stdin.destroy();
    // A second Ctrl-C, or a stage that does not stop within 3 s, ends the process at once.
    process.once("SIGINT", () => process.exit(EXIT_INTERRUPTED));
    setTimeout(() => process.exit(EXIT_INTERRUPTED), 3000).unref();
  });
  const code = await run({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    signal: interrupt.signal,
  });
  process.exitCode = code;
  // Nothing more can be written: do not wait for workers or pending reads.
  if (stdoutClosed || interrupt.signal.aborted) process.exit(code);
}
