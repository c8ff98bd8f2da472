// core/document.ts collapseSpace — it matches only runs that are not already one plain space;
// its answers must be those of collapsing every run ("replace all runs by a space, then trim").
import { describe, expect, it } from "vitest";
import { collapseSpace } from "../../src/core/document.js";

// Every run of whitespace, zero-width characters and non-breaking spaces: the plain definition.
const EVERY_RUN_RE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g;
const plain = (s: string) => s.replace(EVERY_RUN_RE, " ").trim();

const ALPHABET = ["a", "b", " ", " ", "\t", "\n", "\u00a0", "\u200b", "\u200d", "\u2060", "\ufeff", "\u3000", "\u2028", "é", "-"];

describe("collapseSpace", () => {
  it.each(["", " ", "a b", "  a  b  ", "a\u00a0b", "a \u200b b", "\ufeffa", "a\n\nb", "a \t b", "\u2060", "a\u3000b"])("%j", (s) => {
    expect(collapseSpace(s)).toBe(plain(s));
  });

  it("matches the plain definition on random strings", () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % ALPHABET.length;
    for (let n = 0; n < 5000; n++) {
      let s = "";
      for (let i = 0; i < 10; i++) s += ALPHABET[next()];
      expect(collapseSpace(s)).toBe(plain(s));
    }
  });
});
