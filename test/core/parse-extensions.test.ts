// core/markdown.ts parses each posting with only the syntax extensions it can use (tables,
// frontmatter). These cases pin that the cheap pre-checks never miss a table or frontmatter.
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/core/document.js";
import { parseMarkdown } from "../../src/core/markdown.js";

const types = (text: string) => parseMarkdown(text).children.map((n) => n.type);

describe("parseMarkdown picks its extensions from the text", () => {
  it.each([
    ["piped delimiter row", "| Level | Pay |\n| --- | --- |\n| Senior | $150k |"],
    ["aligned delimiter row", "| Level | Pay |\n|:---|---:|\n| Senior | $150k |"],
    ["no outer pipes", "Level | Pay\n--- | ---\nSenior | $150k"],
    ["one column", "| Level |\n| - |\n| Senior |"],
    ["indented", "  | Level | Pay |\n  | --- | --- |"],
  ])("reads a GFM table: %s", (_name, text) => {
    expect(types(`Intro\n\n${text}`)).toEqual(["paragraph", "table"]);
  });

  it("reads a pipe in prose as text, not a table", () => {
    expect(types("Remote | Full-time | $120k\n\n---\n\nMore")).toEqual(["paragraph", "thematicBreak", "paragraph"]);
  });

  it("reads YAML frontmatter only at the very start", () => {
    expect(types("---\ntitle: Engineer\n---\n\n# Engineer")).toEqual(["yaml", "heading"]);
    expect(types("# Engineer\n\n---\ntitle: x\n---")).toEqual(["heading", "thematicBreak", "heading"]);
  });

  it("reads TOML frontmatter", () => {
    expect(types("+++\ntitle = 'Engineer'\n+++\n\nBody")).toEqual(["toml", "paragraph"]);
  });

  it("reads no table when GFM is switched off (a giant paragraph)", () => {
    expect(parseMarkdown("| a | b |\n| - | - |", { gfm: false }).children.map((n) => n.type)).toEqual(["paragraph"]);
  });
});

describe("struck-out text is withdrawn", () => {
  it.each([
    ["GFM strikethrough", "- Laptop\n- ~~Remote work from home~~\n"],
    ["an HTML <del> in markdown", "- Laptop\n- <del>Remote work from home</del>\n"],
  ])("%s is not posting text", (_name, text) => {
    const doc = buildDocument(text);
    expect(doc.plainText).toContain("Laptop");
    expect(doc.plainText).not.toContain("Remote work");
  });
});
