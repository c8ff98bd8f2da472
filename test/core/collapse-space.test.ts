// core/document.ts collapseSpace — it matches only runs that are not already one plain space;
// its answers must be those of collapsing every run ("replace all runs by a space, then trim").
import { describe, expect, it } from "vitest";
import { collapseSpace } from "../../src/core/document.js";
import { randomStrings } from "../random-strings.js";

// Every run of whitespace, zero-width characters and non-breaking spaces: the plain definition.
const EVERY_RUN_RE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g;
const plain = (s: string) => s.replace(EVERY_RUN_RE, " ").trim();

const ALPHABET = ["a", "b", " ", " ", "\t", "\n", "\u00a0", "\u200b", "\u200d", "\u2060", "\ufeff", "\u3000", "\u2028", "é", "-"];

describe("collapseSpace", () => {
  it.each(["", " ", "a b", "  a  b  ", "a\u00a0b", "a \u200b b", "\ufeffa", "a\n\nb", "a \t b", "\u2060", "a\u3000b"])("%j", (s) => {
    expect(collapseSpace(s)).toBe(plain(s));
  });

  it("matches the plain definition on random strings", () => {
    for (const s of randomStrings(ALPHABET, 5000, 10, 11)) expect(collapseSpace(s)).toBe(plain(s));
  });
});
