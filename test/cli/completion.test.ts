// `jobparse completion bash|zsh|fish`: the script names every command, option and format, and
// the bash one completes as a user would see it (run in a real bash when there is one).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../../src/format/index.js";
import { POLICY_NAMES } from "../../src/cli/policies/index.js";
import { inProcess } from "./harness.js";

const dir = mkdtempSync(join(tmpdir(), "jobparse-completion-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const COMMANDS = ["check", "schema", "validate", "stats", "explain", "completion", "help"];
const hasBash = spawnSync("bash", ["-c", "true"]).status === 0;

async function script(shell: string): Promise<string> {
  const r = await inProcess(["completion", shell], { cwd: dir });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  return r.stdout;
}

/** What bash's completion offers for the words typed so far (the last one being completed). */
function bashComplete(source: string, words: string[]): string[] {
  const file = join(dir, "jobparse.bash");
  writeFileSync(file, source);
  const array = words.map((w) => `'${w}'`).join(" ");
  const r = spawnSync("bash", ["-c", `source "${file}"; COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; _jobparse; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").filter(Boolean);
}

describe("completion", () => {
  it.each(["bash", "zsh", "fish"])("%s: names every command, the main options, format and policy names", async (shell) => {
    const text = await script(shell);
    // fish names a long option without its dashes (`-l format`).
    const options = ["--format", "--fields", "--out", "--color", "--require", "--reporter"].map((o) => (shell === "fish" ? `-l ${o.slice(2)}` : o));
    for (const word of [...COMMANDS, ...options, ...FORMAT_NAMES, ...POLICY_NAMES]) expect(text).toContain(word);
  });

  it.runIf(hasBash)("bash: the script parses, and completes commands, formats, policies and shells", async () => {
    const text = await script("bash");
    expect(spawnSync("bash", ["-n"], { input: text }).status).toBe(0);
    expect(bashComplete(text, ["jobparse", "ch"])).toEqual(["check"]);
    expect(bashComplete(text, ["jobparse", "-f", ""])).toEqual(FORMAT_NAMES);
    expect(bashComplete(text, ["jobparse", "check", "--policy", ""])).toEqual(POLICY_NAMES);
    expect(bashComplete(text, ["jobparse", "check", "--rep"])).toEqual(["--reporter"]);
    expect(bashComplete(text, ["jobparse", "explain", "-f", ""])).toEqual(["text", "json"]);
    expect(bashComplete(text, ["jobparse", "completion", ""])).toEqual(["bash", "zsh", "fish"]);
  });

  it("an unknown shell is a usage error naming the choices", async () => {
    const r = await inProcess(["completion", "powershell"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bash, zsh, fish");
  });
});
