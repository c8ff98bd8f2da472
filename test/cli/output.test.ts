// What the output looks like on a terminal and when a run is cut short: the progress bar never
// shares a line with stdout, Ctrl-C during -f json leaves valid JSON, --fields projects json.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { progressLine } from "../../src/cli/progress.js";
import { PostingSchema } from "../../src/schema.js";
import { inProcess, posting, writeFiles } from "./harness.js";

let dir: string;
const POSTINGS = 24;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jobparse-out-"));
  const files: Record<string, string> = {};
  // More than the pool's threshold, so the progress bar is drawn.
  for (let i = 0; i < POSTINGS; i++) files[`many/p${String(i).padStart(2, "0")}.md`] = posting(`Posting ${i}`, "\nSalary: $100,000 - $120,000 per year\n");
  writeFiles(dir, files);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (s: string) => s.split("\n").filter(Boolean);

describe("progress bar and stdout on one terminal", () => {
  it.each(["ndjson", "table"])("-f %s: no stdout write lands while the bar is on screen", async (format) => {
    // One terminal behind both streams: the bar is on screen from its text until "\r\x1b[K".
    let barShown = false;
    let bars = 0;
    const clashes: string[] = [];
    const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    stderr.on("data", (c: Buffer) => {
      const s = c.toString();
      if (s.startsWith("\r\x1b[K")) barShown = s.length > 4;
      if (s.length > 4) bars++;
    });
    stdout.on("data", (c: Buffer) => {
      if (barShown) clashes.push(c.toString());
    });
    const code = await run({
      argv: ["-f", format, "many"],
      cwd: dir,
      env: { NO_COLOR: "1", JOBPARSE_JOBS: "1" },
      stdin: Object.assign(Readable.from([]), { isTTY: true }),
      stdout,
      stderr,
    });
    expect(code).toBe(0);
    expect(bars).toBeGreaterThan(0);
    expect(clashes).toEqual([]);
    expect(barShown).toBe(false);
  });

  it("shows no ETA until 2 s have passed or 5 % of the files are done", () => {
    expect(progressLine(1, 300, 150, 100)).not.toContain("ETA");
    expect(progressLine(1, 300, 150, 100)).toContain("1/300 files");
    expect(progressLine(15, 300, 900, 100)).toContain("ETA 0:17");
    expect(progressLine(3, 300, 2500, 100)).toContain("ETA");
  });
});

describe("Ctrl-C during -f json", () => {
  it("closes the array (valid JSON of the postings done) and exits 130", async () => {
    const interrupt = new AbortController();
    const stdout = Object.assign(new PassThrough(), { isTTY: false });
    const stderr = Object.assign(new PassThrough(), { isTTY: false });
    const out: Buffer[] = [];
    let err = "";
    stdout.on("data", (c: Buffer) => {
      out.push(c);
      // The user presses Ctrl-C once the third posting is out.
      if (out.length === 3) interrupt.abort();
    });
    stderr.on("data", (c: Buffer) => (err += c));
    const code = await run({
      argv: ["-f", "json", "many"],
      cwd: dir,
      env: { NO_COLOR: "1", JOBPARSE_JOBS: "1" },
      stdin: Object.assign(Readable.from([]), { isTTY: true }),
      stdout,
      stderr,
      signal: interrupt.signal,
    });
    expect(code).toBe(130);
    const done = JSON.parse(Buffer.concat(out).toString("utf8")) as unknown[];
    expect(done.length).toBeGreaterThanOrEqual(3);
    expect(done.length).toBeLessThan(POSTINGS);
    for (const p of done) PostingSchema.parse(p);
    expect(err).toBe("jobparse: interrupted: stopped before all inputs were done\n");
  });
});

describe("--fields on json and ndjson", () => {
  it("ndjson keeps only the fields named, nested as in the posting", async () => {
    const r = await inProcess(["-f", "ndjson", "--fields", "title,salary.min,salary.currency", "many/p00.md", "many/p01.md"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l))).toEqual([
      { title: "Posting 0", salary: { min: 100000, currency: "USD" } },
      { title: "Posting 1", salary: { min: 100000, currency: "USD" } },
    ]);
  });

  it("json projects each element; a null parent stays null; a whole field wins over its parts", async () => {
    writeFiles(dir, { "nosalary/a.md": posting("No Pay") });
    const r = await inProcess(["-f", "json", "--fields", "file,salary.max,location", "nosalary"], { cwd: dir });
    expect(r.code).toBe(0);
    const [p] = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(Object.keys(p)).toEqual(["file", "salary", "location"]);
    expect(p.salary).toBeNull();
    expect(p.location).toMatchObject({ countries: [] });
    const whole = await inProcess(["-f", "ndjson", "--fields", "salary.min,salary", "many/p00.md"], { cwd: dir });
    expect(JSON.parse(whole.stdout).salary).toMatchObject({ min: 100000, max: 120000, period: "year" });
  });

  it.each([
    [["-f", "jsonld", "--fields", "title"], "--fields applies to table, csv, json and ndjson"],
    [["-o", "outdir", "--fields", "title"], "--fields does not apply to it"],
    [["--explain", "many/p00.md", "-f", "csv"], "-f csv does not apply to it"],
    [["--explain", "many/p00.md", "--fields", "title"], "--fields does not apply to it"],
  ])("%j is a usage error that says why", async (args, message) => {
    const r = await inProcess(args[0] === "--explain" ? args : [...args, "many/p00.md"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });
});
