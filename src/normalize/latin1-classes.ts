// Patterns written with Unicode letter, digit and mark classes (\p{L}, \p{N}, \p{M}; \p{Lu} and
// \p{Ll} without /i), compiled on first use in two forms: as written, and with those classes cut
// to Latin-1. Why: V8 builds each \p class from ICU's tables every time it parses a pattern (when
// the RegExp is made and again at its first match), closes it over case under /i, and compiles
// its astral ranges as surrogate pairs — 0.2–4 ms per pattern, and about a quarter of a
// one-posting run's instructions went to compiling patterns. A text whose letters, digits and
// marks are all Latin-1 (nearly every line of the corpus) is matched by the cut form exactly as by
// the written one: each cut class says of every Latin-1 character what its \p class says, and
// the case variants that /i adds to a Latin-1 letter are letters themselves, so a text holding
// one is not Latin-1 here and takes the written form (test/normalize/latin1-classes.test.ts).

/** The classes cut to Latin-1. */
export const LATIN1_CLASSES = {
  upper: String.raw`A-Z\xc0-\xd6\xd8-\xde`,
  lower: String.raw`a-z\xb5\xdf-\xf6\xf8-\xff`,
  letter: String.raw`A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff`,
  digit: String.raw`0-9\xb2\xb3\xb9\xbc-\xbe`,
  // Latin-1 has no combining marks.
  mark: "",
} as const;

// Past Latin-1 but never a letter, digit or mark: General Punctuation (dashes, curly quotes,
// bullets, odd spaces) and the currency signs, which most lines past Latin-1 hold and nothing else.
const BEYOND_LATIN1_RE = /[^\0-\xff\u2000-\u206f\u20a0-\u20c0]/;
let beyondLatin1WordCharRe: RegExp | undefined;
// The last text asked about and its answer: the patterns of one step (a line's repairs, a pay
// line's money patterns) ask about the same text one after another, each a scan of it.
let lastText: string | undefined;
let lastAnswer = true;

/** Whether `text`'s letters, digits and marks are all Latin-1, so the cut classes read it as the Unicode ones do. */
export function isLatin1Words(text: string): boolean {
  if (text === lastText) return lastAnswer;
  let answer = !BEYOND_LATIN1_RE.test(text);
  if (!answer) {
    beyondLatin1WordCharRe ??= /(?![\0-\xff])[\p{L}\p{N}\p{M}]/u;
    answer = !beyondLatin1WordCharRe.test(text);
  }
  lastText = text;
  lastAnswer = answer;
  return answer;
}

// A \p class of the written form that has a Latin-1 cut: letters, digits, marks; upper and
// lower case only without /i (under /i, \p{Lu} also matches "ß", "ÿ" and "µ").
const PROPERTY_CLASS_RE = /\\p\{(L|N|M|Lu|Ll)\}/y;
const CUT_OF: Readonly<Record<string, string>> = {
  L: LATIN1_CLASSES.letter,
  N: LATIN1_CLASSES.digit,
  M: LATIN1_CLASSES.mark,
  Lu: LATIN1_CLASSES.upper,
  Ll: LATIN1_CLASSES.lower,
};

/** `source` with its \p{L}, \p{N}, \p{M} (and, without /i, \p{Lu}, \p{Ll}) classes cut to Latin-1. */
export function cutToLatin1(source: string, flags: string): string {
  const caseless = flags.includes("i");
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      PROPERTY_CLASS_RE.lastIndex = i;
      const m = PROPERTY_CLASS_RE.exec(source);
      if (m && !(caseless && m[1].length > 1)) {
        const ranges = CUT_OF[m[1]];
        out += inClass ? ranges : `[${ranges}]`;
        i += m[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * A pattern with Unicode classes, compiled the first time a text needs it: in its Latin-1 cut for
 * a Latin-1 text, as written for any other. A global or sticky pattern keeps its lastIndex per
 * form: take `for(text)` once and run that RegExp over the text.
 */
export class WordPattern {
  private latin1: RegExp | undefined;
  private unicode: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The form that reads `text` (and any part of it) as the written pattern would. */
  for(text: string): RegExp {
    if (isLatin1Words(text)) return (this.latin1 ??= new RegExp(cutToLatin1(this.source, this.flags), this.flags));
    return (this.unicode ??= new RegExp(this.source, this.flags));
  }

  test(text: string): boolean {
    const re = this.for(text);
    re.lastIndex = 0;
    return re.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    const re = this.for(text);
    re.lastIndex = 0;
    return re.exec(text);
  }
}
