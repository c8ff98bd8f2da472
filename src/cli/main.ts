// The command line (SPEC §2): argv → options → command → exit code 0/1/2.
// run() takes its world as arguments so tests can call it in-process; main() binds it to the
// real process (SIGINT, stdout closed by `| head`). Nothing here decides a field's value.
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { FORMAT_NAMES } from "../format/index.js";
import { checkCommand } from "./commands/check.js";
import { REPORTER_NAMES } from "./commands/check-reporters.js";
import { explainCommand } from "./commands/explain.js";
import { removePendingTempFiles } from "./commands/out-dir.js";
import { parseCommand } from "./commands/parse.js";
import { POLICY_NAMES } from "./policies/index.js";
import { lawLines } from "./policies/pay-transparency-laws.js";
import { SHELLS, type Shell, completionScript } from "./commands/completion.js";
import { schemaCommand } from "./commands/schema.js";
import { statsCommand } from "./commands/stats.js";
import { validateCommand } from "./commands/validate.js";
import { COLOR_WHENS, type CliEnv, DEFAULT_MAX_BYTES, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, type StopReason, UsageError, errorLine } from "./io.js";
import { reasonOfError } from "./parse-input.js";
import { parseShard } from "./shard.js";
import { VERSION } from "./build-info.js";
import { loadConfig, withCheckConfig, withMainConfig } from "./config.js";
import { visible } from "../normalize/plain-text.js";

function list(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(",").map((s) => s.trim()).filter(Boolean)];
}

/** `--shard K/N`, the same on every command that reads postings. */
const shardOption = () =>
  new Option("--shard <K/N>", "take only share K of N of the inputs (split by path; N machines, same arguments)").argParser(parseShard);

const CACHE_HELP = "keep each input's result, reused while its bytes, jobparse and the options are unchanged";
const CACHE_LOCATION_HELP = "where the cache lives (default node_modules/.cache/jobparse; implies --cache)";

// A whole number of bytes, at least 1 (`--max-bytes`).
const BYTE_COUNT_RE = /^[1-9]\d*$/;

function byteCount(value: string): number {
  if (!BYTE_COUNT_RE.test(value.trim())) throw new InvalidArgumentError("give a whole number of bytes, e.g. 4194304");
  return Number(value.trim());
}

const maxBytesOption = () =>
  new Option("--max-bytes <n>", `refuse a posting larger than N bytes, reading no further (default ${DEFAULT_MAX_BYTES}, 16 MB)`).argParser(byteCount);

/** `--color[=auto|always|never]` beside `--no-color`, on every command that can colour. */
function colorOptions(command: Command): Command {
  return command
    .addOption(new Option("--color [when]", "colour: auto (a terminal, not TERM=dumb), always or never").choices(COLOR_WHENS))
    .option("--no-color", "no colour (NO_COLOR and FORCE_COLOR are honoured too)");
}

const fromCommandLine = (command: Command) => (option: string) => command.getOptionValueSource(option) === "cli";

function buildProgram(io: CliEnv, setExit: (code: number) => void): Command {
  const program = colorOptions(new Command("jobparse"))
    .description("Parse job-posting files (markdown, plain text, mis-decoded text) into validated JSON.")
    .version(VERSION, "-v, --version", "print the version")
    // `jobparse help check`: the main command takes paths, so commander would not add it itself.
    .helpCommand(true)
    .argument("[paths...]", "files, folders (recursive) and globs; - for stdin")
    .addOption(new Option("-f, --format <format>", "output format; jsonld = schema.org JobPostings (default: table on a terminal, else ndjson)").choices(FORMAT_NAMES))
    .option("-o, --out <dir>", "write one <name>.json per posting into DIR, mirroring the inputs' paths")
    .option("--fields <list>", "fields to keep, comma-separated dotted paths (e.g. title,salary.min): the columns of table/csv, a projection of json/ndjson", list)
    .option("--explain <file>", "show each field of one posting with the source lines it came from")
    .addOption(maxBytesOption())
    .option("-q, --quiet", "no progress bar and no summary lines")
    .option("--debug", "print stack traces of internal errors")
    .addOption(shardOption())
    .option("--cache", CACHE_HELP)
    .option("--cache-location <dir>", CACHE_LOCATION_HELP)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Its messages quote what the user typed (an option, a path): one line each, escapes shown.
      outputError: (s, write) => write((s.startsWith("error: ") ? `jobparse: ${s.slice(7)}` : s).split("\n").map(visible).join("\n")),
    })
    .addHelpText(
      "after",
      [
        "",
        "Defaults for every run can live in jobparse.config.json (or a \"jobparse\" key in package.json):",
        'format, fields, paths, and check: { require, policy, reporter, strict, paths }. Flags win.',
        "Shell completion: jobparse completion bash|zsh|fish.",
      ].join("\n"),
    )
    .exitOverride()
    .showSuggestionAfterError(true)
    // `explain -f json`, `validate -q`: options after a command name are that command's.
    .enablePositionalOptions()
    .action(async (paths: string[], options, command: Command) => {
      if (options.explain) {
        if (paths.length) throw new UsageError("--explain takes one file; give no other paths");
        const extra = options.out ? "--out" : options.fields ? "--fields" : options.format && options.format !== "json" ? `-f ${options.format}` : undefined;
        if (extra) throw new UsageError(`--explain shows one posting as text (or -f json); ${extra} does not apply to it`);
        setExit(await explainCommand(io, options.explain, { format: options.format === "json" ? "json" : "text", color: options.color, maxBytes: options.maxBytes }));
        return;
      }
      const config = await loadConfig(io.cwd);
      // The config's paths stand in for none given, unless a posting is piped on stdin.
      const given = paths.length || !io.stdin.isTTY ? paths : (config?.paths ?? []);
      setExit(await parseCommand(io, given, withMainConfig(options, config, fromCommandLine(command))));
    });

  colorOptions(program.command("check"))
    .description("compare each posting with its sibling <name>.expected.json (CI mode)")
    .argument("[paths...]", "files, folders and globs (default: .)")
    .option("--require <fields>", "fields that must be non-null and non-empty, comma-separated", list)
    .option("--update", "write (create or rewrite) the expected files from the current output")
    .option("--strict", "a posting without an expected file fails")
    .addOption(new Option("--policy <name>", "rules every posting must pass; needs no expected file").choices(POLICY_NAMES))
    .addOption(new Option("--reporter <name>", "how to report").choices(REPORTER_NAMES).default("default"))
    .option("-q, --quiet", "failures only: no progress, no summary line")
    .addOption(shardOption())
    .option("--cache", CACHE_HELP)
    .option("--cache-location <dir>", CACHE_LOCATION_HELP)
    .addOption(maxBytesOption())
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
    .action(async (paths: string[], options, command: Command) => {
      const config = await loadConfig(io.cwd);
      const given = paths.length ? paths : (config?.check?.paths ?? config?.paths ?? []);
      setExit(await checkCommand(io, given, withCheckConfig(options, config, fromCommandLine(command))));
    });

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

  colorOptions(program.command("stats"))
    .description("summarise a folder of postings: fields found, salaries, workplace, places, skills, levels")
    .argument("[paths...]", "files, folders (recursive) and globs; - for stdin (default: .)")
    .addOption(new Option("-f, --format <format>", "text (bar charts on a terminal) or json").choices(["text", "json"]).default("text"))
    .option("--top <n>", "entries in each top list (default 10)")
    .option("-q, --quiet", "no progress on stderr")
    .addOption(shardOption())
    .option("--cache", CACHE_HELP)
    .option("--cache-location <dir>", CACHE_LOCATION_HELP)
    .action(async (paths: string[], options) => setExit(await statsCommand(io, paths, options)));

  colorOptions(program.command("explain"))
    .description("show each field of one posting with the source lines it came from")
    .argument("[file]", "one posting file; - for stdin")
    .addOption(new Option("-f, --format <format>", "text or json").choices(["text", "json"]).default("text"))
    .addOption(maxBytesOption())
    .action(async (file: string | undefined, options) => setExit(await explainCommand(io, file, options)));

  program
    .command("completion")
    .description("print a shell completion script (commands, options, formats)")
    .addArgument(new Argument("<shell>", "bash, zsh or fish").choices(SHELLS))
    .addHelpText(
      "after",
      [
        "",
        'bash: eval "$(jobparse completion bash)"   (in ~/.bashrc)',
        'zsh:  jobparse completion zsh > "${fpath[1]}/_jobparse"',
        "fish: jobparse completion fish > ~/.config/fish/completions/jobparse.fish",
      ].join("\n"),
    )
    .action((shell: Shell) => {
      io.stdout.write(completionScript(program, shell));
    });

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
  // Copied with its getters, not spread: main()'s stdin is made only when a command reads it.
  const code = await dispatch(Object.defineProperties({} as CliEnv, { ...Object.getOwnPropertyDescriptors(io), signal: { value: stop.signal, enumerable: true } }));
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
    // Getters: made only when used. process.stdin loads Node's file-stream and promise-fs
    // modules, process.stderr on a pipe its net module (~4 ms each of a one-posting run, which
    // reads no stdin and, with no warning to print, writes nothing to stderr).
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    get stderr() {
      return process.stderr;
    },
    signal: interrupt.signal,
  });
  process.exitCode = code;
  // Nothing more can be written: do not wait for workers or pending reads.
  if (stdoutClosed || interrupt.signal.aborted) process.exit(code);
}
