// The command line (SPEC §2): argv → options → library → formatter → exit code 0/1/2.
// run() takes its world as arguments so tests can call it in-process; main() binds it to
// the real process. Nothing here decides a field's value.
import { Command, CommanderError, Option } from "commander";
import { FORMAT_NAMES } from "../format/index.js";
import { parseCommand } from "./commands/parse.js";
import { schemaCommand } from "./commands/schema.js";
import { type CliEnv, EXIT_FAILED, EXIT_USAGE, UsageError, errorLine } from "./io.js";

const VERSION = "0.1.0";

function list(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(",").map((s) => s.trim()).filter(Boolean)];
}

export async function run(io: CliEnv): Promise<number> {
  let exitCode = 0;
  const program = new Command("jobparse")
    .description("Parse job-posting files (markdown, plain text, mis-decoded text) into validated JSON.")
    .version(VERSION)
    .argument("[paths...]", "files, folders (recursive) and globs; - for stdin")
    .addOption(new Option("-f, --format <format>", "output format (default: table on a terminal, else ndjson)").choices(FORMAT_NAMES))
    .option("-o, --out <dir>", "write one <name>.json per posting into DIR")
    .option("--fields <list>", "columns of table/csv, comma-separated (e.g. title,salary.min)", list)
    .option("--no-color", "no colour (NO_COLOR and FORCE_COLOR are honoured too)")
    .option("-q, --quiet", "no progress on stderr")
    .option("--debug", "print stack traces of internal errors")
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith("error:") ? `jobparse: ${s.slice(7)}` : s),
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .action(async (paths: string[], options) => {
      exitCode = await parseCommand(io, paths, options);
    });

  program
    .command("schema")
    .description("print the JSON Schema of one posting")
    .action(() => {
      exitCode = schemaCommand(io);
    });

  try {
    await program.parseAsync(io.argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return 0;
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

export async function main(): Promise<void> {
  const code = await run({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
  process.exitCode = code;
}
