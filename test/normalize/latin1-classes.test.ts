// normalize/latin1-classes.ts: a pattern's Latin-1 cut must match a Latin-1 text exactly as the
// pattern as written does, so which form a text gets never changes a result.
import { describe, expect, it } from "vitest";
import { LATIN1_CLASSES, WordPattern, cutToLatin1, isLatin1Words } from "../../src/normalize/latin1-classes.js";

const everyCodePoint = function* () {
  for (let c = 0; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) yield String.fromCodePoint(c);
};

describe("the cut classes", () => {
  // Every character a Latin-1 text can hold: each cut class says of it what its \p class says,
  // as written and under /i (whose case variants of a Latin-1 letter are letters past Latin-1).
  it.each([
    ["letter", "\\p{L}", "u"],
    ["letter", "\\p{L}", "iu"],
    ["digit", "\\p{N}", "u"],
    ["digit", "\\p{N}", "iu"],
    ["upper", "\\p{Lu}", "u"],
    ["lower", "\\p{Ll}", "u"],
  ] as const)("%s is %s under /%s on every character of a Latin-1 text", (name, unicode, flags) => {
    const cut = new RegExp(`^[${LATIN1_CLASSES[name]}]$`, flags);
    const full = new RegExp(`^${unicode}$`, flags);
    const disagree = [...everyCodePoint()].filter((ch) => isLatin1Words(ch) && cut.test(ch) !== full.test(ch));
    expect(disagree).toEqual([]);
  });

  it("no mark is a Latin-1 text", () => {
    expect([...everyCodePoint()].filter((ch) => isLatin1Words(ch) && /\p{M}/iu.test(ch))).toEqual([]);
  });

  it.each([
    ["plain ASCII", "Senior Engineer, $120k", true],
    ["Latin-1 letters and punctuation past it", "Café – “Zürich” • 5 000 € ’", true],
    ["a letter past Latin-1", "Łódź", false],
    ["a combining accent", "Cafe\u0301", false],
    ["a digit past Latin-1", "٣ years", false],
    ["an emoji (no letter)", "🚀 Remote", true],
  ])("isLatin1Words: %s", (_, text, latin1) => {
    expect(isLatin1Words(text)).toBe(latin1);
  });
});

describe("cutToLatin1", () => {
  it("cuts classes inside and outside brackets, leaves other escapes and \\p{Lu} under /i", () => {
    expect(cutToLatin1(String.raw`(?<![\p{L}\p{N}_])\p{L}+\p{M}*\d\.`, "u")).toBe(
      String.raw`(?<![A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff0-9\xb2\xb3\xb9\xbc-\xbe_])[A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff]+[]*\d\.`,
    );
    expect(cutToLatin1(String.raw`^\p{Lu}\p{Extended_Pictographic}`, "iu")).toBe(String.raw`^\p{Lu}\p{Extended_Pictographic}`);
    expect(cutToLatin1(String.raw`^\p{Lu}`, "u")).toBe(String.raw`^[A-Z\xc0-\xd6\xd8-\xde]`);
  });
});

describe("WordPattern", () => {
  // Patterns of the kinds the extractors write: word edges, runs of letters, marks, capitals.
  const patterns = [
    [String.raw`(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:per month|monat|mês|an)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))`, "giu"],
    [String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’]*`, "gu"],
    [String.raw`[^\p{L}\p{N}']+`, "gu"],
    [String.raw`\p{M}+`, "gu"],
    [String.raw`^[^\p{L}\p{N}]*(?:[\p{L}\p{N}]+[^\p{L}\p{N}]+){5}[\p{L}\p{N}]`, "u"],
    [String.raw`(?<![\p{L}])(?:Dienstort|lieu de travail)\s+(\p{Lu}[\p{L}.-]{1,30})`, "u"],
  ] as const;
  const texts = [
    "€5.000 pro Monat, 60k an", "Kraków, São Paulo and Zürich", "Dienstort Münster", "lieu de travail Évry", "ÉTÉ d'été — ÿ ß µ ª º",
    "a b c d e f g", "Straße 12 · Ärzte", "Cafe\u0301 Ŝ ſ K Å", "Łódź per month", "٣ an", "x".repeat(50), "Ana'\u2019s mês",
  ];
  it.each(patterns)("%s /%s: the form a text gets finds what the pattern as written finds", (source, flags) => {
    const written = new RegExp(source, flags);
    const pattern = new WordPattern(source, flags);
    for (const text of texts) {
      const found = (re: RegExp) => (re.global ? [...text.matchAll(re)].map((m) => [m.index, ...m]) : [re.exec(text)?.index, ...(re.exec(text) ?? [])]);
      expect(found(pattern.for(text)), text).toEqual(found(written));
      // The cut form on a Latin-1 text, forced, as a check of the cut itself.
      if (isLatin1Words(text)) expect(found(new RegExp(cutToLatin1(source, flags), flags)), text).toEqual(found(written));
    }
  });
});
