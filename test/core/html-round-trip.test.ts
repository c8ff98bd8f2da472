// Round trip through a page's JSON-LD (SPEC §1 "Input formats"): each fixture's `--format
// jsonld` node, put in an HTML page's <script type="application/ld+json">, parses back to the
// same title, company, salary, location and employment type. The page has no body of its own
// but the JSON-LD, so every value comes from the reader of publisher data (core/json-ld.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toJobPosting } from "../../src/format/jsonld.js";
import { parsePosting } from "../../src/index.js";
import type { Posting } from "../../src/schema.js";

const root = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const fixtures = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !e.name.endsWith(".expected.json"))
  .map((e) => join(e.parentPath ?? e.path, e.name));

function pageOf(node: Record<string, unknown>): string {
  const json = JSON.stringify(node).replace(/<\//g, "<\\/");
  return `<!DOCTYPE html><html><head><script type="application/ld+json">${json}</script></head><body></body></html>`;
}

/** What the round trip keeps: the header fields a JobPosting carries. */
function headerFields(p: Posting) {
  const { raw: _raw, ...salary } = p.salary ?? { raw: null };
  return {
    title: p.title,
    company: p.company,
    salary: p.salary ? salary : null,
    employmentType: p.employmentType,
    workplace: p.location.workplace === "remote" ? "remote" : null,
    countries: [...p.location.countries].sort(),
    cities: [...p.location.cities].sort(),
  };
}

describe("a fixture's JSON-LD, in a page, parses back to the same header", () => {
  it("finds the fixtures", () => expect(fixtures.length).toBeGreaterThan(0));
  it.each(fixtures.map((f) => [f.slice(root.length)]))("%s", (rel) => {
    const original = parsePosting(readFileSync(join(root, rel)), { file: rel });
    const back = parsePosting(pageOf(toJobPosting(original)), { file: "page.html" });
    const want = headerFields(original);
    // JSON-LD names cities and countries; a hybrid or on-site workplace it cannot say.
    if (original.location.workplace !== "remote") want.workplace = null;
    expect(headerFields(back)).toEqual(want);
  });
});
