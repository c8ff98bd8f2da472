// A long posting is parsed in pieces cut at blank lines (markdown.ts PARSE_CHUNK_CHARS), so
// its cost stays linear; what is extracted must be what a whole parse gives.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { MAX_MARKDOWN_CHARS, MAX_MARKDOWN_LINES, PARSE_CHUNK_CHARS } from "../../src/core/markdown.js";
import { runExtractors } from "../../src/extract/index.js";
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
  // 200,000 is past what a spread (`push(...items)`) survives. Every extractor runs over a
  // document of that many item blocks built directly, so no markdown parse (15 s for 2 MB) is
  // needed to show it; the parse of a long list is shown past the line-by-line threshold below.
  it("200,000 list items in one section neither throw nor lose items in any extractor", () => {
    const small = buildDocument("# T\n\n## Requirements\n\n- 5+ years\n");
    const [title, heading, item] = small.blocks;
    const items = Array.from({ length: 200_000 }, (_, i) => ({ ...item, line: 5 + i, endLine: 5 + i }));
    const text = `# T\n\n## Requirements\n\n${"- 5+ years\n".repeat(200_000)}`;
    const doc = { ...small, text, blocks: [title, heading].concat(items), plainText: text };
    const { values } = runExtractors(doc);
    expect(values.requirements).toHaveLength(200_000);
    expect(values.experienceYears).toEqual({ min: 5, max: null });
  });

  it("a list longer than the markdown limit loses no item", () => {
    const count = Math.ceil((MAX_MARKDOWN_CHARS * 1.5) / "- 5+ years\n".length);
    const posting = parsePosting(`# T\n\n## Requirements\n\n${"- 5+ years\n".repeat(count)}`);
    expect(posting.requirements).toHaveLength(count);
    expect(posting.experienceYears).toEqual({ min: 5, max: null });
  });

  it("a short text of more lines than micromark reads is read line by line past the line cap, no item lost", () => {
    // Thousands of one-word items fit well under the character cap but cost micromark memory per
    // block; past the line cap the rest is read line by line.
    const count = MAX_MARKDOWN_LINES * 2;
    const text = `# T\n\n## Requirements\n\n${Array.from({ length: count }, (_, i) => `- item ${i}\n`).join("")}`;
    expect(text.length).toBeLessThan(MAX_MARKDOWN_CHARS);
    const posting = parsePosting(text);
    expect(posting.requirements).toHaveLength(count);
    expect(posting.requirements[count - 1]).toBe(`item ${count - 1}`);
    expect(posting.warnings.find((w) => w.includes(`${MAX_MARKDOWN_LINES} lines`))).toMatch(/from line \d+/);
  });
});
