// Text past MAX_MARKDOWN_CHARS is read line by line (core/line-tree.ts): headings, items and
// paragraphs survive, so a giant posting's late sections still give their items (issue 6).
import { describe, expect, it } from "vitest";
import { cutWarning, lineTree } from "../../src/core/line-tree.js";
import { buildDocument } from "../../src/core/document.js";
import { MAX_MARKDOWN_CHARS } from "../../src/core/markdown.js";
import { parsePosting } from "../../src/index.js";

describe("lineTree", () => {
  it("reads headings, items, bold label lines and paragraphs", () => {
    const tree = lineTree("## Benefits ##\n- Health\n2) PTO\n\n**Nice to have**\n\nplain\ntext\n#hashtag\n");
    expect(tree.children.map((n) => n.type)).toEqual(["heading", "list", "list", "paragraph", "paragraph"]);
    expect(JSON.stringify(tree.children[3])).toContain('"type":"strong"');
    expect(JSON.stringify(tree.children[0])).toContain('"value":"Benefits"');
    expect(JSON.stringify(tree.children[4])).toContain('"value":"plain\\ntext\\n#hashtag"');
  });

  it("reads fenced code as code, up to its closing fence or the end", () => {
    const tree = lineTree("```\n# not a heading\n- not an item\n```\n- item\n~~~\nopen");
    expect(tree.children.map((n) => n.type)).toEqual(["code", "list", "code"]);
    expect(JSON.stringify(tree.children[0])).toContain('"value":"# not a heading\\n- not an item"');
  });

  it("numbers lines from the line it is given", () => {
    expect(lineTree("a\n\n# B", 41).children.map((n) => n.position?.start.line)).toEqual([41, 43]);
  });

  it("keeps a heading's text that ends in a hash glued to a word", () => {
    expect(JSON.stringify(lineTree("# C#").children[0])).toContain('"value":"C#"');
  });
});

describe("a posting longer than MAX_MARKDOWN_CHARS", () => {
  // Long paragraphs: micromark's time before the limit grows with the number of blocks.
  const paragraph = `${"Some prose about the team and the product. ".repeat(10)}\n\n`;
  const filler = paragraph.repeat(Math.ceil(MAX_MARKDOWN_CHARS / paragraph.length) + 10);
  const text = `# Staff Engineer\n\n${filler}## Requirements\n\n- 5+ years of Go\n- PostgreSQL\n\n## Benefits\n\n**Perks**\n\n- 30 days PTO\n`;

  it("still gives the items of a section past the limit, and says it read that part line by line", () => {
    const posting = parsePosting(text);
    expect(posting.requirements).toEqual(["5+ years of Go", "PostgreSQL"]);
    expect(posting.benefits).toEqual(["30 days PTO"]);
    expect(posting.warnings.join("\n")).toMatch(/read line by line/);
  });

  it("numbers the lines read line by line as in the text", () => {
    const doc = buildDocument(text);
    const heading = doc.blocks.find((b) => b.text === "Requirements");
    expect(text.split("\n")[(heading?.line ?? 0) - 1]).toBe("## Requirements");
  });
});

describe("line reader block cap", () => {
  it("stops at its block limit, and says from which line it did not read", () => {
    const tree = lineTree("- a\n- b\n- c\n- d\n", 10, 2);
    expect(tree.children).toHaveLength(2);
    expect(tree.cutAtLine).toBe(12);
    expect(cutWarning(tree)).toMatch(/from line 12 on was not read/);
  });

  it("reads everything up to the limit, with no cut", () => {
    const tree = lineTree("- a\n- b", 1, 2);
    expect(tree.children).toHaveLength(2);
    expect(cutWarning(tree)).toBeNull();
  });
});
