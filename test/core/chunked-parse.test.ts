// A long posting is parsed in pieces cut at blank lines (markdown.ts PARSE_CHUNK_CHARS), so
// its cost stays linear; what is extracted must be what a whole parse gives.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { MAX_MARKDOWN_CHARS, MAX_MARKDOWN_LINES, PARSE_CHUNK_CHARS } from "../../src/core/markdown.js";
import { runExtractors } from "../../src/extract/index.js";
import { limitMarkup } from "../../src/core/limits.js";
import { parsePosting } from "../../src/index.js";

// Long prose in each section: micromark's time grows with the number of blocks and list items,
// not with the characters, and the length is what makes the parse go in pieces.
const section = (i: number) =>
  `## Requirements ${i}\n\n- ${i}+ years of Go and PostgreSQL\n- Kubernetes in production\n\n\`\`\`\ncode line\n\nstill code ${i}\n\`\`\`\n\nSome prose about team ${i}, ${"and the work it does all week ".repeat(20)}\n\n`;
const SECTIONS = 500;
const long = `# Staff Engineer\n\n${Array.from({ length: SECTIONS }, (_, i) => section(i)).join("")}`;

describe("chunked parse", () => {
  // One parse of the long text for the tests below: it is most of this file's time.
  let doc: ReturnType<typeof buildDocument> | undefined;
  const longDoc = () => (doc ??= buildDocument(long));

  it("is exercised by the test text", () => {
    expect(long.length).toBeGreaterThan(2 * PARSE_CHUNK_CHARS);
  });

  it("keeps every block, each on its own source line, fences unbroken", () => {
    const chunked = longDoc().blocks.map((b) => [b.kind, b.line, b.text]);
    const lines = long.split("\n");
    for (const [kind, line, text] of chunked) {
      if (kind === "heading" && line !== 1) expect(lines[(line as number) - 1]).toBe(`## ${text}`);
    }
    expect(chunked.filter(([k]) => k === "heading")).toHaveLength(SECTIONS + 1);
    expect(chunked.filter(([k]) => k === "code")).toHaveLength(SECTIONS);
  });

  it("extracts the same posting as a parse of the whole", () => {
    // The extractors over that document are what parsePosting runs on it: the pre-parse limits
    // leave the text as it is.
    expect(limitMarkup(long)).toEqual({ text: long, gfm: true, warnings: [] });
    const { values } = runExtractors(longDoc());
    expect(values.requirements).toHaveLength(2 * SECTIONS);
    expect(values.requirements?.[2 * SECTIONS - 1]).toBe("Kubernetes in production");
    expect(values.skills).toEqual(["Go", "PostgreSQL", "Kubernetes"]);
  });

  it("cuts a giant paragraph with no blank line at a line end", () => {
    // Just past one piece: the cut has to fall inside the paragraph.
    const para = `# T\n\n${"word and more words\n".repeat(Math.ceil(PARSE_CHUNK_CHARS / 19) + 500)}`;
    expect(para.length).toBeGreaterThan(PARSE_CHUNK_CHARS);
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
    // Long items: micromark's time on the part before the limit grows with the item count.
    const item = "- 5+ years of Go, PostgreSQL and Kubernetes in production, on call one week in six\n";
    const count = Math.ceil((MAX_MARKDOWN_CHARS * 1.5) / item.length);
    const posting = parsePosting(`# T\n\n## Requirements\n\n${item.repeat(count)}`);
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
