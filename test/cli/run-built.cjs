// Runs the built CLI's run() for many calls in one process, as test/cli/harness.ts runBuilt()
// asks: the build's behaviour on every case for one process start, not one per case. The bundle
// is loaded as the bin loads it (cli.cjs, its code cache and V8 flags), which only a process of
// its own may do. Reads the calls as JSON on stdin, writes the results as JSON on stdout.
//   node test/cli/run-built.cjs CLI_DIR < calls.json
const { join } = require("node:path");
const { PassThrough, Readable } = require("node:stream");

async function one(run, { args, cwd, env, stdin }) {
  const out = [];
  const err = [];
  const stdout = Object.assign(new PassThrough(), { isTTY: false });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  stdout.on("data", (c) => out.push(c));
  stderr.on("data", (c) => err.push(c));
  // As harness.ts inProcess: no stdin bytes means a terminal.
  const input = Object.assign(stdin === undefined ? Readable.from([]) : Readable.from([Buffer.from(stdin, "base64")]), { isTTY: stdin === undefined });
  const code = await run({ argv: args, cwd, env, stdin: input, stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

async function main() {
  const { run } = require(join(process.argv[2], "cli.cjs"));
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  const results = [];
  for (const call of JSON.parse(Buffer.concat(chunks).toString("utf8"))) results.push(await one(run, call));
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => {
  process.stderr.write(`run-built: ${e?.stack ?? e}\n`);
  process.exit(1);
});
