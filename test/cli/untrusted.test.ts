// Postings and file names are untrusted: each attack a stranger's posting or file name can make
// on a terminal, a CI log, a spreadsheet, a web page, the machine or the --out folder, run as
// the attacker would, and what must hold instead.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, describe, expect, inject, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { reasonOfError } from "../../src/cli/parse-input.js";
import { inProcess, posting, writeFiles } from "./harness.js";
import { csvFormatter } from "../../src/format/csv.js";
import { makePosting, memorySink } from "../format/posting.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function workspace(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "jobparse-untrusted-"));
  dirs.push(dir);
  writeFiles(dir, files);
  return dir;
}

// Anything a terminal or a log would act on: C0 but tab/newline, DEL, C1, BiDi controls.
const RAW_CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// The same, newline and tab included: nothing a one-line printer may pass through raw.
const RAW_IN_LINE_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = [
  "# Staff \u001b]0;PWNED\u0007Engineer \u202eredro",
  "",
  "Company: Evil\u001b[2J Corp\u009b31m",
  "",
  "## Requirements",
  "",
  "- Knows \u001b]8;;https://evil.example\u001b\\links\u001b]8;;\u001b\\ well",
  "- Uses C1 \u009d controls and \u2066isolates\u2069",
  "",
].join("\n");

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("terminal escapes, C1 controls and BiDi overrides in a posting", () => {
  it("extracted values carry none of them (JSON stays faithful, the text is plain)", async () => {
    const dir = workspace({ "evil.md": HOSTILE });
    const { code, stdout } = await inProcess(["evil.md"], { cwd: dir });
    expect(code).toBe(0);
    const p = JSON.parse(stdout);
    expect(p.title).toBe("Staff ]0;PWNEDEngineer redro");
    expect(p.company).toMatch(/^Evil\[2J Corp/);
    expect(p.requirements.length).toBe(2);
    for (const s of strings({ ...p, file: "" })) expect(s).not.toMatch(RAW_CONTROL_RE);
  });

  it("the table shows none of them raw, and a file name's escapes are made visible", async () => {
    const dir = workspace({ "evil\u001b[2J\u202e.md": HOSTILE });
    const { stdout } = await inProcess(["-f", "table", "--fields", "file,title,company", "."], { cwd: dir });
    expect(stdout).not.toMatch(RAW_CONTROL_RE);
    expect(stdout).toContain("\\x1b[2J\\u202e");
  });

  it("explain shows source lines and values with their escapes made visible", async () => {
    const dir = workspace({ "evil.md": HOSTILE });
    const { code, stdout } = await inProcess(["explain", "evil.md"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROL_RE);
    expect(stdout).toContain("\\x1b]0;PWNED\\x07");
    expect(stdout).toContain("\\u202eredro");
    expect(stdout).toContain("\\x9b31m");
  });

  it("explain --format json stays faithful JSON: the source line is the file's line", async () => {
    const dir = workspace({ "evil.md": HOSTILE });
    const { stdout } = await inProcess(["explain", "-f", "json", "evil.md"], { cwd: dir });
    const report = JSON.parse(stdout);
    expect(report.fields.title.source.lines[0].text).toBe(HOSTILE.split("\n")[0]);
  });
});

describe("a file name holding a newline cannot forge a line (a GitHub ::error:: command)", () => {
  const forged = "e\n::error::FORGED.md";
  const startsForged = (text: string) => text.split("\n").some((l) => l.startsWith("::error::FORGED"));

  it("its stderr line stays one line, with the newline shown as \\x0a", async () => {
    const dir = workspace({ [forged]: Uint8Array.from([0, 1, 2, 3, 0, 0, 0, 0x89, 0x50, 0, 0, 0]) });
    const { code, stderr } = await inProcess(["."], { cwd: dir });
    expect(code).toBe(1);
    expect(startsForged(stderr)).toBe(false);
    expect(stderr).toBe("jobparse: e\\x0a::error::FORGED.md: not a text file (binary content)\n");
  });

  it("a missing path with a newline: one line naming it", async () => {
    const dir = workspace();
    const { code, stderr } = await inProcess(["nope\n::error::FORGED.md"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe("jobparse: nope\\x0a::error::FORGED.md: no such file or directory\n");
  });

  it("check's default and github reporters keep it on one line", async () => {
    const dir = workspace({ [forged]: posting("Forged Name") });
    for (const reporter of ["default", "github"]) {
      const { stdout, stderr } = await inProcess(["check", "--strict", "--reporter", reporter, "."], { cwd: dir });
      expect(startsForged(stdout + "\n" + stderr)).toBe(false);
      expect(stdout).not.toMatch(RAW_IN_LINE_RE);
      // Neither the raw newline nor GitHub's %0A for it: the name is shown as written.
      expect(stdout).not.toContain("%0A");
      expect(stdout).toContain(reporter === "github" ? "e\\x0a%3A%3Aerror%3A%3AFORGED" : "e\\x0a::error::FORGED");
    }
  });
});

describe("csv: a cell a spreadsheet would evaluate is defused with a leading '", () => {
  it("a title starting with = and a company starting with @ come out as text", async () => {
    const dir = workspace({ "a.md": '# =HYPERLINK("https://evil.example","click")\n\nCompany: @Evil\n' });
    const { stdout } = await inProcess(["-f", "csv", "--fields", "title,company", "a.md"], { cwd: dir });
    expect(stdout.split("\r\n")[1]).toBe(`"'=HYPERLINK(""https://evil.example"",""click"")",'@Evil`);
    // stdin's name "-" evaluates to nothing and stays as it is.
    const piped = await inProcess(["-f", "csv", "--fields", "file", "-"], { cwd: dir, stdin: posting("Engineer") });
    expect(piped.stdout.split("\r\n")[1]).toBe("-");
  });
});

describe("csv: one test per trigger character", () => {
  const cases = [
    ["=", "=1+1"],
    ["+", "+1+1"],
    ["-", "-1+1"],
    ["@", "@SUM(A1)"],
    ["tab", "\t=1+1"],
    ["carriage return", "\r=1+1"],
  ] as const;
  it.each(cases)("a cell starting with %s gets a leading '", async (_name, title) => {
    const sink = memorySink();
    const csv = csvFormatter(sink, { color: false, fields: ["title"] });
    csv.write(makePosting({ title }));
    const cell = sink.text().split("\r\n")[1];
    expect(cell.replace(/^"|"$/g, "")).toBe(`'${title}`);
  });
  it("a harmless cell and stdin's lone - are left as they are", () => {
    const sink = memorySink();
    const csv = csvFormatter(sink, { color: false, fields: ["file", "title"] });
    csv.write(makePosting({ file: "-", title: "Engineer - Platform" }));
    expect(sink.text().split("\r\n")[1]).toBe("-,Engineer - Platform");
  });
});

describe("json-ld: nothing in a string can end or bend the <script> element", () => {
  // Markdown drops whole tags; what is left of an opener, and bare < > &, reach the values.
  const items = "- Knows <!-- tricks\n- Values 1 < 2 > 0 & more \u2028 here\n";

  it("every <, >, &, U+2028 and U+2029 is a \\u escape, and the JSON means the same", async () => {
    const dir = workspace({ "a.md": posting("Engineer & Co", items) });
    const { code, stdout } = await inProcess(["-f", "jsonld", "a.md"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/[<>&\u2028\u2029]/);
    const [node] = JSON.parse(stdout);
    expect(node.qualifications).toContain("Knows <!-- tricks");
    expect(node.title).toBe("Engineer & Co");
    expect(node.description).toContain("<li>Knows &lt;!-- tricks</li>");
  });

  it("--format jsonld-script prints one whole element per posting, its body escaped", async () => {
    const dir = workspace({ "a.md": posting("Engineer", items), "b.md": posting("Writer") });
    const { code, stdout } = await inProcess(["-f", "jsonld-script", "a.md", "b.md"], { cwd: dir });
    expect(code).toBe(0);
    const elements = [...stdout.matchAll(/<script type="application\/ld\+json">\n([^<]*)\n<\/script>\n/g)];
    expect(elements).toHaveLength(2);
    expect(stdout.replace(/<script type="application\/ld\+json">\n[^<]*\n<\/script>\n/g, "")).toBe("");
    expect(JSON.parse(elements[0][1]).title).toBe("Engineer");
  });
});

describe("bounded input: a posting past --max-bytes is refused, read no further", () => {
  it("an endless stdin (yes | jobparse -) stops at the limit with one line", async () => {
    let pushed = 0;
    const endless = Object.assign(
      new Readable({
        read() {
          pushed++;
          this.push(Buffer.alloc(64 * 1024, "y\n"));
        },
      }),
      { isTTY: false },
    );
    const out: string[] = [];
    const err: string[] = [];
    const sink = (to: string[]) => Object.assign(new PassThrough().on("data", (c: Buffer) => to.push(String(c))), { isTTY: false });
    const code = await run({ argv: ["--max-bytes", "1000000", "-"], cwd: tmpdir(), env: { NO_COLOR: "1" }, stdin: endless, stdout: sink(out), stderr: sink(err) });
    expect(code).toBe(1);
    expect(err.join("")).toBe("jobparse: -: larger than the limit of 1000000 bytes (--max-bytes); not read further\n");
    expect(out.join("")).toBe("");
    expect(pushed).toBeLessThan(40);
  });

  it("jobparse - < /dev/zero ends with that line (the default limit, spawned)", async () => {
    if (!existsSync("/dev/zero")) return;
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(inject("cliDir"), "run.cjs"), "-"], { stdio: [openSync("/dev/zero", "r"), "pipe", "pipe"] });
      let stderr = "";
      // A CLI with no limit would read forever: never leave it running after the test.
      const guard = setTimeout(() => child.kill("SIGKILL"), 20_000);
      child.stderr.on("data", (c) => (stderr += c));
      child.on("close", (code) => {
        clearTimeout(guard);
        resolve({ code, stderr });
      });
    });
    expect(result).toEqual({ code: 1, stderr: "jobparse: -: larger than the limit of 16777216 bytes (--max-bytes); not read further\n" });
  });

  it("a FIFO fed forever stops at the limit", async () => {
    const dir = workspace();
    const fifo = join(dir, "feed.md");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      return; // no mkfifo on this system: nothing to test
    }
    const writer = spawn("sh", ["-c", `yes > '${fifo}'`], { stdio: "ignore" });
    const { code, stderr } = await inProcess(["--max-bytes", "200000", "feed.md"], { cwd: dir });
    writer.kill();
    expect(code).toBe(1);
    expect(stderr).toBe("jobparse: feed.md: larger than the limit of 200000 bytes (--max-bytes); not read further\n");
  });

  it("a 100 MB file is refused by its size, and the good posting beside it still comes out", async () => {
    const dir = workspace({ "good.md": posting("Good One") });
    writeFileSync(join(dir, "huge.md"), "");
    truncateSync(join(dir, "huge.md"), 100 * 1024 * 1024);
    const { code, stdout, stderr } = await inProcess(["good.md", "huge.md"], { cwd: dir });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).title).toBe("Good One");
    expect(stderr).toBe("jobparse: huge.md: larger than the limit of 16777216 bytes (--max-bytes); not read further\n");
  });

  it("--max-bytes takes a whole number only", async () => {
    const { code, stderr } = await inProcess(["--max-bytes", "lots", "x.md"], { cwd: workspace() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^jobparse: option '--max-bytes <n>' argument 'lots' is invalid/);
  });
});

describe("--out never writes outside DIR, over an input or over an expected file", () => {
  it("a symlinked folder inside DIR is refused; nothing lands outside", async () => {
    const dir = workspace({ "in/sub/b.md": posting("Beta"), "in/a.md": posting("Alpha") });
    const outside = join(dir, "outside");
    mkdirSync(outside);
    mkdirSync(join(dir, "out"));
    symlinkSync(outside, join(dir, "out/sub"));
    const { code, stderr } = await inProcess(["in", "-o", "out"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/out\/sub\/b\.json: could not be written: refused: .*out\/sub is a symbolic link/);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(dir, "out/a.json"))).toBe(true);
  });

  it("a symlink at the target itself is refused; the file it points at is untouched", async () => {
    const dir = workspace({ "in/a.md": posting("Alpha"), "secret.txt": "keep me" });
    mkdirSync(join(dir, "out"));
    symlinkSync(join(dir, "secret.txt"), join(dir, "out/a.json"));
    const { code } = await inProcess(["in/a.md", "-o", "out"], { cwd: dir });
    expect(code).toBe(1);
    expect(readFileSync(join(dir, "secret.txt"), "utf8")).toBe("keep me");
    expect(lstatSync(join(dir, "out/a.json")).isSymbolicLink()).toBe(true);
  });

  it("DIR = the input folder: job.expected.md would overwrite job.expected.json, refused (exit 2)", async () => {
    const expected = '{"title":"Real"}\n';
    const dir = workspace({ "jobs/job.md": posting("Real"), "jobs/job.expected.md": posting("Attacker"), "jobs/job.expected.json": expected });
    const { code, stderr } = await inProcess(["jobs", "-o", "jobs"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/job\.expected\.json: would overwrite an expected file beside an input/);
    expect(readFileSync(join(dir, "jobs/job.expected.json"), "utf8")).toBe(expected);
  });

  it("write errors are named by their cause, not 'no such file or directory'", () => {
    const err = (code: string) => Object.assign(new Error(`${code}: x`), { code });
    expect(reasonOfError(err("EROFS"))).toBe("read-only file system (EROFS)");
    expect(reasonOfError(err("ENOSPC"))).toBe("no space left on device (ENOSPC)");
    expect(reasonOfError(err("EACCES"))).toBe("permission denied");
  });

  // Mounting a read-only file system needs root; elsewhere this case skips.
  const roDir = mkdtempSync(join(tmpdir(), "jobparse-ro-"));
  let mounted = false;
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", roDir], { stdio: "ignore" });
    mounted = true;
  } catch {
    // not root, or no mount: skipped below
  }
  afterAll(() => {
    if (mounted) execFileSync("umount", [roDir]);
    rmSync(roDir, { recursive: true, force: true });
  });
  it.skipIf(!mounted)("--out on a read-only file system says EROFS (needs root to mount one)", async () => {
    const dir = workspace({ "a.md": posting("Alpha") });
    const { code, stderr } = await inProcess(["a.md", "-o", join(roDir, "out")], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/a\.json: could not be written: read-only file system \(EROFS\)/);
  });
});

describe("nothing lost", () => {
  it("jobparse good.md missing.md good2.md prints both postings, one line for the missing one, exit 2", async () => {
    const dir = workspace({ "good.md": posting("First"), "good2.md": posting("Second") });
    const { code, stdout, stderr } = await inProcess(["good.md", "missing.md", "good2.md"], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout.trim().split("\n").map((l) => JSON.parse(l).title)).toEqual(["First", "Second"]);
    expect(stderr).toBe("jobparse: missing.md: no such file or directory\n");
  });
});
