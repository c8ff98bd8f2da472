// seniority (SPEC §1): the first level word in the title (normalize/seniority-words.ts), else an
// explicit "Experience level:" / "Seniority:" field (or frontmatter `level`), else null.
// Never guessed from years. Runs after title (reads earlier.title).
import type { PostingDoc } from "../core/document.js";
import type { Earlier, Extracted } from "../core/types.js";
import type { Seniority } from "../schema.js";
import { SENIORITY_FIELD_VALUES, SENIORITY_WORDS, seniorityPattern, type SeniorityWord } from "../normalize/seniority-words.js";

const LEVEL_FIELD_KEYS = [
  "experience level",
  "seniority",
  "seniority level",
  "level",
  "job level",
  "career level",
  "position level",
  "experiencelevel",
  "senioritylevel",
];
/** Titles and field values longer than this are cut before scanning (hostile input). */
const MAX_SCAN_CHARS = 300;

function alternation(words: readonly SeniorityWord[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.map((w) => `(${seniorityPattern(w)})`).join("|")})(?![\\p{L}\\p{N}_])`, "iu");
}

// Any title level word; the capture group that matched names the level.
const TITLE_LEVEL_RE = alternation(SENIORITY_WORDS);
// A level field's value: the title words, then field-only values ("Mid-Senior level", "Executive").
const FIELD_LEVEL_RE = alternation([...SENIORITY_FIELD_VALUES, ...SENIORITY_WORDS]);

function levelIn(text: string, re: RegExp, words: readonly SeniorityWord[]): Seniority | null {
  const m = re.exec(text.slice(0, MAX_SCAN_CHARS));
  if (!m) return null;
  const index = m.slice(1).findIndex((g) => g !== undefined);
  return index >= 0 ? words[index].level : null;
}

/** The level the first level word of `title` names, or null. */
export function seniorityOfTitle(title: string): Seniority | null {
  return levelIn(title, TITLE_LEVEL_RE, SENIORITY_WORDS);
}

export function extractSeniority(doc: PostingDoc, earlier: Earlier): Extracted<Seniority | null> {
  const title = earlier.title;
  const fromTitle = title ? seniorityOfTitle(title) : null;
  if (fromTitle) return { value: fromTitle, from: { line: doc.header.title?.line ?? 0, via: "title", text: title ?? undefined } };
  for (const field of doc.fields) {
    if (!LEVEL_FIELD_KEYS.includes(field.key)) continue;
    const level = levelIn(field.value, FIELD_LEVEL_RE, [...SENIORITY_FIELD_VALUES, ...SENIORITY_WORDS]);
    if (level) return { value: level, from: { line: field.line, via: field.via, text: field.value } };
  }
  return { value: null };
}
