// `check --policy pay-transparency[-benefits]` (issue 7): the rules on postings as data, how the
// reporters show a policy finding (rule id, source line), and the command end to end — policy-only
// on a folder without expected files, both checks where an expected file exists — in-process and
// through the spawned bin.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { type CheckResult, createReporter } from "../../src/cli/commands/check-reporters.js";
import { parseBytes } from "../../src/cli/parse-input.js";
import { POLICY_NAMES, policyRule } from "../../src/cli/policies/index.js";
import { PAY_TRANSPARENCY_LAWS } from "../../src/cli/policies/pay-transparency-laws.js";
import { parsePosting } from "../../src/index.js";
import type { Salary } from "../../src/schema.js";
import { makePosting, memorySink } from "../format/posting.js";
import { type Runner, inProcess, posting, spawned, writeFiles } from "./harness.js";

const salary = (over: Partial<Salary>): Salary => ({ min: 120000, max: 150000, currency: "USD", period: "year", raw: "$120k–$150k a year", ...over });
const benefits = ["Health insurance", "401(k) match"];

describe("pay-transparency rules", () => {
  const rule = policyRule("pay-transparency");
  it.each([
    ["a closed range with currency and period", salary({}), []],
    ["one exact figure (min = max)", salary({ min: 95000, max: 95000 }), []],
    ["no salary", null, ["pay-range-missing"]],
    ['"up to $X" (no minimum)', salary({ min: null, raw: "up to $150k" }), ["pay-range-open"]],
    ['"$X+" (no maximum)', salary({ max: null, raw: "$120k+" }), ["pay-range-open"]],
    ["min above max", salary({ min: 150000, max: 120000 }), ["pay-range-inverted"]],
    ["no currency", salary({ currency: null }), ["pay-currency"]],
    ["no period", salary({ period: null }), ["pay-period"]],
    ["open, no currency, no period: each rule it breaks", salary({ max: null, currency: null, period: null }), ["pay-range-open", "pay-currency", "pay-period"]],
  ])("%s", (_name, s, ids) => {
    const findings = rule.check(makePosting({ salary: s, benefits }), { lines: { salary: { line: 7 } } });
    expect(findings.map((f) => f.rule)).toEqual(ids.map((id) => `pay-transparency/${id}`));
  });

  it("names the line the salary came from; no line when there is no salary", () => {
    const [open] = rule.check(makePosting({ salary: salary({ min: null, raw: "up to $150k" }) }), { lines: { salary: { line: 7 } } });
    expect(open).toMatchObject({ field: "salary", line: 7, message: expect.stringContaining('"up to $150k"') });
    const [missing] = rule.check(makePosting({ salary: null }), { lines: {} });
    expect(missing.line).toBeUndefined();
  });

  it("pay-transparency-benefits also wants benefits, citing the places that ask for them", () => {
    const withBenefits = policyRule("pay-transparency-benefits");
    expect(withBenefits.check(makePosting({ benefits }))).toEqual([]);
    const [f] = withBenefits.check(makePosting({ benefits: [] }));
    expect(f).toMatchObject({ rule: "pay-transparency-benefits/benefits-missing", field: "benefits" });
    for (const law of PAY_TRANSPARENCY_LAWS.filter((l) => l.benefits)) expect(f.message).toContain(law.jurisdiction);
    expect(rule.check(makePosting({ benefits: [] }))).toEqual([]);
  });

  it("the laws table covers the issue's jurisdictions, three of them asking for benefits", () => {
    expect(PAY_TRANSPARENCY_LAWS.map((l) => l.jurisdiction)).toEqual(
      expect.arrayContaining(["Colorado", "New York City", "California", "Washington", "New York State", "Illinois", "Minnesota", "New Jersey", "Vermont", "Massachusetts"]),
    );
    expect(PAY_TRANSPARENCY_LAWS.find((l) => l.law?.includes("2023/970"))?.since).toBe("7 June 2026");
    expect(PAY_TRANSPARENCY_LAWS.filter((l) => l.benefits).map((l) => l.jurisdiction)).toEqual(["Colorado", "Washington", "Illinois"]);
    expect(POLICY_NAMES).toEqual(["pay-transparency", "pay-transparency-benefits"]);
  });

  it("a parse result keeps each field's source line for the rules", () => {
    const result = parseBytes(new TextEncoder().encode("\n# Alpha Engineer\n\nbody\n"), "a.md");
    expect("lines" in result && result.lines?.title).toEqual({ line: 2 });
  });
});

describe("reporters show a policy finding at its line, with its rule id", () => {
  const result: CheckResult = {
    file: "postings/a, b.md",
    status: "fail",
    findings: [{ rule: "pay-transparency/pay-range-open", field: "salary", line: 12, message: 'open-ended pay range "up to $150k": state both ends (no minimum)' }],
  };
  const summary = { total: 1, pass: 0, fail: 1, "no-expected": 0, created: 0, updated: 0, unchanged: 0, error: 0, strict: false };
  const render = async (name: "default" | "github" | "json") => {
    const sink = memorySink();
    const reporter = await createReporter(name, sink, { color: false });
    reporter.result(result);
    reporter.end(summary);
    return sink.text().split("\n");
  };
  it("default: file:line, field, message, [rule], then the summary", async () => {
    expect(await render("default")).toEqual([
      'postings/a, b.md:12: salary: open-ended pay range "up to $150k": state both ends (no minimum) [pay-transparency/pay-range-open]',
      "check: 1 posting, 1 failed",
      "",
    ]);
  });
  it("github: ::error with file, line and the rule as title (properties escaped)", async () => {
    expect((await render("github"))[0]).toBe(
      '::error file=postings/a%2C b.md,line=12,title=pay-transparency/pay-range-open::salary: open-ended pay range "up to $150k": state both ends (no minimum)',
    );
  });
  it("json: the finding keeps rule and line", async () => {
    const report = JSON.parse((await render("json")).join("\n"));
    expect(report.results[0].findings[0]).toMatchObject({ rule: "pay-transparency/pay-range-open", line: 12 });
  });
});

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** postings/ with no expected files: one lists benefits, one does not; neither states pay. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "jobparse-policy-"));
  dirs.push(dir);
  writeFiles(dir, {
    "postings/perks.md": posting("Perks Engineer", "\n## Benefits\n\n- Health insurance\n- Four-day week\n"),
    "postings/plain.md": posting("Plain Engineer"),
  });
  return dir;
}

const lines = (s: string) => s.split("\n").filter(Boolean);

function cliCases(run: Runner) {
  it("policy-only: no expected files needed, each posting fails by the rule and is named", async () => {
    const dir = workspace();
    const { code, stdout, stderr } = await run(["check", "--policy", "pay-transparency", "postings"], { cwd: dir });
    expect({ code, stderr }).toEqual({ code: 1, stderr: "" });
    expect(lines(stdout)).toEqual([
      "postings/perks.md: salary: no pay range stated (required by pay-transparency laws; see `jobparse check --help`) [pay-transparency/pay-range-missing]",
      "postings/plain.md: salary: no pay range stated (required by pay-transparency laws; see `jobparse check --help`) [pay-transparency/pay-range-missing]",
      "check: 2 postings, 2 failed",
    ]);
  });

  it("github reporter: one ::error per failure, benefits only under pay-transparency-benefits", async () => {
    const dir = workspace();
    const { code, stdout } = await run(["check", "--policy", "pay-transparency-benefits", "--reporter", "github", "postings"], { cwd: dir });
    expect(code).toBe(1);
    const errors = lines(stdout).filter((l) => l.startsWith("::error "));
    expect(errors.map((l) => l.match(/title=([^:]+)::/)?.[1])).toEqual([
      "pay-transparency-benefits/pay-range-missing",
      "pay-transparency-benefits/pay-range-missing",
      "pay-transparency-benefits/benefits-missing",
    ]);
    expect(errors[2]).toMatch(/^::error file=postings\/plain\.md,title=.*Colorado, Washington and Illinois/);
  });

  it("an expected file that exists is compared too: both apply", async () => {
    const dir = workspace();
    const expected = { ...parsePosting(posting("Plain Engineer"), { file: "plain.md" }), title: "Another Title" };
    writeFileSync(join(dir, "postings/plain.expected.json"), JSON.stringify(expected, null, 2) + "\n");
    const { code, stdout } = await run(["check", "--policy", "pay-transparency", "--reporter", "json", "postings/plain.md"], { cwd: dir });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.results[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["expected", "pay-transparency/pay-range-missing"]);
  });

  it("an unknown policy is a usage error", async () => {
    const { code } = await run(["check", "--policy", "pay-fairness", "postings"], { cwd: workspace() });
    expect(code).toBe(2);
  });

  // Needs a salary extractor; until it lands every salary is null and this case says so by skipping.
  const stated = "# Alpha Engineer\n\nSalary: up to $150,000 per year\n\n## Benefits\n\n- Health insurance\n";
  it.skipIf(parsePosting(stated).salary === null)("a stated but open range fails at the salary's line", async () => {
    const dir = workspace();
    writeFiles(dir, { "postings/plain.md": stated, "postings/perks.md": stated.replace("up to $150,000", "$120,000 - $150,000") });
    const { code, stdout } = await run(["check", "--policy", "pay-transparency", "--reporter", "github", "postings"], { cwd: dir });
    expect(code).toBe(1);
    expect(lines(stdout)[0]).toMatch(/^::error file=postings\/plain\.md,line=3,title=pay-transparency\/pay-range-open::/);
    expect(lines(stdout).at(-1)).toBe("check: 2 postings, 1 passed, 1 failed");
    // --strict still wants an expected file beside a policy.
    const strict = await run(["check", "--policy", "pay-transparency", "--strict", "postings/perks.md"], { cwd: dir });
    expect({ code: strict.code, last: lines(strict.stdout).at(-1) }).toEqual({ code: 1, last: "check: 1 posting, 1 without expected file (failed: --strict)" });
  });
}

describe("check --policy (in-process)", () => cliCases(inProcess));
describe("check --policy (spawned bin)", () => cliCases(spawned(inject("cliDir"))));
