// One case list (cases.ts), run in-process through run() and by spawning the built bin.
import { rmSync } from "node:fs";
import { afterEach, describe, expect, inject, it } from "vitest";
import { CASES } from "./cases.js";
import { type Runner, inProcess, makeWorkspace, spawned } from "./harness.js";

const runners: [string, Runner][] = [
  ["in-process", inProcess],
  ["spawned bin", spawned(inject("cliDir"))],
];

const workspaces: string[] = [];
afterEach(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.each(runners)("jobparse (%s)", (_name, runner) => {
  it.each(CASES)("$name", async (c) => {
    const dir = makeWorkspace();
    workspaces.push(dir);
    c.setup?.(dir);
    const result = await runner(c.args, { cwd: dir, stdin: c.stdin, env: c.env });
    expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: c.code });
    c.check?.(result, dir);
  });
});
