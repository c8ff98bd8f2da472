// cli/pool.ts, cli/worker.ts, cli/progress.ts (issue 5): many inputs parse on worker threads
// and come back in input order with the same results as in-process; failures are results;
// a stalled stdout holds the run back; the progress bar shows only on a terminal.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { CliEnv } from "../../src/cli/io.js";
import { resolveInputs } from "../../src/cli/inputs.js";
import { findWorkerFile, parseAll, type ParsedInput } from "../../src/cli/pool.js";
import { createProgress, formatDuration, progressLine } from "../../src/cli/progress.js";

const POSTINGS = 40;
let dir: string;
let workerFile: string;

function posting(i: number): string {
  return `# Engineer number ${i}\n\n**Location:** Remote\n\n## Requirements\n\n- ${i}+ years of TypeScript\n`;
}

function env(stdout: Writable = new PassThrough()): CliEnv {
  const sink = Object.assign(stdout, { isTTY: false });
  return { argv: [], cwd: dir, env: {}, stdin: Object.assign(Readable.from([]), { isTTY: true }), stdout: sink, stderr: Object.assign(new PassThrough(), { isTTY: false }) };
}

async function collect(gen: AsyncGenerator<ParsedInput>): Promise<ParsedInput[]> {
  const out: ParsedInput[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jobparse-pool-"));
  // Zero-padded so the folder walk's sorted order is the numeric order.
  for (let i = 0; i < POSTINGS; i++) writeFileSync(join(dir, `p${String(i).padStart(3, "0")}.md`), posting(i));
  writeFileSync(join(dir, "p015-binary.md"), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x00, 0x10, 0x80]));
  workerFile = join(inject("cliDir"), "worker.js");
  // Without it parseAll would quietly stay in-process and the thread tests would prove nothing.
  expect(findWorkerFile(workerFile)).toBe(workerFile);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parseAll", () => {
  it("finds no worker file when run from source, and then parses in-process", async () => {
    expect(findWorkerFile()).toBeUndefined();
    const inputs = await resolveInputs(dir, ["."]);
    const results = await collect(parseAll(env(), inputs, { quiet: true, jobs: 2 }));
    expect(results).toHaveLength(inputs.length);
  });

  it("loses nothing when every worker dies while starting: the run goes on in-process", async () => {
    // As a worker out of memory at start does: the pool reports it on itself and starts no other.
    const dying = join(dir, "dying-worker.mjs");
    writeFileSync(dying, 'throw new Error("this worker dies while starting");\n');
    const inputs = await resolveInputs(dir, ["."]);
    const threads = await collect(parseAll(env(), inputs, { quiet: true, jobs: 2, workerFile: dying, poolMinFiles: 2 }));
    const single = await collect(parseAll(env(), inputs, { quiet: true, jobs: 1 }));
    expect(threads).toHaveLength(inputs.length);
    expect(threads).toEqual(single);
  });

  it("gives the same results, in input order, on worker threads as in-process", async () => {
    const inputs = await resolveInputs(dir, ["."]);
    // A missing file in the middle: its failure must keep its place.
    inputs.splice(7, 0, { kind: "file", path: join(dir, "gone.md"), display: "gone.md" });
    // An input that failed before parsing splits the files around it into separate batches.
    inputs.splice(20, 0, { display: "locked.md", reason: "permission denied" });
    const threads = await collect(parseAll(env(), inputs, { quiet: true, jobs: 2, workerFile, poolMinFiles: 2 }));
    const single = await collect(parseAll(env(), inputs, { quiet: true, jobs: 1 }));
    expect(threads.map((r) => r.input.display)).toEqual(inputs.map((i) => i.display));
    expect(threads).toEqual(single);
    expect(threads[7].result).toEqual({ reason: "no such file or directory" });
    expect(threads[20]).toEqual({ input: inputs[20], result: { reason: "permission denied" } });
    const binary = threads.find((r) => r.input.display.endsWith("p015-binary.md"));
    expect(binary?.result).toHaveProperty("reason");
    const titles = threads.flatMap((r) => ("posting" in r.result ? [r.result.posting.title] : []));
    expect(titles).toEqual(Array.from({ length: POSTINGS }, (_, i) => `Engineer number ${i}`));
  });

  it("stops the pool when the consumer stops early", async () => {
    const inputs = await resolveInputs(dir, ["."]);
    const seen: string[] = [];
    for await (const { input } of parseAll(env(), inputs, { quiet: true, jobs: 2, workerFile, poolMinFiles: 2 })) {
      seen.push(input.display);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(inputs.slice(0, 3).map((i) => i.display));
  });

  it("does not go on while stdout asks it to wait", async () => {
    const inputs = await resolveInputs(dir, ["."]);
    let release: (() => void) | undefined;
    const slow = new Writable({ highWaterMark: 1, write: (_chunk, _enc, cb) => (release = cb) });
    const io = env(slow);
    const gen = parseAll(io, inputs, { quiet: true, jobs: 2, workerFile, poolMinFiles: 2 });
    await gen.next();
    expect(io.stdout.write("first posting\n")).toBe(false);
    let settled = false;
    const second = gen.next().then((r) => ((settled = true), r));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    release!();
    expect((await second).done).toBe(false);
    await gen.return(undefined);
  });
});

describe("the bin on many files", () => {
  function bin(args: string[], jobs: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(inject("cliDir"), "run.cjs"), ...args], { env: { ...process.env, JOBPARSE_JOBS: jobs } });
      let out = "";
      child.stdout.on("data", (c) => (out += c));
      child.on("error", reject);
      child.on("close", () => resolve(out));
    });
  }

  it("prints the same ndjson with a pool as on one thread", async () => {
    const pooled = await bin([dir, "--format", "ndjson"], "2");
    const single = await bin([dir, "--format", "ndjson"], "1");
    expect(pooled.trim().split("\n")).toHaveLength(POSTINGS);
    expect(pooled).toBe(single);
  });
});

describe("progress", () => {
  it("draws files done, rate and ETA on a terminal", () => {
    const written: string[] = [];
    let t = 0;
    const p = createProgress({ isTTY: true, columns: 100, write: (s: string) => written.push(s) }, 10, { enabled: true, now: () => t });
    t = 1000;
    p.tick();
    t = 2000;
    p.tick();
    expect(written.at(-1)).toContain("2/10 files  1/s  ETA 0:08");
    p.done();
    expect(written.at(-1)).toBe("\r\x1b[K");
  });

  it("draws nothing when stderr is not a terminal, or when quiet", () => {
    const written: string[] = [];
    const sink = { write: (s: string) => written.push(s) };
    createProgress({ ...sink, isTTY: false }, 10, { enabled: true }).tick();
    createProgress({ ...sink, isTTY: true }, 10, { enabled: false }).tick();
    expect(written).toEqual([]);
  });

  it("fits the bar to the terminal and formats durations", () => {
    expect(progressLine(5, 10, 1000, 80)).toMatch(/^\[#+-+\] 5\/10 files {2}5\/s {2}ETA 0:01$/);
    expect(progressLine(5, 10, 1000, 80).length).toBeLessThanOrEqual(80);
    expect(progressLine(5, 10, 1000, 20).length).toBeLessThan(20);
    expect(formatDuration(3725)).toBe("1:02:05");
  });
});
