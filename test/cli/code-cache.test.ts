// cli/code-cache.ts (issue 5, cold start): the built CLI loads its bundle through the V8 code
// cache written at build time, and a cache V8 rejects, or none at all, changes nothing but speed.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BUNDLE_FILE, CACHE_FILE } from "../../src/cli/code-cache.js";
import { posting, writeFiles } from "./harness.js";

let work: string;
let postings: string;

/** What the cache did when `cliDir`'s cli.js was loaded in a fresh node. */
function cacheState(cliDir: string): string {
  const code = `const { bundle } = await import(${JSON.stringify(pathToFileURL(join(cliDir, "cli.js")).href)}); console.log(bundle.cache);`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return r.stdout.trim();
}

/** The bin's ndjson for the postings, with `jobs` threads (2 = the pool, over 16 files). */
function parseWith(cliDir: string, jobs: string): string {
  const r = spawnSync(process.execPath, [join(cliDir, "run.cjs"), postings, "--format", "ndjson"], { encoding: "utf8", env: { ...process.env, JOBPARSE_JOBS: jobs } });
  expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  return r.stdout;
}

/** A copy of the test build whose cache `spoil` changes. */
function copyOfBuild(name: string, spoil: (cacheFile: string) => void): string {
  const dir = join(work, name);
  cpSync(inject("cliDir"), dir, { recursive: true });
  spoil(join(dir, CACHE_FILE));
  return dir;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "jobparse-cache-"));
  postings = join(work, "postings");
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) files[`p${String(i).padStart(2, "0")}.md`] = posting(`Engineer ${i}`, `\n**Location:** Berlin, Germany\n\nSalary: €${60 + i}k–€${80 + i}k per year\n`);
  writeFiles(postings, files);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("code cache", () => {
  it("is written by the build and taken by V8", () => {
    expect(cacheState(inject("cliDir"))).toBe("used");
  });

  it("comes with an ASCII bundle: read as Latin-1 (fast) it is what UTF-8 reads, one byte per character", () => {
    const source = readFileSync(join(inject("cliDir"), BUNDLE_FILE), "utf8");
    expect(source.length).toBeGreaterThan(100_000);
    expect(source.match(/[^\u0000-\u007f]/g) ?? []).toEqual([]);
  });

  it("gives the same output when V8 rejects it or it is missing, in-process and on the pool", () => {
    const expected = parseWith(inject("cliDir"), "1");
    expect(expected.trim().split("\n")).toHaveLength(20);
    expect(parseWith(inject("cliDir"), "2")).toBe(expected);
    const rejected = copyOfBuild("rejected", (file) => writeFileSync(file, "not a V8 code cache"));
    const missing = copyOfBuild("missing", (file) => unlinkSync(file));
    expect(cacheState(rejected)).toBe("rejected");
    expect(cacheState(missing)).toBe("missing");
    // With the pool both the command's thread and each worker load the bundle through the
    // spoiled cache: one run covers both.
    for (const dir of [rejected, missing]) expect(parseWith(dir, "2")).toBe(expected);
  }, 120_000); // seven process starts, three with a pool, on a machine that may be busy
});
