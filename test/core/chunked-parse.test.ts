// A long posting is parsed in pieces cut at blank lines (markdown.ts PARSE_CHUNK_CHARS), so
// its cost stays linear; what is extracted must be what a whole parse gives.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { PARSE_CHUNK_CHARS } from "../../src/core/markdown.js";
import { parsePosting } from "../../src/index.js";

const section = (i: number) =>
  `## Requirements ${i}\n\n- ${i}+ years of Go and PostgreSQL\n- Kubernetes in production\n\n\`\`\`\ncode line\n\nstill code ${i}\n\`\`\`\n\nSome prose about team ${i}.\n\n`;
const long = `# Staff Engineer\n\n${Array.from({ length: 2500 }, (_, i) => section(i)).join("")}`;

describe("chunked parse", () => {
  it("is exercised by the test text", () => {
    expect(long.length).toBeGreaterThan(2 * PARSE_CHUNK_CHARS);
  });

  it("keeps every block, each on its own source line, fences unbroken", () => {
    const chunked = buildDocument(long).blocks.map((b) => [b.kind, b.line, b.text]);
    const lines = long.split("\n");
    for (const [kind, line, text] of chunked) {
      if (kind === "heading" && line !== 1) expect(lines[(line as number) - 1]).toBe(`## ${text}`);
    }
    expect(chunked.filter(([k]) => k === "heading")).toHaveLength(2501);
    expect(chunked.filter(([k]) => k === "code")).toHaveLength(2500);
  });

  it("extracts the same posting as a parse of the whole", () => {
    const posting = parsePosting(long);
    expect(posting.requirements).toHaveLength(5000);
    expect(posting.requirements[4999]).toBe("Kubernetes in production");
    expect(posting.skills).toEqual(["Go", "PostgreSQL", "Kubernetes"]);
  });

  it("cuts a giant paragraph with no blank line at a line end", () => {
    const para = `# T\n\n${"word and more words\n".repeat(20_000)}`;
    const doc = buildDocument(para);
    expect(doc.blocks.length).toBeGreaterThan(2);
    expect(doc.blocks.every((b) => b.kind !== "code")).toBe(true);
  });
});

describe("many items", () => {
  // 200,000 is past what a spread (`push(...items)`) survives, so it cannot shrink; parsing 2 MB
  // takes ~15 s on an idle 2-core machine and over 45 s on a loaded one, hence its own timeout.
  it("200,000 list items in one section neither throw nor lose items", { timeout: 180_000 }, () => {
    const posting = parsePosting(`# T\n\n## Requirements\n\n${"- 5+ years\n".repeat(200_000)}`);
    expect(posting.requirements).toHaveLength(200_000);
    expect(posting.experienceYears).toEqual({ min: 5, max: null });
  });
});
