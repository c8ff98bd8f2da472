// The command as a new user meets it: mistakes in the command line are usage errors that say
// what was meant, summaries go with --quiet, colour and width follow the terminal. In-process.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PassThrough, Readable } from "node:stream";
import { run } from "../../src/cli/main.js";
import { inProcess, makeWorkspace, posting, writeFiles } from "./harness.js";

const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function workspace(): string {
  const dir = makeWorkspace();
  workspaces.push(dir);
  return dir;
}
const lines = (s: string) => s.split("\n").filter(Boolean);

/** A run whose stdout is a terminal (as a user at one sees it), with exactly the env given. */
async function onTerminal(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  const out: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.resume();
  await run({ argv: args, cwd, env: { JOBPARSE_JOBS: "1", ...env }, stdin: Object.assign(Readable.from([]), { isTTY: true }), stdout, stderr });
  return Buffer.concat(out).toString("utf8");
}

describe("nothing to read is a usage error, not a silent pass", () => {
  it.each([
    ["check --policy on an empty folder", ["check", "--policy", "pay-transparency", "empty"]],
    ["check on a folder of other files", ["check", "other"]],
    ["the main command on an empty folder", ["empty"]],
    ["the main command on a folder of other files", ["-f", "json", "other"]],
  ])("%s: exit 2, one line saying no postings were found", async (_name, args) => {
    const dir = workspace();
    mkdirSync(join(dir, "empty"));
    writeFiles(dir, { "other/a.json": "{}", "other/b.pdf": "%PDF-1.4" });
    const r = await inProcess(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^jobparse: usage: no posting files found in (empty|other) \(looked for \.md, /);
  });
});

describe("usage errors that say what was meant", () => {
  it("explain on a folder: exit 2, one line", async () => {
    const r = await inProcess(["explain", "posts"], { cwd: workspace() });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(["jobparse: usage: explain shows one posting file; posts is a folder (to parse a folder: jobparse posts)"]);
  });

  it.each([
    ["out.json", "json"],
    ["all.ndjson", "ndjson"],
    ["table.CSV", "csv"],
  ])("-o %s: --out takes a folder, the shell's > writes a file; nothing is created", async (name, format) => {
    const dir = workspace();
    const r = await inProcess(["posts", "-o", name], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out takes a folder`);
    expect(r.stderr).toContain(`-f ${format} > ${name}`);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(() => rmSync(join(dir, name))).toThrow();
  });

  it("-o naming an existing file is refused too", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "notes"), "x");
    const r = await inProcess(["posts", "-o", "notes"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("notes is an existing file");
  });

  it("-v prints the version like --version", async () => {
    const r = await inProcess(["-v"], { cwd: workspace() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("`help check` prints check's help", async () => {
    const r = await inProcess(["help", "check"], { cwd: workspace() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: jobparse check");
    expect(r.stdout).toContain("--policy");
  });
});

describe("--quiet removes every summary line", () => {
  it("the table's closing line goes with -q", async () => {
    const dir = workspace();
    const loud = await inProcess(["-f", "table", "posts"], { cwd: dir });
    const quiet = await inProcess(["-f", "table", "-q", "posts"], { cwd: dir });
    expect(lines(loud.stdout).at(-1)).toBe("3 postings, 0 with a salary");
    expect(lines(quiet.stdout)).toEqual(lines(loud.stdout).slice(0, -1));
  });

  it("check -q prints failures only", async () => {
    const dir = workspace();
    // a.md without an expected file (a note, not a failure) and b.txt failing --require.
    const loud = await inProcess(["check", "--require", "salary", "posts/a.md"], { cwd: dir });
    expect(loud.stdout).toContain("check: 1 posting");
    const quiet = await inProcess(["check", "-q", "--require", "salary", "posts"], { cwd: dir });
    expect(quiet.code).toBe(1);
    expect(lines(quiet.stdout)).toEqual(["posts/a.md: salary: required, but null", "posts/noext: salary: required, but null", "posts/sub/b.txt: salary: required, but null"]);
    const passing = await inProcess(["check", "-q", "posts"], { cwd: dir });
    expect(passing.code).toBe(0);
    expect(passing.stdout).toBe("");
  });
});

describe("colour and width", () => {
  const colourArgs = (extra: string[]) => ["-f", "table", ...extra, "posts"];
  // An ANSI colour escape.
  const ANSI_RE = /\x1b\[\d+m/;
  it.each([
    [["--color=always"], { NO_COLOR: "1" }, true],
    [["--color", "always"], {}, true],
    [["--color=never"], { FORCE_COLOR: "1" }, false],
    [["--no-color"], { FORCE_COLOR: "1" }, false],
    [["--color=auto"], { NO_COLOR: undefined, FORCE_COLOR: "1" }, true],
    [[], { NO_COLOR: undefined, FORCE_COLOR: "1" }, true],
  ])("%j with %j → colour %s", async (flags, env, coloured) => {
    const r = await inProcess(colourArgs(flags), { cwd: workspace(), env });
    expect(r.code).toBe(0);
    expect(ANSI_RE.test(r.stdout)).toBe(coloured);
  });

  it("TERM=dumb means no colour on a terminal; another TERM has it", async () => {
    const dir = workspace();
    expect(ANSI_RE.test(await onTerminal(["posts"], dir, { TERM: "xterm-256color" }))).toBe(true);
    expect(ANSI_RE.test(await onTerminal(["posts"], dir, { TERM: "dumb" }))).toBe(false);
    expect(ANSI_RE.test(await onTerminal(["--color=always", "posts"], dir, { TERM: "dumb" }))).toBe(true);
  });

  it("--color=sometimes is a usage error naming the choices", async () => {
    const r = await inProcess(colourArgs(["--color=sometimes"]), { cwd: workspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("auto, always, never");
  });

  it("the table honours COLUMNS and never pads a row past its text", async () => {
    const dir = workspace();
    const narrow = await inProcess(["-f", "table", "posts"], { cwd: dir, env: { COLUMNS: "70" } });
    expect(Math.max(...lines(narrow.stdout).map((l) => l.length))).toBeLessThanOrEqual(69);
    const wide = await inProcess(["-f", "table", "posts"], { cwd: dir, env: { COLUMNS: "5000" } });
    for (const row of lines(wide.stdout)) {
      expect(row).toBe(row.trimEnd());
      expect(row.length).toBeLessThanOrEqual(200);
    }
    const zero = await inProcess(["-f", "table", "posts"], { cwd: dir, env: { COLUMNS: "0" } });
    expect(lines(zero.stdout)[0]).toMatch(/^TITLE +COMPANY +LOCATION +SALARY +REQ$/);
    expect(Math.max(...lines(zero.stdout).map((l) => l.length))).toBeLessThanOrEqual(79);
  });

  it("the LOCATION cell does not restate the workplace", async () => {
    const dir = workspace();
    writeFiles(dir, { "loc/r.md": posting("Remote Role", "\nLocation: REMOTE\n"), "loc/o.md": posting("Office Role", "\nLocation: On-site\n") });
    const r = await inProcess(["-f", "table", "--fields", "location.workplace,location.raw", "loc"], { cwd: dir });
    const table = await inProcess(["-f", "table", "loc"], { cwd: dir, env: { COLUMNS: "120" } });
    // Only meaningful when the parser read the workplace from these lines.
    expect(r.stdout).toMatch(/remote +REMOTE/);
    expect(table.stdout).not.toMatch(/remote · REMOTE/i);
    expect(table.stdout).toMatch(/Remote Role .* remote /);
  });
});

describe("validate", () => {
  it("JSON-LD is named as such, not reported as a broken posting", async () => {
    const dir = workspace();
    const ld = await inProcess(["-f", "jsonld", "posts/a.md"], { cwd: dir });
    writeFileSync(join(dir, "ld.json"), ld.stdout);
    const r = await inProcess(["validate", "ld.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toBe(
      "jobparse: ld.json[0]: this is JSON-LD (schema.org JobPosting), not a jobparse posting; validate checks jobparse's own JSON (-f json or ndjson)",
    );
  });

  it("reports the first 20 invalid documents and counts the rest", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "bad.ndjson"), Array.from({ length: 25 }, (_, i) => JSON.stringify({ title: i })).join("\n") + "\n");
    const r = await inProcess(["validate", "bad.ndjson"], { cwd: dir });
    expect(r.code).toBe(1);
    const err = lines(r.stderr);
    expect(err.filter((l) => l.startsWith("jobparse: bad.ndjson:"))).toHaveLength(20);
    expect(err).toContain("jobparse: validate: 5 more invalid documents not shown (first 20 above)");
    expect(err.at(-1)).toBe("validate: 25 documents, 25 invalid");
  });
});
