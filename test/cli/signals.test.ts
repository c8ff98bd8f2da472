// What only a real process shows: `| head -1` (EPIPE on stdout), Ctrl-C, and a kill during --out.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { posting, writeFiles } from "./harness.js";

const run = join(inject("cliDir"), "run.cjs");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jobparse-sig-"));
  // Enough postings that stdout's reader is gone long before the last one (and the pool runs):
  // `many` for `| head -1`, where only the output's size matters (over 64 KB, a pipe's buffer,
  // as ndjson and json), `slow` with longer texts for a signal to land mid-run.
  const files: Record<string, string> = {};
  for (let i = 0; i < 300; i++) {
    const name = `p${String(i).padStart(3, "0")}.md`;
    files[`many/${name}`] = posting(`Posting ${i}`);
    files[`slow/${name}`] = posting(`Posting ${i}`, "\n" + "Some more text. ".repeat(200));
  }
  writeFiles(dir, files);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startCli(args: string[]) {
  const child = spawn(process.execPath, [run, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  return { child, done, stderr: () => stderr };
}

describe("the bin as a process", () => {
  it.each(["ndjson", "json", "table", "csv"])("`jobparse -f %s … | head -1` exits 0 quietly", (format) => {
    const result = spawnSync("bash", ["-o", "pipefail", "-c", `"${process.execPath}" "${run}" -f ${format} many | head -1`], { cwd: dir, encoding: "utf8" });
    expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  /**
   * Resolves once the process sits waiting for stdin: its CPU time (utime + stime in
   * /proc/<pid>/stat) has stopped growing for a quarter second. A fixed wait was not enough on
   * a loaded machine, where SIGINT then landed before main() had installed its handler. (The
   * caught-signals mask cannot tell: Node catches SIGINT from its very start.) Where there is
   * no /proc, waits a second instead.
   */
  async function waitingForInput(pid: number): Promise<void> {
    const stat = `/proc/${pid}/stat`;
    if (!existsSync(stat)) return new Promise((r) => setTimeout(r, 1000));
    const cpuTime = () => readFileSync(stat, "utf8").split(") ")[1].split(" ").slice(11, 13).map(Number).reduce((a, b) => a + b);
    let last = -1;
    let still = 0;
    for (let i = 0; i < 1200 && still < 5; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const now = cpuTime();
      still = now === last && now > 0 ? still + 1 : 0;
      last = now;
    }
  }

  it("Ctrl-C while reading stdin stops with exit 130 and one line, no stack trace", async () => {
    const cli = startCli(["-"]);
    await waitingForInput(cli.child.pid!);
    cli.child.kill("SIGINT");
    const { code } = await cli.done;
    expect(code).toBe(130);
    expect(cli.stderr()).toBe("jobparse: interrupted: stopped before all inputs were done\n");
  });

  it("Ctrl-C during -f json still prints a closed array of the postings done, exit 130", async () => {
    const child = spawn(process.execPath, [run, "-f", "json", "slow"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let interrupted = false;
    child.stdout.on("data", (c: Buffer) => {
      stdout += c;
      if (!interrupted) {
        interrupted = true;
        child.kill("SIGINT");
      }
    });
    child.stderr.resume();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    const done = JSON.parse(stdout) as { file: string }[];
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(300);
  });

  /** Resolves once --out has written its first file (so the kill lands mid-run). */
  async function firstFileIn(out: string): Promise<void> {
    for (let i = 0; i < 500; i++) {
      if (existsSync(out) && readdirSync(out).some((n) => n.endsWith(".json"))) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error("--out wrote nothing in 5 s");
  }

  it("a run killed during --out leaves only complete JSON files", async () => {
    const out = join(dir, "out-kill");
    const cli = startCli(["slow", "-o", "out-kill"]);
    await firstFileIn(out);
    cli.child.kill("SIGKILL");
    await cli.done;
    const names = readdirSync(out).filter((n) => n.endsWith(".json"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(() => JSON.parse(readFileSync(join(out, name), "utf8"))).not.toThrow();
  });

  it("Ctrl-C during --out stops with 130, complete files only and no temp files left", async () => {
    const out = join(dir, "out-int");
    const cli = startCli(["slow", "-o", "out-int"]);
    await firstFileIn(out);
    cli.child.kill("SIGINT");
    const { code } = await cli.done;
    expect(code).toBe(130);
    const names = readdirSync(out);
    expect(names.every((n) => n.endsWith(".json"))).toBe(true);
    for (const name of names) expect(() => JSON.parse(readFileSync(join(out, name), "utf8"))).not.toThrow();
    expect(cli.stderr()).toMatch(/^jobparse: interrupted: /m);
  });
});
