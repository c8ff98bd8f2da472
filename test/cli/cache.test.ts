// --cache: a re-run prints exactly what an uncached run prints (bytes compared), after a file
// changes too; a damaged store is ignored and rewritten; runs at once leave a store that reads.
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { ResultCache, contentHash } from "../../src/cli/cache.js";
import { RESULT_VARIANT } from "../../src/cli/parse-input.js";
import { type Runner, inProcess, posting, spawned, writeFiles } from "./harness.js";

const roots: string[] = [];
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "jobparse-cache-"));
  roots.push(root);
  const files: Record<string, string | Uint8Array> = {};
  for (let i = 0; i < 24; i++) files[`jobs/${i % 2 ? "eu/" : ""}role-${i}.md`] = posting(`Role number ${i}`, `\nSalary: $${100 + i}k - $${120 + i}k per year\n`);
  files["jobs/binary.md"] = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0, 0]);
  writeFiles(root, files);
});
afterAll(() => {
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

const storeFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".jpcache")) : []);
const ARGS = ["jobs", "-f", "ndjson", "-q"];

/** Runs `extra` `times` times in a row; each must print what one run without it prints. */
async function sameAsUncached(runner: Runner, extra: string[], times = 1): Promise<string> {
  const plain = await runner(ARGS, { cwd: root });
  for (let i = 0; i < times; i++) {
    const cached = await runner([...ARGS, ...extra], { cwd: root });
    expect(cached.code).toBe(plain.code);
    expect(cached.stderr).toBe(plain.stderr);
    expect(cached.stdout).toBe(plain.stdout);
  }
  return plain.stdout;
}

describe("--cache", () => {
  for (const [name, runner] of [
    ["in-process", inProcess],
    ["spawned bin (worker pool)", (args, o) => spawned(inject("cliDir"))(args, o)],
  ] as [string, Runner][]) {
    it(`prints the bytes an uncached run prints: cold, warm, and after a file changes (${name})`, async () => {
      // One uncached run per state of the files: the cold and the warm run must both match it.
      const first = await sameAsUncached(runner, ["--cache"], 2);
      const dir = join(root, "node_modules/.cache/jobparse");
      expect(storeFiles(dir)).toHaveLength(1);
      // Touched without a change, then changed: the change is seen, never an old result.
      appendFileSync(join(root, "jobs/role-3.md"), "");
      writeFileSync(join(root, "jobs/role-4.md"), posting("Another Title Now"));
      const after = await sameAsUncached(runner, ["--cache"], 2);
      expect(after).not.toBe(first);
      expect(after).toContain('"title":"Another Title Now"');
    }, 180_000); // many process starts, on a machine that may be busy
  }

  it("serves a result under the current input's name (same bytes, other file)", async () => {
    await inProcess([...ARGS, "--cache"], { cwd: root });
    copyFileSync(join(root, "jobs/role-0.md"), join(root, "jobs/copy-of-0.md"));
    const out = await sameAsUncached(inProcess, ["--cache"]);
    expect(out).toContain('"file":"jobs/copy-of-0.md"');
  });

  it("reads no entry of another build, version or option set", () => {
    const dir = join(root, "c");
    const a = new ResultCache(dir, RESULT_VARIANT);
    const b = new ResultCache(dir, { ...RESULT_VARIANT, repair: !RESULT_VARIANT.repair });
    expect(a.file).not.toBe(b.file);
    const key = ResultCache.key(contentHash(Buffer.from("x")), "a.md");
    a.put(key, { reason: "not a text file (binary content)" });
    expect(a.save()).toBeUndefined();
    expect(new ResultCache(dir, RESULT_VARIANT).has(key)).toBe(true);
    expect(new ResultCache(dir, { ...RESULT_VARIANT, repair: !RESULT_VARIANT.repair }).has(key)).toBe(false);
    // The extension is part of the key: the format is read from it.
    expect(ResultCache.key("h", "a.md")).not.toBe(ResultCache.key("h", "a.txt"));
  });

  it("ignores a damaged or cut store and writes it whole again", async () => {
    const location = join(root, "cache");
    const plain = await inProcess(ARGS, { cwd: root });
    await inProcess([...ARGS, "--cache-location", location], { cwd: root });
    const [name] = storeFiles(location);
    const store = join(location, name);
    const lines = readFileSync(store, "utf8").split("\n");
    // One entry's JSON changed (its check no longer matches), one line cut in half, no final newline.
    lines[2] = lines[2].replace('"title":"Role', '"title":"Rule');
    lines[4] = lines[4].slice(0, 60);
    writeFileSync(store, lines.join("\n").replace(/\n$/, ""));
    const again = await inProcess([...ARGS, "--cache-location", location], { cwd: root });
    expect(again.stdout).toBe(plain.stdout);
    const rewritten = readFileSync(store, "utf8");
    expect(rewritten.endsWith("\n")).toBe(true);
    expect(rewritten).not.toContain('"title":"Rule');
    // Garbage instead of a store: an empty cache, then a good store again.
    writeFileSync(store, "\u0000\u0001 not a store");
    expect((await inProcess([...ARGS, "--cache-location", location], { cwd: root })).stdout).toBe(plain.stdout);
    expect(readFileSync(store, "utf8").startsWith("jobparse-cache 1 ")).toBe(true);
  });

  it("runs at once leave a store every entry of which reads back", async () => {
    const plain = await inProcess(ARGS, { cwd: root });
    const runs = await Promise.all([1, 2, 3, 4].map(() => inProcess([...ARGS, "--cache"], { cwd: root })));
    for (const r of runs) expect(r.stdout).toBe(plain.stdout);
    const dir = join(root, "node_modules/.cache/jobparse");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    const cache = new ResultCache(dir, RESULT_VARIANT);
    const keys = readFileSync(cache.file, "utf8").split("\n").slice(1, -1).map((l) => l.slice(0, l.indexOf(" ")));
    expect(keys.length).toBe(25);
    for (const key of keys) expect(cache.get(key, "x.md")).toBeDefined();
    expect((await inProcess([...ARGS, "--cache"], { cwd: root })).stdout).toBe(plain.stdout);
  });

  it("check and stats read the same cache", async () => {
    await inProcess([...ARGS, "--cache"], { cwd: root });
    const plain = await inProcess(["stats", "jobs", "-f", "json", "-q"], { cwd: root });
    const cached = await inProcess(["stats", "jobs", "-f", "json", "-q", "--cache"], { cwd: root });
    expect(cached.stdout).toBe(plain.stdout);
    const check = await inProcess(["check", "jobs", "--reporter", "json", "-q", "--cache"], { cwd: root });
    expect(JSON.parse(check.stdout).summary.total).toBe(25);
  });
});
