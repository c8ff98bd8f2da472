// language (an extra field, ISO 639-1): the language the posting is written in. Runs first, so
// the extractors after it can read words of that language (`earlier.language`).
// A plainly English posting is told by its function words alone (normalize/languages.ts), which
// costs a word scan; any other text goes to franc's trigram detector, restricted to the
// languages of that table. On text too short or too mixed to tell, the answer is null (or
// English when its words are there and no other language's are), never a guess.
import { WordPattern } from "../normalize/latin1-classes.js";
import { francAll } from "franc-min";
import type { PostingDoc } from "../core/document.js";
import type { Extracted } from "../core/types.js";
import { FRANC_TO_ISO1, FUNCTION_WORD_LANGUAGE, LANGUAGES } from "../normalize/languages.js";

/** Characters of body text read: franc itself reads at most 2,048. */
const MAX_SAMPLE_CHARS = 2000;
/** Below this many letters a trigram guess is noise (a third of it in a script such as Han,
 * whose one character is a word or a syllable). */
const MIN_SAMPLE_LETTERS = 60;
/** English function words that, with hardly any of another language's, settle it as English. */
const MIN_ENGLISH_WORDS = 6;
/** …outnumbering every other language's words at least this many times. */
const ENGLISH_MARGIN = 4;
/** A language the detector names, when the table lists words for it, needs one of them at least,
 * and this many when there are English ones (else its guess on mostly-English text, or on a
 * list of technology names, is not trusted). */
const MIN_OWN_WORDS = 3;
/** The detector's runner-up scoring this close to the winner (1.0; a clear winner's runner-up scores ~0.97) makes the text too mixed. */
const AMBIGUOUS_SCORE = 0.995;
/** Function words of one listed language that settle it without the detector: this many at
 * least, outnumbering every other language's this many times. Set above the English bar,
 * since a language with no word list of its own (Catalan, Romanian) shares a few words with
 * the listed Romance ones, but never dozens. */
const MIN_PLAIN_WORDS = 12;
const PLAIN_MARGIN = 6;

// Links and e-mail addresses: their letters are no language (and there are many in a posting).
const URL_OR_EMAIL_RE = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/gi;
// One word: letters, with an inner apostrophe ("we're").
const WORD_RE = new WordPattern(String.raw`\p{L}+(?:['’]\p{L}+)?`, "gu");
// A letter of a script other than Latin (Han, Cyrillic, Arabic…): the detector reads those by script.
const NON_LATIN_LETTER_RE = /[^\P{L}\p{Script=Latin}]/u;
// A character that could be such a letter: below U+0250 only the micro sign is one. Most samples
// have none, and this plain class is far cheaper to scan than the Unicode one.
const MAYBE_NON_LATIN_RE = /[\u00b5\u0250-\uffff]/;
// What a link or an e-mail address needs ("@", "http://", "www."): most blocks have none, and
// URL_OR_EMAIL_RE's `\S+@` costs a scan from every position to find out.
const URL_OR_EMAIL_HINT_RE = /@|https?:\/\/|www\./i;

const ONLY = LANGUAGES.map((r) => r.franc);
const HAS_WORDS = new Set(LANGUAGES.filter((r) => r.words.length).map((r) => r.code));

function sampleOf(doc: PostingDoc): string {
  let sample = "";
  for (const block of doc.blocks) {
    if (block.kind === "code") continue;
    sample += (URL_OR_EMAIL_HINT_RE.test(block.text) ? block.text.replace(URL_OR_EMAIL_RE, " ") : block.text) + "\n";
    if (sample.length >= MAX_SAMPLE_CHARS) break;
  }
  return sample.slice(0, MAX_SAMPLE_CHARS);
}

/** Function-word hits per language code, and the letters of all the words (one scan for both). */
function wordCounts(sample: string): { counts: Map<string, number>; letters: number } {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const m of sample.matchAll(WORD_RE.for(sample))) {
    letters += m[0].length;
    const code = FUNCTION_WORD_LANGUAGE.get(m[0].toLowerCase().replace("’", "'"));
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return { counts, letters };
}

/** The listed language whose function words far outnumber every other's, if one does. */
function plainlyOneLanguage(counts: ReadonlyMap<string, number>): string | null {
  let top: string | null = null;
  let first = 0;
  let second = 0;
  for (const [code, n] of counts) {
    if (n > first) [top, first, second] = [code, n, first];
    else second = Math.max(second, n);
  }
  return top && first >= MIN_PLAIN_WORDS && first >= PLAIN_MARGIN * second ? top : null;
}

/** The language code a sample is written in, or null when it cannot be told. */
export function detectLanguage(sample: string): string | null {
  const { counts, letters } = wordCounts(sample);
  const english = counts.get("en") ?? 0;
  let other = 0;
  for (const [code, n] of counts) if (code !== "en") other = Math.max(other, n);
  const nonLatin = MAYBE_NON_LATIN_RE.test(sample) && NON_LATIN_LETTER_RE.test(sample);
  if (!nonLatin && english >= MIN_ENGLISH_WORDS && english >= ENGLISH_MARGIN * other) return "en";
  // A text plainly in another listed language is told the same way: the trigram detector costs
  // a few milliseconds a posting and would only agree.
  const plain = nonLatin ? null : plainlyOneLanguage(counts);
  if (plain) return plain;
  const fallback = english >= 2 && other === 0 ? "en" : null;
  const minLetters = nonLatin ? MIN_SAMPLE_LETTERS / 3 : MIN_SAMPLE_LETTERS;
  if (letters < minLetters) return fallback;
  const ranked = francAll(sample, { only: ONLY, minLength: minLetters });
  const [top, second] = ranked;
  const code = top && top[0] !== "und" ? FRANC_TO_ISO1.get(top[0]) : undefined;
  if (!code) return fallback;
  if (second && second[1] >= AMBIGUOUS_SCORE && second[0] !== "und") return fallback;
  if (code !== "en" && HAS_WORDS.has(code) && (counts.get(code) ?? 0) < Math.max(1, Math.min(MIN_OWN_WORDS, english))) return fallback;
  return code;
}

export function extractLanguage(doc: PostingDoc): Extracted<string | null> {
  return { value: detectLanguage(sampleOf(doc)) };
}
