// Pre-parse limits (core/limits.ts) and hostile text (issue 6): deep nesting, giant paragraphs
// and mark floods finish — hang guards with a generous timeout, never a speed assertion — and
// still give a valid posting; ordinary postings pass the limits untouched.
import { describe, expect, it } from "vitest";
import { limitMarkup, MAX_CONTAINER_DEPTH, MAX_INLINE_MARKS } from "../../src/core/limits.js";
import { parsePosting } from "../../src/index.js";
import { PostingSchema } from "../../src/schema.js";

// Finishing at all is the assertion; the bound only stops a hang from stalling the suite.
const HANG_GUARD_MS = 120_000;

const POSTING = `# [Senior Engineer](https://example.com/1)
### Acme
#### \`💰 USD 120000.0~150000.0\` \`🌎 Remote\`

> Quote with **bold**, _em_, \`code\` and [a link](https://a.b).

## Requirements
- 5+ years of Go
  - nested *item*
    1. deeper

| a | b |
|---|---|
| $1 | Remote |
`;

describe("limitMarkup", () => {
  it("leaves an ordinary posting untouched, with GFM and no warnings", () => {
    expect(limitMarkup(POSTING)).toEqual({ text: POSTING, gfm: true, warnings: [] });
  });

  it("keeps the first containers of a deep line and drops the deeper markers, not the text", () => {
    const { text, warnings } = limitMarkup(`${"> ".repeat(40)}x`);
    expect(text).toBe(`${"> ".repeat(MAX_CONTAINER_DEPTH)}x`);
    expect(warnings).toHaveLength(1);
  });

  it("drops marks past the cap in one paragraph, and counts again after a blank line", () => {
    const flood = "*a".repeat(MAX_INLINE_MARKS + 10);
    const { text, warnings } = limitMarkup(`${flood}\n\n**ok**`);
    expect(text.split("\n")[0]).toBe("*a".repeat(MAX_INLINE_MARKS) + "a".repeat(10));
    expect(text.endsWith("\n\n**ok**")).toBe(true);
    expect(warnings[0]).toMatch(/line 1/);
  });

  it("counts character references as marks: a paragraph of thousands keeps the first ones only", () => {
    const flood = "&amp;x".repeat(MAX_INLINE_MARKS + 10);
    const { text, warnings } = limitMarkup(`Tom &amp; Jerry\n\n${flood}`);
    const [first, , storm] = text.split("\n");
    expect(first).toBe("Tom &amp; Jerry");
    expect(storm).toBe("&amp;x".repeat(MAX_INLINE_MARKS) + "amp;x".repeat(10));
    expect(warnings[0]).toMatch(/line 3/);
  });

  it("keeps escapes and text whole while dropping marks, across lines of one paragraph", () => {
    // Escaped marks (`\\*`) are text and never count; a pair of surrogates (an emoji) is kept
    // whole; the count carries from one line to the next of the same paragraph.
    const line = "\\*x *y* 😀 `z` [w](u) ~s~ <b> _t_ \\\\ ";
    const marksPerLine = 11;
    const lines = Array.from({ length: Math.ceil(MAX_INLINE_MARKS / marksPerLine) + 3 }, () => line);
    const { text } = limitMarkup(lines.join("\n"));
    const out = text.split("\n");
    expect(out[0]).toBe(line);
    const last = out[out.length - 1];
    expect(last).toBe("\\*x y 😀 z w(u) s b> t \\\\ ");
    expect(text.match(/[*_[\]`~<]/g)?.length).toBeLessThanOrEqual(MAX_INLINE_MARKS + lines.length);
  });

  it("turns GFM off for a giant paragraph", () => {
    expect(limitMarkup("word ".repeat(20_000)).gfm).toBe(false);
  });
});

// Each input past the caps it tests; the third column, where given, is the warning that shows it
// still reaches them at the size chosen (sizes cut where a size past the caps costs seconds).
const HOSTILE: [string, () => string, RegExp?][] = [
  ["20,000 nested > on one line", () => `${"> ".repeat(20_000)}text`],
  ["20,000 nested - on one line", () => `${"- ".repeat(20_000)}text`],
  ["20,000 nested > - on one line", () => `${"> - ".repeat(20_000)}text`],
  ["600 lines of one more > each", () => Array.from({ length: 600 }, (_, i) => `${">".repeat(i + 1)} x`).join("\n"), /Nesting deeper than/],
  ["600 lists nested by indentation", () => Array.from({ length: 600 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n"), /Nesting deeper than/],
  ["20,000 nested emphasis", () => `${"**a ".repeat(20_000)}x${" b**".repeat(20_000)}`],
  ["20,000 nested links", () => `${"[".repeat(20_000)}x${"](a)".repeat(20_000)}`],
  ["200,000 × ](", () => "](".repeat(200_000)],
  ["200,000 × $1,", () => `Salary: ${"$1,".repeat(200_000)}`],
  ["200,000 × 5+ years", () => `## Requirements\n- ${"5+ years ".repeat(200_000)}`],
  ["200,000 × https://a", () => "https://a".repeat(200_000)],
  ["200,000 × ðŸ", () => `# ${"ðŸ".repeat(200_000)}`],
  ["14,000 lines of Location:", () => "Location: Remote, US\n".repeat(14_000), /Text longer than \d+ characters/],
  // Overlapping blank runs in the table-row test and the company-name tail (both linear now).
  ["|- and 200,000 spaces", () => `| a |\n|-${" ".repeat(200_000)}x\n`],
  ["a byte-order mark, then 20,000 nested -", () => `\ufeff${"- ".repeat(20_000)}text`],
  ["a company with 200,000 commas", () => `# T\n### Acme${",".repeat(200_000)}x\n\nText.\n`],
];

describe("hostile text finishes and gives a valid posting", () => {
  it.each(HOSTILE)("%s", (_name, make, fires) => {
    const posting = parsePosting(make());
    expect(PostingSchema.safeParse(posting).success).toBe(true);
    if (fires) expect(posting.warnings.join("\n")).toMatch(fires);
  }, HANG_GUARD_MS);

  it("caps nesting behind a byte-order mark that opens the text, as micromark skips it", () => {
    const { text } = limitMarkup(`\ufeff${"- ".repeat(100)}text`);
    expect(text).toBe(`\ufeff${"- ".repeat(MAX_CONTAINER_DEPTH)}text`);
  });

  it("says which limit fired", () => {
    expect(parsePosting(`${"> ".repeat(20_000)}text`).warnings.join("\n")).toMatch(/Nesting deeper than/);
  });
});
