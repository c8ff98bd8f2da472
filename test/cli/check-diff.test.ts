// check's field-by-field diff: scalars, lists as multisets, nested paths.
import { describe, expect, it } from "vitest";
import { canonical, diffPostings } from "../../src/cli/commands/check-diff.js";
import { expectedPathOf, requireRule } from "../../src/cli/commands/check.js";
import { makePosting } from "../format/posting.js";

describe("diffPostings", () => {
  it("is empty for equal postings, whatever the key order", () => {
    const p = makePosting();
    const reordered = Object.fromEntries(Object.entries(p).reverse());
    expect(diffPostings(p, reordered)).toEqual([]);
  });
  it("names nested scalar paths with expected and actual", () => {
    const d = diffPostings(makePosting(), makePosting({ salary: { min: 1, max: 150000, currency: "USD", period: "year", raw: "$120k–$150k" }, title: null }));
    expect(d).toEqual([
      { path: "title", expected: "Backend Engineer", actual: null },
      { path: "salary.min", expected: 120000, actual: 1 },
    ]);
  });
  it("a whole object against null is one difference", () => {
    expect(diffPostings(makePosting(), makePosting({ salary: null })).map((d) => d.path)).toEqual(["salary"]);
  });
  it("lists: the missing and extra items, counting repeats", () => {
    const d = diffPostings(makePosting({ requirements: ["a", "b", "b"] }), makePosting({ requirements: ["b", "c"] }));
    expect(d).toEqual([{ path: "requirements", missing: ["a", "b"], extra: ["c"], expectedLength: 3, actualLength: 2 }]);
  });
  it("lists: same items in another order", () => {
    expect(diffPostings(makePosting({ skills: ["Go", "SQL"] }), makePosting({ skills: ["SQL", "Go"] }))).toEqual([
      { path: "skills", reordered: true, expectedLength: 2, actualLength: 2 },
    ]);
  });
  it("a field absent on one side", () => {
    const { warnings: _w, ...noWarnings } = makePosting();
    expect(diffPostings(makePosting(), noWarnings)).toEqual([{ path: "warnings", expected: [], actual: undefined }]);
  });
  it("canonical text ignores key order only", () => {
    expect(canonical({ a: 1, b: [1, 2] })).toBe(canonical({ b: [1, 2], a: 1 }));
    expect(canonical([1, 2])).not.toBe(canonical([2, 1]));
  });
});

describe("check helpers", () => {
  it.each([
    ["fixtures/seeds/000_x.txt", "fixtures/seeds/000_x.expected.json"],
    ["a/b.md", "a/b.expected.json"],
    ["a/README", "a/README.expected.json"],
    ["a/v1.2.md", "a/v1.2.expected.json"],
  ])("%s is checked against %s", (posting, expected) => expect(expectedPathOf(posting)).toBe(expected));

  it("--require: null, empty text and empty lists fail; values pass", () => {
    const rule = requireRule(["title", "salary.min", "skills", "company"]);
    expect(rule.check(makePosting())).toEqual([]);
    expect(rule.check(makePosting({ title: "", salary: null, skills: [] })).map((f) => `${f.field}: ${f.message}`)).toEqual([
      "title: required, but empty",
      "salary.min: required, but null",
      "skills: required, but empty",
    ]);
  });
});
