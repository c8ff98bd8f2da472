// core/shape.ts checks a posting as PostingSchema (zod) does and copies it into the schema's key
// order: the same verdict and the same output as zod's parse, on real postings and broken ones.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePosting } from "../../src/index.js";
import { compileShape } from "../../src/core/shape.js";
import { PostingSchema } from "../../src/schema.js";

const shape = compileShape(PostingSchema);
const postings = ["written", "seeds"].flatMap((folder) => {
  const dir = join(import.meta.dirname, "../../fixtures", folder);
  return readdirSync(dir)
    .filter((n) => /\.(md|txt)$/.test(n))
    .map((n) => parsePosting(readFileSync(join(dir, n)), { file: n }));
});

/** A posting with its keys in another order and an extra key, as an extractor might leave it. */
function scrambled(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { extra: 1 };
  for (const k of Object.keys(p).reverse()) out[k] = p[k];
  out.location = { ...(p.location as object), zzz: true };
  return out;
}

describe("compileShape(PostingSchema)", () => {
  it("gives zod's output, key order included, for real postings in any key order", () => {
    expect(postings.length).toBeGreaterThan(5);
    for (const p of postings) {
      const input = scrambled(p as unknown as Record<string, unknown>);
      expect(JSON.stringify(shape(input))).toBe(JSON.stringify(PostingSchema.parse(input)));
    }
  });

  it("rejects what zod rejects", () => {
    const p = postings.find((x) => x.salary !== null && x.location.countries.length > 0) ?? postings[0];
    const broken: [string, (q: Record<string, any>) => void][] = [
      ["title a number", (q) => (q.title = 5)],
      ["a key missing", (q) => delete q.company],
      ["country not ISO", (q) => (q.location = { ...q.location, countries: ["usa"] })],
      ["workplace unknown", (q) => (q.location = { ...q.location, workplace: "moon" })],
      ["negative salary", (q) => (q.salary = { min: -1, max: null, currency: "USD", period: "year", raw: "x" })],
      ["currency lower case", (q) => (q.salary = { min: 1, max: null, currency: "usd", period: "year", raw: "x" })],
      ["NaN years", (q) => (q.experienceYears = { min: Number.NaN, max: null })],
      ["skills not a list", (q) => (q.skills = "Go")],
      ["a list item not text", (q) => (q.requirements = ["ok", 3])],
    ];
    for (const [name, breakIt] of broken) {
      const q = structuredClone(p) as unknown as Record<string, any>;
      breakIt(q);
      expect(PostingSchema.safeParse(q).success, name).toBe(false);
      expect(() => shape(q), name).toThrow();
    }
  });
});
