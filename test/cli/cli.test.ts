// One case list (cases.ts), run in-process through run() from the source and from the built
// bundle, and the cases about the process (marked `process`) by spawning the built bin.
// Spawned cases run concurrently (each has its own workspace): a process start is most of their time.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type CliCase, CASES } from "./cases.js";
import { type RunResult, type Runner, inProcess, makeWorkspace, runBuilt, spawned } from "./harness.js";

const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspaceFor(c: CliCase): string {
  const dir = makeWorkspace();
  workspaces.push(dir);
  c.setup?.(dir);
  return dir;
}

function checkCase(c: CliCase, result: RunResult, dir: string): void {
  expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: c.code });
  c.check?.(result, dir);
}

function runCase(runner: Runner) {
  return async (c: CliCase) => {
    const dir = workspaceFor(c);
    checkCase(c, await runner(c.args, { cwd: dir, stdin: c.stdin, env: c.env }), dir);
  };
}

describe("jobparse (in-process)", () => {
  it.each(CASES)("$name", runCase(inProcess));
});

describe("jobparse (built bundle, every case in one process)", () => {
  const dirs: string[] = [];
  let results: RunResult[] = [];
  beforeAll(async () => {
    for (const c of CASES) dirs.push(workspaceFor(c));
    results = await runBuilt(inject("cliDir"), CASES.map((c, i) => ({ args: c.args, options: { cwd: dirs[i], stdin: c.stdin, env: c.env } })));
  });
  it.each(CASES.map((c, i) => ({ ...c, i })))("$name", (c) => checkCase(c, results[c.i], dirs[c.i]));
});

describe("jobparse (spawned bin)", () => {
  it.concurrent.each(CASES.filter((c) => c.process))("$name", runCase(spawned(inject("cliDir"))));
});
