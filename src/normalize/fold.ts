// Folding of place names for lookup (SPEC §1 "location"): lower case, accents and dots
// dropped, hyphens and apostrophes as spaces, so "Kraków" = "krakow", "U.S." = "us",
// "Cluj-Napoca" = "cluj napoca", "St. Louis" = "st louis".
import { WordPattern } from "./latin1-classes.js";

// Combining marks left by NFD (the accents of "Kraków", "São").
const MARK_RE = new WordPattern(String.raw`\p{M}+`, "gu");
// Dots of abbreviations ("U.S.", "St.", "D.C.") vanish; other punctuation separates words.
const DOT_RE = /\./g;
// Anything that is not a letter or digit separates words.
const NON_WORD_RE = new WordPattern(String.raw`[^\p{L}\p{N}]+`, "gu");
// Letters NFD does not decompose.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ł: "l", ø: "o", ß: "ss", đ: "d", ı: "i", æ: "ae", œ: "oe", þ: "th" };
// One of the letters above.
const SPECIAL_LETTER_RE = /[łøßđıæœþ]/g;

// ASCII letters and digits only: lower-casing alone folds such a word (most words of a posting are).
const PLAIN_WORD_RE = /^[A-Za-z0-9]+$/;

export function foldPlace(text: string): string {
  if (PLAIN_WORD_RE.test(text)) return text.toLowerCase();
  const split = text.toLowerCase().normalize("NFD");
  const bare = split.replace(MARK_RE.for(split), "").replace(SPECIAL_LETTER_RE, (c) => SPECIAL_LETTERS[c] ?? c).replace(DOT_RE, "");
  return bare.replace(NON_WORD_RE.for(bare), " ").trim();
}
