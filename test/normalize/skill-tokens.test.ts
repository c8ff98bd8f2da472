// normalize/skill-tokens.ts — the hand-written scan must find exactly the tokens of its reference
// pattern, on the awkward characters (astral letters, lone surrogates, marks at either end).
import { describe, expect, it } from "vitest";
import { KeyStarts, scanTokens, tokenize } from "../../src/normalize/skill-tokens.js";
import { randomStrings } from "../random-strings.js";

// The reference pattern quoted in skill-tokens.ts.
const REFERENCE_RE = /\.?[\p{L}\p{N}](?:[\p{L}\p{N}_]|[.\-'’](?=[\p{L}\p{N}]))*(?:[+#]{2,}|#|\+(?![A-Za-z]))?/gu;
// A hashtag or handle mark before a token.
const TAG_RE = /[#@]/;

function reference(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(REFERENCE_RE)) if (!(m.index > 0 && TAG_RE.test(text[m.index - 1]))) out.push(`${m.index}:${m[0]}`);
  return out;
}

function scanned(text: string): string[] {
  const out: string[] = [];
  scanTokens(text, (start, end) => out.push(`${start}:${text.slice(start, end)}`));
  return out;
}

const ALPHABET = ["a", "Z", "7", ".", "-", "'", "’", "_", "+", "#", "@", " ", "\n", "é", "ß", "²", "İ", "𝒳", "😀", "\ud800", "\udc00", "中", "/", "&", "(", "٣"];

describe("scanTokens", () => {
  it.each([
    ".NET and C# or C++ (Node.js, cert-manager, fp-ts)",
    "#LI-JS1 @golang x.Go skills.Python Python's Angular2+",
    "a..b .. .x -a a- a-'b a’b a’ ’a _a a_ a__b",
    "𝒳yz 😀a a😀 \ud800a a\udc00 résumé İstanbul 中文 ٣٤",
    "",
    "+#",
    "a#b c@d e##f",
    "Go+Postgres React+TS C++x C+ C+1 a+#b",
  ])("%j", (text) => {
    expect(scanned(text)).toEqual(reference(text));
  });

  it("matches the reference on random strings", () => {
    for (const text of randomStrings(ALPHABET, 3000, 12, 7)) expect(scanned(text)).toEqual(reference(text));
  });
});

describe("tokenize", () => {
  const starts = new KeyStarts(new Set(["node.js", "python", "velero", "go", "c++"]));
  const texts = (text: string) => tokenize(text, starts).map((t) => [t.text, t.startsKey]);

  it("splits compounds that start no key and keeps those that do", () => {
    expect(texts("Node.js x.Go Python's Velero-backup Python3 C++11")).toEqual([
      ["Node.js", true],
      ["x", false],
      ["Go", true],
      ["Python", true],
      ["s", false],
      ["Velero", true],
      ["backup", false],
      ["Python", true],
      ["C++", true],
      ["11", false],
    ]);
  });
});
