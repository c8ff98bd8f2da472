// One case list (cases.ts), run in-process through run() and by spawning the built bin.
// Spawned cases run concurrently (each has its own workspace): a process start is most of their time.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, inject, it } from "vitest";
import { type CliCase, CASES } from "./cases.js";
import { type Runner, inProcess, makeWorkspace, spawned } from "./harness.js";

const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function runCase(runner: Runner) {
  return async (c: CliCase) => {
    const dir = makeWorkspace();
    workspaces.push(dir);
    c.setup?.(dir);
    const result = await runner(c.args, { cwd: dir, stdin: c.stdin, env: c.env });
    expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: c.code });
    c.check?.(result, dir);
  };
}

describe("jobparse (in-process)", () => {
  it.each(CASES)("$name", runCase(inProcess));
});

describe("jobparse (spawned bin)", () => {
  it.concurrent.each(CASES)("$name", runCase(spawned(inject("cliDir"))));
});
