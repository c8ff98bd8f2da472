// The project config (jobparse.config.json, or "jobparse" in package.json) and check's GitHub
// annotations at the line a differing field was read from. In-process.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parsePosting } from "../../src/index.js";
import { inProcess, makeWorkspace, posting, writeFiles } from "./harness.js";

const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function workspace(config?: unknown, file = "jobparse.config.json"): string {
  const dir = makeWorkspace();
  workspaces.push(dir);
  if (config !== undefined) writeFileSync(join(dir, file), typeof config === "string" ? config : JSON.stringify(config));
  return dir;
}
const lines = (s: string) => s.split("\n").filter(Boolean);

describe("project config", () => {
  it("gives the main command its format, fields and paths; flags win", async () => {
    const dir = workspace({ format: "csv", fields: ["title"], paths: ["posts/sub"] });
    const r = await inProcess([], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\r\n")).toEqual(["title", "Beta Designer", ""]);
    const flags = await inProcess(["-f", "ndjson", "--fields", "file", "posts/a.md"], { cwd: dir });
    expect(JSON.parse(flags.stdout)).toEqual({ file: "posts/a.md" });
    // The config's fields are for printing: -f jsonld and --out take whole postings, no error.
    const ld = await inProcess(["-f", "jsonld", "posts/a.md"], { cwd: dir });
    expect(ld.code).toBe(0);
  });

  it("gives check its require, policy, reporter and paths", async () => {
    const dir = workspace({ check: { require: ["salary"], reporter: "github", paths: ["posts/sub"] } });
    const r = await inProcess(["check"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lines(r.stdout)[0]).toBe("::error file=posts/sub/b.txt,title=jobparse check::salary: required, but null");
    const flags = await inProcess(["check", "--reporter", "default", "--require", "title", "posts/a.md"], { cwd: dir });
    expect(flags.code).toBe(0);
    const policy = await inProcess(["check", "posts/a.md"], { cwd: workspace({ check: { policy: "pay-transparency" } }) });
    expect(policy.code).toBe(1);
    expect(policy.stdout).toContain("[pay-transparency/");
  });

  it('is read from a "jobparse" key in package.json', async () => {
    const dir = workspace({ name: "site", jobparse: { check: { require: ["salary"] } } }, "package.json");
    const r = await inProcess(["check", "posts/a.md"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("salary: required, but null");
  });

  it.each([
    [{ formt: "csv" }, 'jobparse.config.json: Unrecognized key: "formt"'],
    [{ check: { policy: "pay" } }, "jobparse.config.json: check.policy: "],
    [{ check: { require: "salary" } }, "jobparse.config.json: check.require: "],
    [{ fields: ["salary.mni"] }, "jobparse.config.json: fields: unknown field salary.mni"],
    ["{ nope", "jobparse.config.json: not valid JSON: "],
  ])("%j is a usage error naming the file", async (config, message) => {
    const r = await inProcess(["check", "posts"], { cwd: workspace(config) });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain(`jobparse: usage: ${message}`);
  });

  it("a bad key in package.json's jobparse names package.json", async () => {
    const r = await inProcess(["posts"], { cwd: workspace({ jobparse: { format: "xml" } }, "package.json") });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('jobparse: usage: package.json "jobparse": format: ');
  });
});

describe("check --reporter github on an expected-file mismatch", () => {
  it("annotates the line the field was read from", async () => {
    const dir = workspace();
    writeFiles(dir, { "gh/p.md": posting("Data Engineer", "\n## Benefits\n\n- Four-day week\n") });
    const p = parsePosting(readFileSync(join(dir, "gh/p.md")), { file: "p.md" });
    writeFileSync(join(dir, "gh/p.expected.json"), JSON.stringify({ ...p, title: "Data Engineer II", benefits: ["Free lunch"] }, null, 2));
    const explained = JSON.parse((await inProcess(["explain", "-f", "json", "gh/p.md"], { cwd: dir })).stdout);
    const r = await inProcess(["check", "--reporter", "github", "gh"], { cwd: dir });
    expect(r.code).toBe(1);
    const annotations = lines(r.stdout).filter((l) => l.startsWith("::error"));
    expect(annotations[0]).toBe(`::error file=gh/p.md,line=${explained.fields.title.source.line},title=jobparse check::title: expected "Data Engineer II", got "Data Engineer"`);
    expect(explained.fields.benefits.source.line).toBeGreaterThan(1);
    expect(annotations[1]).toMatch(new RegExp(`^::error file=gh/p.md,line=${explained.fields.benefits.source.line},title=jobparse check::benefits: `));
  });
});
