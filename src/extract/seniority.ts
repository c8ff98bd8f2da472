// seniority (SPEC §1): the first level word in the title (normalize/seniority-words.ts), else an
// explicit "Experience level:" / "Seniority:" field (or frontmatter `level`), else such a key in
// the posting's language ("Nível: Pleno") or a level heading or tag list over one level word, else null.
// Never guessed from years. Runs after title (reads earlier.title).
import { fieldKey, type PostingDoc } from "../core/document.js";
import type { Earlier, Extracted } from "../core/types.js";
import type { Seniority } from "../schema.js";
import { WordPattern } from "../normalize/latin1-classes.js";
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
  // The same keys in the posting's language, as `Key: value` lines or as a heading over the value.
  "nível", "nivel", "senioridade", "nível de experiência", "nivel de experiencia", "seniority", "erfahrungslevel",
  "karrierelevel", "karrierestufe", "niveau", "niveau d'expérience", "niveau d’expérience", "séniorité",
  // An issue form's level question ("### ¿Para qué nivel es el trabajo?" then "Semi Sr").
  "¿para qué nivel es el trabajo?", "para qué nivel es el trabajo",
];
// Headings over a job board's tag list ("## Labels" then "- PJ", "- Pleno", "- Remoto"), read for one level word.
const TAG_LIST_KEYS = ["labels", "tags", "etiquetas"];
/** Blocks read for a `Key: value` line or under a level heading; such fields sit near the top or in a tag list at the end. */
const MAX_LEVEL_BLOCKS = 400;
/** Blocks read under a level or tag heading. */
const MAX_VALUE_BLOCKS = 8;
// A label line: a short key, a colon (spaced the French way or not), and the value ("Nível: Pleno", "Niveau : Senior").
const LABEL_LINE_RE = /^([^:：]{1,40}?)\s*[:：]\s*(\S.*)$/;
/** Titles and field values longer than this are cut before scanning (hostile input). */
const MAX_SCAN_CHARS = 300;

// A level word before "track" names a path the hire may take ("Founding Engineer (CTO-track)"), not the level hired.
function alternation(words: readonly SeniorityWord[]): WordPattern {
  return new WordPattern(`(?<![\\p{L}\\p{N}_])(?:${words.map((w) => `(${seniorityPattern(w)})`).join("|")})(?![\\p{L}\\p{N}_]|[\\s-]+track\\b)`, "iu");
}

// Any title level word; the capture group that matched names the level.
const TITLE_LEVEL_RE = alternation(SENIORITY_WORDS);
// A level field's value: the title words, then field-only values ("Mid-Senior level", "Executive").
const FIELD_LEVEL_RE = alternation([...SENIORITY_FIELD_VALUES, ...SENIORITY_WORDS]);

function levelIn(text: string, pattern: WordPattern, words: readonly SeniorityWord[]): Seniority | null {
  const m = pattern.exec(text.slice(0, MAX_SCAN_CHARS));
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
  return labelledLevel(doc) ?? { value: null };
}

const FIELD_WORDS = [...SENIORITY_FIELD_VALUES, ...SENIORITY_WORDS];

/**
 * A level under a key the ASCII field reader does not take ("Nível: Pleno", "Niveau : Senior"), or
 * the values under a level heading or a job board's tag list ("## Labels" / "- Pleno"): one level
 * there, or none when the list names two ("experiência/Júnior", "experiência/Pleno").
 */
function labelledLevel(doc: PostingDoc): Extracted<Seniority | null> | null {
  const blocks = doc.blocks.slice(0, MAX_LEVEL_BLOCKS);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    for (const [j, line] of block.lines.entries()) {
      const label = LABEL_LINE_RE.exec(line.slice(0, MAX_SCAN_CHARS));
      if (!label || !LEVEL_FIELD_KEYS.includes(fieldKey(label[1]))) continue;
      const level = levelIn(label[2], FIELD_LEVEL_RE, FIELD_WORDS);
      if (level) return { value: level, from: { line: block.line + j, via: "field", text: line } };
    }
    if (block.kind !== "heading" && !block.emphasized) continue;
    const key = fieldKey(block.text);
    if (!LEVEL_FIELD_KEYS.includes(key) && !TAG_LIST_KEYS.includes(key)) continue;
    const levels = new Set<Seniority>();
    let first: { line: number; text: string } | null = null;
    for (const next of blocks.slice(i + 1, i + 1 + MAX_VALUE_BLOCKS)) {
      if (next.kind === "heading" || next.emphasized) break;
      for (const line of next.lines) {
        const level = levelIn(line, FIELD_LEVEL_RE, FIELD_WORDS);
        if (level) levels.add(level);
        first ??= level ? { line: next.line, text: line } : null;
      }
    }
    if (levels.size === 1 && first) return { value: [...levels][0], from: { line: first.line, via: "body", text: first.text } };
  }
  return null;
}
