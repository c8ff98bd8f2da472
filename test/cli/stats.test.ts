import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inProcess, makeWorkspace, posting, writeFiles } from "./harness.js";

describe("jobparse stats", () => {
  it("summarises a folder as JSON for tools", async () => {
    const root = makeWorkspace();
    writeFiles(root, { "posts/pay.md": posting("Paid Engineer", "\nSalary: $120,000 - $140,000 per year\n") });
    const r = await inProcess(["stats", "posts", "-f", "json"], { cwd: root });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.postings).toBe(4);
    expect(s.fields.title).toBe(4);
    expect(s.fields.requirements).toBe(4);
    expect(s.salary).toEqual([expect.objectContaining({ currency: "USD", period: "year", count: 1, median: 130000 })]);
  });

  it("prints plain text on a pipe, and keeps going past a bad input with exit 1", async () => {
    const root = makeWorkspace();
    const r = await inProcess(["stats", "bad"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^1 posting$/m);
    expect(r.stdout).not.toContain("█");
    expect(r.stderr).toMatch(/binary/i);
  });

  it("is a usage error when the paths hold no posting files", async () => {
    const root = mkdtempSync(join(tmpdir(), "jobparse-empty-"));
    writeFiles(root, { "data/notes.json": "{}" });
    const r = await inProcess(["stats", "data"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no posting files found in data/);
  });

  it("rejects a --top that is not a count", async () => {
    const r = await inProcess(["stats", "posts", "--top", "ten"], { cwd: makeWorkspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--top/);
  });
});
