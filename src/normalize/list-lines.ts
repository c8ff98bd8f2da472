// How a line of a posting reads as part of a list (SPEC §1 "requirements / niceToHave /
// responsibilities / benefits"): bullets written as text, label lines, lead-ins and prose.
// Pure string tests shared by extract/section-lists.ts; no vocabulary here (that is
// normalize/section-names.ts) and no notion of sections.
import { WordPattern } from "./latin1-classes.js";
import type { Block } from "../core/document.js";

/** A `Label:` line longer than this is a sentence's lead-in ("Example projects might include:"). */
export const COLON_LABEL_MAX_WORDS = 12;
/** A plain line without a colon acts as a heading only when this short ("Requirements"). */
export const PLAIN_LABEL_MAX_WORDS = 5;
/** Text after a bold label (`**Good to have:** Experience working with`) shorter than this is a lead-in. */
export const LEAD_IN_MAX_WORDS = 4;
/** An inline label names a section only when this short. */
export const INLINE_LABEL_MAX_WORDS = 5;

// A bullet written as text at the start of a line: •, ·, ▪, ✓, an emoji, `- `, `-- `, `* `
// (not `** `, an unparsed bold), `1. `, a letter "o " before a capital (Word's hollow
// bullet), or a dash glued to a capital or digit ("-Collaborate"). Star runs ("*Design", "***** Design")
// mark footnotes as often as bullets, so such a line stays prose and only loses its stars (cleanItem).
const BULLET_RE =
  /^(?:[•·‣◦▪▫●○■□➤➢►▸→✓✔☑✅⭐★☆❖◆♦]|\p{Extended_Pictographic}|(?:[-+–—]{1,3}|\*)(?=\s)|\d{1,2}[.)](?=\s)|o(?=\s+[\p{Lu}\p{N}])|-(?=[\p{Lu}\p{N}]))[\uFE0F\u200d\s]*/u;
// A line that ends in a colon, optionally followed by closing emphasis (`including:_`) or spaces.
export const ENDS_COLON_RE = /[:：][\s*_]*$/;
// Sentence-ending punctuation at the end of a line: such a line is prose, not a plain heading.
export const ENDS_SENTENCE_RE = /[.!;,]\s*$/;
// At least one letter or digit: "__", "*" and "---" are not items.
export const HAS_WORD_RE = new WordPattern(String.raw`[\p{L}\p{N}]`, "u");
// Social-media tags such as "#LI-Remote", alone on a line.
export const HASHTAG_LINE_RE = /^(?:#[\w-]+[\s,]*)+$/;
// A line starting with a capital or digit (a paragraph whose every line does is a list of lines).
export const STARTS_UPPER_RE = new WordPattern(String.raw`^[\p{Lu}\p{N}"“(]`, "u");
// A one-line `Label: value` ("Perks: 21 days PTO, free lunch") — a short label, then its value.
export const INLINE_LABEL_RE = /^([^:：]{2,60})[:：]\s+(\S.*)$/;
// Punctuation left when a bold label's text is removed from its line (`**Experience** :`).
const LABEL_REST_RE = /^[\s:：.\-–—?!]*$/;
// Bold markers markdown left as text around a whole short line (`**Day-to-Day **`, `** Note**`).
const LITERAL_EMPHASIS_RE = /^(?:\*\*|__)\s*([^*_]{1,120}?)\s*(?:\*\*|__)\s*$/;
// A colon with a value after it: `** Location: Remote**` is a field, not a label.
const FIELD_VALUE_RE = /[:：]\s*\S/;
// An emphasis marker left open at the start of an item ("_12 Paid Holidays" when the italic spans lines).
const STRAY_EMPHASIS_RE = /^[*_]+\s*(?=[^\s*_])/;
// Bold markers markdown left as text inside a line: indented bullets read as code ("*  **Driven** - We…").
const LITERAL_BOLD_RE = /\*\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*\*/g;
// An empty bold run written as text ("our CODE (Consumer Digital Experience) **** team").
const EMPTY_BOLD_RE = /\*{4,}/g;
// Two blanks left where an empty run was cut out.
const DOUBLE_SPACE_RE = / {2,}/g;
// Any emphasis marker (a stray one is only stripped when the item has no other).
const EMPHASIS_MARK_RE = /[*_]/;
// A bracketed aside inside a lead-in ("…if you have (we know it's tough. Apply anyway):").
const PARENTHETICAL_RE = /\([^()]{0,400}\)/g;
// Where a sentence ends and the next starts: the last one of a lead-in is the part that names its list.
const SENTENCE_BREAK_RE = /[.!?]\s+(?=\S)/g;
// A label glued to the end of an item when the line break before it was lost: a sentence end,
// then a short capitalised phrase up to a colon ("…simultaneously.Preferred Skills:").
const GLUED_LABEL_RE = /^(.{2,}?[.!?])(\p{Lu}[^.!?:]{2,60})[:：]\s*$/u;

const SPACE = 0x20;

/** Runs of characters between spaces (counted, not split: it runs on every line of every posting). */
export function wordCount(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== SPACE && (i === 0 || s.charCodeAt(i - 1) === SPACE)) count++;
  return count;
}

/** Whether `s` has `max` words or fewer: stops counting past `max` (a label test on a long paragraph reads only its start). */
export function hasAtMostWords(s: string, max: number): boolean {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) !== SPACE && (i === 0 || s.charCodeAt(i - 1) === SPACE) && ++count > max) return false;
  }
  return true;
}

/** A line that starts with a bullet written as text. */
// A line framed by the same dashes on both sides ("-- SENIOR DEVOPS ENGINEER --", "— Backend —") is a
// plain-text heading, not a bullet: the lines under it are not its wrapped text.
const FRAMED_LINE_RE = /^\s*([-–—]{1,3})\s.*\S\s+\1\s*$/;

export function isBulletLine(line: string): boolean {
  return BULLET_RE.test(line) && HAS_WORD_RE.test(line) && !FRAMED_LINE_RE.test(line);
}

/** An item's text without its text bullet, bold markers left as text, or a stray opening emphasis marker. */
// A task-list box opening an item ("- [x] After Effects", "- [ ] Docker"): GFM draws it as a checkbox, not text.
const TASK_BOX_RE = /^\[[ xX]\]\s+/;

export function cleanItem(text: string): string {
  const plain = text.includes("**") ? text.replace(LITERAL_BOLD_RE, "$1").replace(EMPTY_BOLD_RE, "").replace(DOUBLE_SPACE_RE, " ") : text;
  const clean = plain.replace(BULLET_RE, "").trim().replace(TASK_BOX_RE, "");
  const stray = STRAY_EMPHASIS_RE.exec(clean);
  return stray && !EMPHASIS_MARK_RE.test(clean.slice(stray[0].length)) ? clean.slice(stray[0].length) : clean;
}

/** A paragraph that is only emphasis (parsed or left as text), or an emphasis run followed by nothing but punctuation. */
export function labelText(block: Block): string | null {
  if (block.lines.length > 2) return null;
  if (block.emphasized) return block.text;
  const literal = LITERAL_EMPHASIS_RE.exec(block.text);
  if (literal) return FIELD_VALUE_RE.test(literal[1]) ? null : literal[1];
  const lead = block.leadingEmphasis;
  if (lead && block.text.startsWith(lead) && LABEL_REST_RE.test(block.text.slice(lead.length))) return block.text;
  return null;
}

/** The last sentence of a lead-in, asides removed: "Success depends on you. You should apply if you have (…):" → "You should apply if you have :". */
export function lastSentence(text: string): string {
  const plain = text.replace(PARENTHETICAL_RE, " ");
  let start = 0;
  for (const m of plain.matchAll(SENTENCE_BREAK_RE)) start = m.index + m[0].length;
  return plain.slice(start);
}

/** The sentence before the last one of a lead-in, asides removed ("We offer a benefits package." of
 *  "We offer a benefits package. For full-time staff, this includes:"); "" when there is one sentence. */
export function sentenceBeforeLast(text: string): string {
  const plain = text.replace(PARENTHETICAL_RE, " ");
  let start = 0;
  let previous = 0;
  for (const m of plain.matchAll(SENTENCE_BREAK_RE)) {
    previous = start;
    start = m.index + m[0].length;
  }
  return plain.slice(previous, start).trim();
}

/** The last character before trailing blanks is a colon (ASCII or full-width). */
function endsWithColon(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && /\s/.test(text[end])) end--;
  return end >= 0 && (text[end] === ":" || text[end] === "：");
}

/** An item whose last words are a label that lost its line break: [the item, the label], else null. */
export function gluedLabel(text: string): [string, string] | null {
  // Only a line ending in a colon can hold one: the pattern's lazy start costs a try at every
  // sentence end of every other item.
  if (!endsWithColon(text)) return null;
  const m = GLUED_LABEL_RE.exec(text);
  return m ? [m[1], m[2]] : null;
}
