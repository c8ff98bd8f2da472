import { describe, expect, it } from "vitest";
import { hasAtMostWords, wordCount } from "../../src/normalize/list-lines.js";

describe("word counts", () => {
  it("counts runs of characters between spaces", () => {
    expect(wordCount("")).toBe(0);
    expect(wordCount("Nice to have")).toBe(3);
    expect(wordCount("  two   words ")).toBe(2);
  });

  it("says whether a text has at most so many words, as the full count would", () => {
    for (const text of ["", "one", "Nice to have", "  two   words ", "a b c d e f g h i j k l"]) {
      for (let max = 0; max <= 13; max++) expect(hasAtMostWords(text, max)).toBe(wordCount(text) <= max);
    }
  });
});
