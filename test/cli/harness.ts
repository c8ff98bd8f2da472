// Runs the CLI three ways: in-process through run() with captured streams, run() of the bundle
// built by test/global-setup.ts for many calls in one process, and by spawning that build's
// bin. A workspace is a fresh temp folder of small postings whose fields do not depend on how clever the extractors are yet.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/main.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** Bytes piped on stdin; without it stdin is a terminal (in-process) or an empty pipe (spawned). */
  stdin?: string | Uint8Array;
  env?: Record<string, string | undefined>;
}

export type Runner = (args: string[], options: RunOptions) => Promise<RunResult>;

/** Colour off unless a case turns it on, whatever the terminal running the tests. */
function baseEnv(extra: RunOptions["env"] = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, JOBPARSE_JOBS: "2" };
  for (const [k, v] of Object.entries(extra)) env[k] = v;
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env;
}

export const inProcess: Runner = async (args, options) => {
  const stdout = Object.assign(new PassThrough(), { isTTY: false });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  const stdin = Object.assign(options.stdin === undefined ? Readable.from([]) : Readable.from([Buffer.from(options.stdin)]), {
    isTTY: options.stdin === undefined,
  });
  const code = await run({ argv: args, cwd: options.cwd, env: baseEnv(options.env), stdin, stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
};

/**
 * run() of the bundle in `cliDir`, for every call, in one process started for them all
 * (run-built.cjs): the build's behaviour without a process start per call. The bundle cannot
 * be loaded here: it sets V8 flags, which only a process of its own may do.
 */
export async function runBuilt(cliDir: string, calls: { args: string[]; options: RunOptions }[]): Promise<RunResult[]> {
  const input = calls.map(({ args, options }) => ({
    args,
    cwd: options.cwd,
    env: baseEnv(options.env),
    stdin: options.stdin === undefined ? undefined : Buffer.from(options.stdin).toString("base64"),
  }));
  const child = await spawned(cliDir, fileURLToPath(new URL("run-built.cjs", import.meta.url)))([cliDir], { cwd: cliDir, stdin: JSON.stringify(input) });
  if (child.code !== 0) throw new Error(`run-built.cjs exited ${child.code}: ${child.stderr}`);
  return JSON.parse(child.stdout) as RunResult[];
}

/** The bin of the build in `cliDir`, or another `script`, as a process. */
export function spawned(cliDir: string, script = join(cliDir, "run.cjs")): Runner {
  return (args, options) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: baseEnv(options.env) });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on("data", (c: Buffer) => out.push(c));
      child.stderr.on("data", (c: Buffer) => err.push(c));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
      child.stdin.end(options.stdin === undefined ? undefined : Buffer.from(options.stdin));
    });
}

/** A posting whose title is certain (first heading) and that states no salary at all. */
export function posting(title: string, extra = ""): string {
  return `# ${title}\n\nWe build tools for shipping.\n\n## Requirements\n\n- Writes clear code\n- Reads other people's code\n${extra}`;
}

export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
}

/**
 * A fresh folder:
 *   posts/a.md, posts/noext, posts/sub/b.txt   three postings (and posts/skip.json, not one)
 *   bad/good.md, bad/binary.md, bad/dangling.md (symlink to nothing), bad/loop → bad
 */
export function makeWorkspace(): string {
  const root = mkdtempSync(join(tmpdir(), "jobparse-ws-"));
  writeFiles(root, {
    "posts/a.md": posting("Alpha Engineer"),
    "posts/noext": posting("Gamma Writer"),
    "posts/sub/b.txt": posting("Beta Designer"),
    "posts/skip.json": "{}",
    "bad/good.md": posting("Good One"),
    "bad/binary.md": Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0, 0]),
  });
  symlinkSync(join(root, "bad/missing-target.md"), join(root, "bad/dangling.md"));
  symlinkSync(join(root, "bad"), join(root, "bad/loop"));
  return root;
}
