// Every schema key but `file` and `warnings` is produced by exactly one registry entry
// (markdownlint walks all its rules the same way).
import { describe, expect, it } from "vitest";
import { EXTRACTORS } from "../../src/extract/index.js";
import { POSTING_KEYS } from "../../src/schema.js";

describe("extractor registry", () => {
  it("covers every posting field exactly once", () => {
    const produced = EXTRACTORS.flatMap((e) => e.fields);
    const expected = POSTING_KEYS.filter((k) => k !== "file" && k !== "warnings");
    expect([...produced].sort()).toEqual([...expected].sort());
    expect(new Set(produced).size).toBe(produced.length);
  });
});

describe("provenance", () => {
  it("gives each section list the line of its own heading", async () => {
    const { buildDocument } = await import("../../src/core/document.js");
    const { runExtractors } = await import("../../src/extract/index.js");
    const doc = buildDocument("# Engineer\n\n## Requirements\n\n- Go\n\n## Benefits\n\n- Dental\n");
    const { provenance } = runExtractors(doc);
    expect(provenance.requirements?.line).toBe(3);
    expect(provenance.benefits?.line).toBe(7);
    expect(provenance.niceToHave).toBeUndefined();
  });
});
