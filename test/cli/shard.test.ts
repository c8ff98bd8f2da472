// --shard K/N: N runs with the same arguments take disjoint shares whose union is the whole run;
// a file's share depends on its own path only, so adding a file moves no other one.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseShard, shardOf, stableHash } from "../../src/cli/shard.js";
import { type Runner, inProcess, posting, spawned, writeFiles } from "./harness.js";

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "jobparse-shard-"));
  const files: Record<string, string> = {};
  // 40 postings over two folders and a nested one, so shares cross folder boundaries.
  for (let i = 0; i < 40; i++) files[`${["jobs", "jobs/eu", "more"][i % 3]}/role-${i}.md`] = posting(`Role number ${i}`);
  writeFiles(root, files);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const lines = (stdout: string) => stdout.split("\n").filter(Boolean);

async function unionOfShards(runner: Runner, args: string[], n: number): Promise<string[][]> {
  const shares: string[][] = [];
  for (let k = 1; k <= n; k++) {
    const r = await runner([...args, "--shard", `${k}/${n}`], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    shares.push(lines(r.stdout));
  }
  return shares;
}

describe("--shard", () => {
  // In-process over 1..4 shards; the bin (worker pool) over 2 only: each run is a process start.
  for (const [name, runner, counts] of [
    ["in-process", inProcess, [1, 2, 3, 4]],
    ["spawned bin (worker pool)", (args, o) => spawned(inject("cliDir"))(args, o), [2]],
  ] as [string, Runner, number[]][]) {
    it(`over ${counts.join(", ")} shards, the union of the outputs is the unsharded output, no posting twice (${name})`, async () => {
      const args = ["jobs", "more", "-f", "ndjson", "-q"];
      const whole = await runner(args, { cwd: root });
      expect(whole.code).toBe(0);
      const all = lines(whole.stdout);
      expect(all).toHaveLength(40);
      for (const n of counts) {
        const shares = await unionOfShards(runner, args, n);
        const union = shares.flat();
        expect(union).toHaveLength(all.length);
        expect(new Set(union).size).toBe(union.length);
        expect([...union].sort()).toEqual([...all].sort());
        // Each share keeps the unsharded order.
        for (const share of shares) expect(share).toEqual(all.filter((l) => share.includes(l)));
        if (n > 1) expect(shares.filter((s) => s.length > 0).length).toBeGreaterThan(1);
      }
    }, 180_000); // many process starts, on a machine that may be busy
  }

  it("check and stats take the same shares", async () => {
    const counts: number[] = [];
    for (let k = 1; k <= 3; k++) {
      const r = await inProcess(["check", "jobs", "more", "--shard", `${k}/3`, "--reporter", "json", "-q"], { cwd: root });
      counts.push(JSON.parse(r.stdout).summary.total);
      const s = await inProcess(["stats", "jobs", "more", "--shard", `${k}/3`, "-f", "json", "-q"], { cwd: root });
      expect(s.code).toBe(0);
      expect(JSON.parse(s.stdout).postings).toBe(counts[k - 1]);
    }
    expect(counts.reduce((a, b) => a + b)).toBe(40);
  });

  it("a file's share depends on its path under the argument, not on the other files", () => {
    const input = (rel: string) => ({ kind: "file" as const, path: `/x/${rel}`, display: `x/${rel}`, rel });
    // Same relative path from another checkout: same share.
    expect(shardOf({ ...input("a/b.md"), path: "/elsewhere/a/b.md" }, 4)).toBe(shardOf(input("a/b.md"), 4));
    expect(stableHash("jobs/role-1.md")).toBe(stableHash("jobs/role-1.md"));
    // A spread over 4 shards for 400 similar names: no share empty or holding half.
    const sizes = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) sizes[shardOf(input(`posting-${i}.md`), 4) - 1]++;
    for (const s of sizes) expect(s).toBeGreaterThan(60);
  });

  it("rejects a malformed or out-of-range K/N as a usage error", async () => {
    for (const bad of ["0/3", "4/3", "1/0", "2", "a/b", "1/2/3", "-1/2"]) {
      expect(() => parseShard(bad)).toThrow(/K\/N/);
      const r = await inProcess(["jobs", "--shard", bad], { cwd: root });
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(/^jobparse: .*--shard/m);
    }
    expect(parseShard("3/3")).toEqual({ index: 3, count: 3 });
  });
});
