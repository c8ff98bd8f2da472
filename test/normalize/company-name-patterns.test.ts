// The body's company patterns (normalize/company-name-patterns.ts): each runs only where its cue
// is, and the lines scanned are capped in all (issue 6) — behaviour checked here, speed by
// scripts/hostile.mjs and the bench.
import { describe, expect, it } from "vitest";
import { buildDocument, MAX_BLOCK_CHARS } from "../../src/core/document.js";
import { bodyCompanyName } from "../../src/normalize/company-name-patterns.js";
import { parsePosting } from "../../src/index.js";
import { PostingSchema } from "../../src/schema.js";

const nameOf = (text: string) => bodyCompanyName(buildDocument(text))?.name ?? null;

describe("cues", () => {
  it.each([
    ["Deel and our family of growing companies are made up of global teams.", "Deel"],
    ["We ship.\nDeel and its family of companies hire.", "Deel"],
    ["Join Wrapbook and build payroll. Wrapbook grows. Wrapbook pays.", "Wrapbook"],
    ["It is the core of Rula’s business. Rula heals. Rula grows.", "Rula"],
    ["Since 2007, Geoforce has been an industry leader.", "Geoforce"],
    ["Prompt is revolutionizing care.\n\nPrompt grows. Prompt hires.", "Prompt"],
  ])("%j → %s", (text, expected) => {
    expect(nameOf(text)).toBe(expected);
  });

  it("finds a name whose cue is on another line of the same paragraph only where the cue is", () => {
    // "family of" on line 2 does not make line 1's "Acme Corp" a match.
    expect(nameOf("Acme Corp builds tools.\nWe are a family of engineers.")).toBe(null);
  });
});

describe("Latin-1 classes", () => {
  it.each([
    ["Über Ärzte is hiring engineers.", "Über Ärzte"],
    ["Über Ärzte is hiring engineers — Ω.", "Über Ärzte"],
    ["Şirket is hiring engineers.", "Şirket"],
    ["Über Ärzte is hiring. ŞirketX is hiring.", "Über Ärzte"],
  ])("finds the same names in Latin-1 lines and beyond: %j", (text, name) => {
    expect(nameOf(text)).toBe(name);
  });
});

describe("hostile lines", () => {
  it("reads no further than the scan cap: a name past 60,000 characters of lines is not found", () => {
    const filler = Array.from({ length: 100 }, (_, i) => `Paragraph ${i} ${"word ".repeat(150)}`).join("\n\n");
    expect(nameOf(`${filler}\n\nWelcome to Welltech. Welltech grows.\n`)).toBe(null);
    expect(nameOf(`Welcome to Welltech. Welltech grows.\n\n${filler}\n`)).toBe("Welltech");
  });

  // 20,000 repeats: a line past the block cap (fields read its first MAX_BLOCK_CHARS), so the
  // patterns meet as much of it as they would of any longer line.
  it.each([
    ["capitalised words", "Aaaa ".repeat(20_000)],
    ["possessives", "Aaa’s mission ".repeat(20_000)],
    ["family cues", "A and our family of ".repeat(20_000)],
    ["joins", "Join ".repeat(20_000)],
  ])("20,000 × %s give a schema-valid posting", (_name, line) => {
    expect(line.length).toBeGreaterThan(2 * MAX_BLOCK_CHARS);
    const posting = parsePosting(`${line}\n`);
    expect(PostingSchema.safeParse(posting).success).toBe(true);
    expect(posting.warnings.join("\n")).toMatch(/A block longer than \d+ characters/);
  });
});
