// requirements / niceToHave / responsibilities / benefits (SPEC §1): the items of the sections
// whose heading says what they hold. Headings are markdown headings (their level nests them),
// bold/italic label lines, short `Label:` lines and short plain lines; the vocabulary that
// classifies them is normalize/section-names.ts. Label lines sit below every markdown heading
// (LABEL_LEVEL): a known label switches the list until the next heading or label, an unknown one
// is a sub-label that keeps its parent's list. Items: one per list item (nested after parent) or
// bullet-marked line; a section without either gives one item per paragraph, up to its first
// unknown sub-label. Plain-text lists: a `Label: value` item naming a list fills that list with its
// value alone, a value run onto one line ("Perks: - a - b") gives one item per dash, and an
// unindented line after an item is the page's next line, not the item's. Reads nothing from `earlier`.
import { collapseSpace, type Block, type PostingDoc } from "../core/document.js";
import type { Earlier, Extracted, Provenance } from "../core/types.js";
import { classifyHeading, HEADING_MAX_WORDS, leadInNames, type HeadingKind, type SectionKind } from "../normalize/section-names.js";
import { PAY_PERK_WORDS, PERK_WORDS } from "../normalize/perk-words.js";
import {
  cleanItem, COLON_LABEL_MAX_WORDS, ENDS_COLON_RE, ENDS_SENTENCE_RE, gluedLabel, HAS_WORD_RE, HASHTAG_LINE_RE, INLINE_LABEL_MAX_WORDS,
  INLINE_LABEL_RE, isBulletLine, labelText, lastSentence, LEAD_IN_MAX_WORDS, sentenceBeforeLast, PLAIN_LABEL_MAX_WORDS, STARTS_UPPER_RE, wordCount, hasAtMostWords,
} from "../normalize/list-lines.js";
import { escapePattern } from "../normalize/escape-pattern.js";

export interface SectionLists {
  requirements: string[];
  niceToHave: string[];
  responsibilities: string[];
  benefits: string[];
}

// `Role: Frontend Developer` names the title (a field), though a "Role" heading opens the duties;
// so do `Rol:`, `Puesto:`, `Cargo:`, `Vaga:`, `Stelle:`, `Poste :` in pt/es/de/fr.
const ROLE_FIELD_LABEL_RE = /^(?:role|position|job title|job role|rol|puesto|cargo|vaga|stelle|poste)\s*$/i;
/** A title is a few words, not a sentence ("Role: Fully own our engineering teams, …" is a duty). */
const MAX_TITLE_FIELD_WORDS = 8;

/** `Role: Frontend Developer`: a title field, not the start of a duties list. */
function isTitleField(label: string, value: string): boolean {
  return ROLE_FIELD_LABEL_RE.test(label.trim()) && hasAtMostWords(value, MAX_TITLE_FIELD_WORDS) && !ENDS_SENTENCE_RE.test(value.trim());
}
// A label's value that is a list run onto one line ("Benefits: - Health cover - 401k - Unlimited PTO"):
// it opens with a dash, and each later " - " starts the next item.
const FLATTENED_LIST_RE = /^[-–•]\s+\S.*\s[-–•]\s+\S/;

const FLATTENED_SEPARATOR_RE = /\s[-–•]\s+/g;
const LEADING_DASH_RE = /^[-–•]\s+/;

/** A label's value as items: a flattened list gives one item per dash outside brackets ("(0.5% - 1.5%)"), anything else one item. */
function valueItems(value: string): string[] {
  if (!FLATTENED_LIST_RE.test(value)) return [value];
  const text = value.replace(LEADING_DASH_RE, "");
  const items: string[] = [];
  let start = 0;
  // Brackets still open at `scanned`, counted once along the text.
  let depth = 0;
  let scanned = 0;
  for (const m of text.matchAll(FLATTENED_SEPARATOR_RE)) {
    for (; scanned < m.index; scanned++) {
      const c = text[scanned];
      if (c === "(" || c === "[") depth++;
      else if ((c === ")" || c === "]") && depth > 0) depth--;
    }
    if (depth > 0) continue;
    items.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  items.push(text.slice(start));
  return items;
}

/** Label lines rank below markdown headings (levels 1–6). */
// A line that is only a link (the apply URL closing a comment): not an item of the section above it.
const URL_ONLY_RE = /^(?:https?:\/\/|www\.)\S+$/i;
const LABEL_LEVEL = 7;
/** In a section without a list, a line this short is one of a run of list-like lines… */
const SHORT_LINE_MAX_WORDS = 20;
// An inline label that is a remark on what surrounds it ("Please note:", "(Note:", "Important:") or pay.
const STAYS_LABEL_RE = /\bnote\b|\bimportant\b|\bdisclaimer\b|\bsalary\b|\bpay\b|\bcompensation\b/i;
/** …and a paragraph this long after such a run is the page's next block (a repeated intro), not an item. */
const PROSE_MIN_WORDS = 40;
// HTML tags in frontmatter list values (`Work on <a href="…">Sphinx-Needs</a>`).
const TAG_RE = /<[^<>]{0,500}>/g;
// Emphasis marks and blanks left at the end of a label line ("What are we looking for? **").
const TRAILING_MARKS_RE = /[\s*_]+$/;
// A lead-in's last words that point back to the sentence before ("this includes:", "these are:").
const POINTS_BACK_RE = /\b(?:this|these|they|which|it)\s+(?:includes?|covers?|consists?\s+of|are|is|looks?\s+like)\s*:[\s*_]*$/i;
// A lead-in that trails off instead of a colon: "The icing on the cake would be, if ...".
const ENDS_ELLIPSIS_RE = /(?:\.{3}|…)[\s*_]*$/;
// Separators in a frontmatter key ("benefits_extra" reads as "benefits extra").
const KEY_SEPARATOR_RE = /[_-]+/g;

interface Entry {
  list: boolean;
  text: string;
  afterUnknownLabel: boolean;
  /** The line of the block the entry came from. */
  block: number;
}

interface Section {
  kind: HeadingKind | null;
  line: number;
  entries: Entry[];
  sawUnknownLabel: boolean;
  /** Opened by a label line (`Nice-to-have qualifications:`), not a markdown heading. */
  byLabel: boolean;
  /** The level of the heading that opened it (LABEL_LEVEL for a label line, 0 before any). */
  level: number;
}

interface Frame {
  level: number;
  kind: HeadingKind | null;
}

/** The reader's state: the heading stack, the open section and the finished ones. */
class Reader {
  stack: Frame[] = [];
  sections: Section[] = [];
  current: Section = { kind: null, line: 0, entries: [], sawUnknownLabel: false, byLabel: false, level: 0 };
  /** The line of the block being read (entries remember it). */
  blockLine = 0;

  /** The list kind in force for a heading at `below` (frames at that level or deeper are closed by it). */
  kindNow(below = Infinity): HeadingKind | null {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i].level < below && this.stack[i].kind) return this.stack[i].kind;
    return null;
  }

  open(level: number, kind: HeadingKind | null, line: number) {
    while (this.stack.length && this.stack[this.stack.length - 1].level >= level) this.stack.pop();
    this.stack.push({ level, kind });
    this.sections.push(this.current);
    this.current = { kind: this.kindNow(), line, entries: [], sawUnknownLabel: false, byLabel: level === LABEL_LEVEL, level };
  }

  /** Classify a heading text; a weak name ("Skills") counts only outside another list section. */
  meaning(text: string, level = LABEL_LEVEL): HeadingKind | null {
    const m = classifyHeading(text);
    if (!m) return null;
    const parent = this.kindNow(level);
    // A catch-all whose list counts only as perks ("Additional Information") is no list section for this.
    if (m.weak && parent && parent !== "none" && parent !== "benefitsIfPerks" && parent !== "benefitsIfPerksBeyondPay") return null;
    // A label line is read against the list in force; a heading against the sections it nests in.
    if (m.notUnder && (level === LABEL_LEVEL ? this.current.kind : parent) === m.notUnder) return null;
    return m.kind;
  }

  /** A label line: a known one switches the list, an unknown one is a sub-label. */
  label(text: string, line: number): boolean {
    const kind = this.meaning(text);
    if (kind) this.open(LABEL_LEVEL, kind, line);
    else this.current.sawUnknownLabel = true;
    return kind !== null;
  }

  /** A sentence-long lead-in may rename the list after it, except the first list under a heading that
   *  names a list firmly: "**What you'll do** … We're looking for engineers who love to build:" lists
   *  duties. A soft heading ("Would be great if you brought this") gives way to its lead-in. */
  leadInMaySwitch(): boolean {
    const kind = this.current.kind;
    if (!kind || !LIST_KIND[kind] || kind === "niceToHave") return true;
    return this.current.entries.some((e) => e.list);
  }

  /** A label line that names a list section by its start or whole text (not a word inside it, unless
   *  `phraseInside`: a bold item over its own nested list, "**Key Responsibilities**"), or null. */
  listLabel(text: string, phraseInside = false): HeadingKind | null {
    const m = classifyHeading(text);
    if (!m || (m.contains && !phraseInside)) return null;
    const kind = this.meaning(text);
    return kind && LIST_KIND[kind] ? kind : null;
  }

  /** An item, or an item and the label glued to its end when the line break between them was lost. */
  addItem(list: boolean, text: string, line: number) {
    const glued = gluedLabel(text);
    const kind = glued && this.meaning(glued[1]);
    // The glued phrase was a whole label line, so a phrase inside it ("Skills and Qualifications") counts.
    if (glued && kind && LIST_KIND[kind]) {
      this.add(list, glued[0]);
      this.label(glued[1], line);
      return;
    }
    this.add(list, text);
  }

  add(list: boolean, text: string) {
    const clean = cleanItem(text);
    if (!HAS_WORD_RE.test(clean) || HASHTAG_LINE_RE.test(clean) || URL_ONLY_RE.test(clean)) return;
    this.current.entries.push({ list, text: clean, afterUnknownLabel: this.current.sawUnknownLabel, block: this.blockLine });
  }

  finish(): Section[] {
    this.sections.push(this.current);
    return this.sections;
  }
}

/** Whether `next` is an item of a list nested in `item` (the items a bold label item holds). */
function isNestedUnder(next: Block | undefined, item: Block): boolean {
  return next?.kind === "item" && next.depth > item.depth;
}

/** Lines of the job board's header (a `# Title` line and the company/badge lines after it). */
function headerLines(doc: PostingDoc): Set<number> {
  const h = doc.header;
  if (!h.title) return new Set();
  const titleBlock = doc.blocks.find((b) => b.line === h.title?.line && b.kind === "heading");
  // A page whose first heading is a section ("## The role", or "# Profil recherché" opening a blog
  // post under its frontmatter) has no board header to skip.
  if (h.titleUrl === undefined && (titleBlock?.depth !== 1 || namesListSection(titleBlock.text))) return new Set();
  return new Set([h.title, h.company, h.location, h.salary].flatMap((f) => (f ? [f.line] : [])));
}

function readParagraph(reader: Reader, block: Block, beforeList: boolean) {
  const label = labelText(block);
  if (label !== null && hasAtMostWords(label, HEADING_MAX_WORDS)) {
    reader.label(label, block.line);
    return;
  }
  // `**Good to have:** Experience working with` — a known bold label opens the line.
  const lead = block.leadingEmphasis;
  const leadKind = lead && block.lines.length === 1 && ENDS_COLON_RE.test(lead) ? reader.meaning(lead) : null;
  // "**Time off:** 25 days a year" among the perks is a perk written with its name, not a new section.
  if (leadKind === "benefits" && reader.current.kind !== null && LIST_KIND[reader.current.kind] === "benefits") {
    reader.add(false, block.text);
    return;
  }
  // "**Please note:** we only hire on the east coast" is prose, not a switch to nothing.
  if (lead && leadKind && leadKind !== "none") {
    reader.label(lead, block.line);
    const rest = block.text.slice(lead.length).trim();
    if (!hasAtMostWords(rest, LEAD_IN_MAX_WORDS) && !ENDS_COLON_RE.test(rest)) reader.add(false, rest);
    return;
  }
  // "**What are we looking for in you?** **" then a line break and prose: the bold first line is the label.
  if (lead && block.lines.length > 1 && block.lines[0].replace(TRAILING_MARKS_RE, "") === lead.replace(TRAILING_MARKS_RE, "")) {
    // A known heading that names nothing ("**Mais informações**", "**About us**") ends the list too.
    const kind = reader.meaning(lead);
    if (kind) {
      reader.label(lead, block.line);
      readLines(reader, { ...block, lines: block.lines.slice(1), line: block.line + 1 }, beforeList);
      return;
    }
  }
  readLines(reader, block, beforeList);
}

/** Line by line: bullet lines are items, short `Label:`/plain heading lines switch, the rest is prose. */
function readLines(reader: Reader, block: Block, beforeList = false) {
  const prose: string[] = [];
  let bullet: string | null = null;
  let bulletLine = block.line;
  /** The index of the last line taken as a label. */
  let labelledAt = -1;
  const flushBullet = () => {
    if (bullet !== null) reader.addItem(true, bullet, bulletLine);
    bullet = null;
  };
  const flushProse = () => {
    if (!prose.length) return;
    // Wrapped prose goes on in lower case; lines that each start a capital are one item each, whatever the first line starts with.
    const oneEach = prose.length > 1 && prose.slice(1).every((l) => STARTS_UPPER_RE.test(l));
    if (oneEach) for (const l of prose) reader.add(false, l);
    else reader.add(false, prose.join(" "));
    prose.length = 0;
  };
  block.lines.forEach((line, i) => {
    // "✨ Why You’ll Love Being Part of Welltech:" — a bullet-marked `Label:` is still a label.
    if (isBulletLine(line) && !(ENDS_COLON_RE.test(line) && !gluedLabel(line) && reader.meaning(cleanItem(line)))) {
      flushBullet();
      flushProse();
      bullet = line;
      bulletLine = block.line + i;
      return;
    }
    const words = wordCount(line);
    if (ENDS_COLON_RE.test(line) && words <= COLON_LABEL_MAX_WORDS) {
      flushBullet();
      flushProse();
      // A known `Label:` switches the list; an unknown one is a lead-in, never an item.
      if (reader.meaning(line)) reader.label(line, block.line + i);
      return;
    }
    // A long lead-in right before a list names it in its last sentence ("Success here depends on
    // your approach. You should apply if you have:", "We are looking for a QA engineer who:").
    // A lead-in that names perks switches even under a duties heading: "## The Role … Here are some
    // of the great things about working at Acme:" lists what is offered, never what is done.
    const leadIn = beforeList && i === block.lines.length - 1 && (ENDS_COLON_RE.test(line) || ENDS_ELLIPSIS_RE.test(line));
    if (leadIn && !reader.leadInMaySwitch() && leadInNames(lastSentence(line.replace(ENDS_ELLIPSIS_RE, ":"))) === "benefits") {
      flushBullet();
      flushProse();
      reader.open(LABEL_LEVEL, "benefits", block.line + i);
      return;
    }
    if (leadIn && reader.leadInMaySwitch()) {
      const tail = lastSentence(line.replace(ENDS_ELLIPSIS_RE, ":"));
      const kind = hasAtMostWords(tail, HEADING_MAX_WORDS) ? reader.listLabel(tail) : null;
      // "…where you will encounter the following:" describes the work; only what is asked or offered is named this way.
      if (kind && kind !== "responsibilities" && kind !== "responsibilitiesIfList") {
        flushBullet();
        flushProse();
        reader.label(tail, block.line + i);
        return;
      }
      // "…you'll receive our traditional benefits package (…), plus you'll:" — too long for a heading,
      // but it names the perks after it (or the company's values: "…fuelled by our values, here's how…:").
      // (A tail naming the duties as a heading would, "Your responsibilities include:", is read here too.)
      // "…a competitive benefits package. For full-time team members, this includes:" — a last sentence
      // that only points back leaves the naming to the sentence before it.
      const named = leadInNames(tail) ?? (!kind && POINTS_BACK_RE.test(tail) ? leadInNames(sentenceBeforeLast(line)) : null);
      if (named) {
        flushBullet();
        flushProse();
        reader.open(LABEL_LEVEL, named, block.line + i);
        return;
      }
    }
    // A bare heading line: a short paragraph's line, or the first line of a longer one (and a
    // label right after it) — "Requisitos" / "Obrigatórios" / then the items, with no blank line.
    // …or the last line right before a list: "…gestalten?" then "**Stellenbeschreibung**" and the items, with no blank line.
    const bare = block.lines.length <= 2 || i === 0 || labelledAt === i - 1 || (beforeList && i === block.lines.length - 1);
    // A longer line is a heading only in title case right before a list ("Your Future Brand & Content Marketing Team").
    const headingLength = words <= PLAIN_LABEL_MAX_WORDS || (beforeList && i === block.lines.length - 1 && words <= TITLE_LINE_MAX_WORDS && titleCase(line));
    if (headingLength && !ENDS_SENTENCE_RE.test(line) && bare && plainHeading(reader, line)) {
      flushBullet();
      flushProse();
      reader.label(line, block.line + i);
      labelledAt = i;
      return;
    }
    // Plain-text posts: "Perks: 21 days PTO, free lunch" opens benefits with its value as the item.
    // A wrapped line's start is no label ("…no minimum level of experience / required: we'll consider…").
    const inline = bullet === null && (i === 0 || STARTS_UPPER_RE.test(line)) ? INLINE_LABEL_RE.exec(line) : null;
    if (inline && hasAtMostWords(inline[1], INLINE_LABEL_MAX_WORDS)) {
      const kind = reader.meaning(inline[1]);
      // "Please note: we hire on the east coast" stays prose: only list kinds switch here.
      if (kind && LIST_KIND[kind] === kind && !isTitleField(inline[1], inline[2])) {
        flushProse();
        reader.label(inline[1], block.line + i);
        for (const item of valueItems(inline[2])) reader.add(true, item);
        return;
      }
      // "Stack: Python, …", "Please directly apply here: https://…" after a section's lines: a
      // label that names no list (the stack, how to apply, "More about us") ends its items; a
      // note ("Please note: we hire on the east coast") is said about the section and a pay line
      // ("Salary: €70,000 …" under Benefits) belongs to it, so both stay in it.
      if (kind === "none" && !STAYS_LABEL_RE.test(inline[1])) {
        flushProse();
        reader.label(inline[1], block.line + i);
        return;
      }
    }
    if (bullet !== null) bullet += ` ${line}`;
    else if (!ENDS_COLON_RE.test(line)) prose.push(line);
  });
  flushBullet();
  flushProse();
}

/**
 * An item whose last line is a section's label, with a list after it: the label lost its blank
 * line and markdown ran it on into the item ("* … Versicherungssoftware" / "**Qualifikationen**" /
 * "* Du studierst …"). The item ends before it and the label opens the next list.
 */
function splitTrailingLabel(reader: Reader, block: Block, next: Block | undefined): boolean {
  if (block.lines.length < 2 || next?.kind !== "item") return false;
  const last = block.lines[block.lines.length - 1];
  // A wrapped line of the item ("…does not" / "apply)") goes on in lower case; a label names a list.
  if (!hasAtMostWords(last, PLAIN_LABEL_MAX_WORDS) || ENDS_SENTENCE_RE.test(last) || !STARTS_UPPER_RE.test(last) || !plainHeading(reader, last)) return false;
  const kind = reader.meaning(last);
  if (!kind || !LIST_KIND[kind]) return false;
  reader.addItem(true, block.lines.slice(0, -1).join(" "), block.line);
  reader.label(last, block.endLine);
  return true;
}

function readItem(reader: Reader, block: Block, next: Block | undefined) {
  // "* **Must have experience:**" / "* Bonus:" — a list item that is a label switches the list.
  if ((block.emphasized || ENDS_COLON_RE.test(block.text)) && hasAtMostWords(block.text, COLON_LABEL_MAX_WORDS) && reader.listLabel(block.text, block.emphasized && isNestedUnder(next, block))) {
    reader.label(block.text, block.line);
    return;
  }
  if (readFieldItem(reader, block)) return;
  if (splitTrailingLabel(reader, block, next)) return;
  reader.addItem(true, block.text, block.line);
}

// A list item's marker and the blanks after it: the item's text starts where they end.
const ITEM_MARKER_RE = /^(\s*(?:[-*+•]|\d{1,9}[.)])\s+)/;
// A markdown hard line break closing a source line: two blanks or a backslash.
const HARD_BREAK_RE = /(?: {2}|\\)$/;
// A line that ends its sentence (not a comma-wrapped list: "…one of: Python," then "Kotlin, Rust").
const ENDS_FULL_STOP_RE = /[.!?]["”')]?\s*$/;
// Leading blanks of a source line.
const INDENT_RE = /^\s*/;

/**
 * Where an item's lines leave it: markdown runs an unindented line on into the item above it
 * (a lazy continuation), but in plain text ("- Mentor students." then "Contribute to service.",
 * or "- US residency" then "Benefits: - …") such a line is written as the next line of the page.
 * It leaves the item when it starts a capital after a line that ends a sentence, or is a known
 * `Label:`; a wrapped line going on in lower case, one indented under the item, or one after a
 * hard break (the writer broke the line inside the item on purpose) stays. -1 if none.
 */
function leftLinesAt(sourceLines: () => readonly string[], block: Block): number {
  if (block.lines.length < 2) return -1;
  const source = sourceLines();
  const marker = ITEM_MARKER_RE.exec(source[block.line - 1] ?? "");
  if (!marker) return -1;
  for (let k = 1; k < block.lines.length; k++) {
    const raw = source[block.line - 1 + k];
    const line = block.lines[k];
    // The block's lines must be the source's lines one for one (no nested markup joined them).
    if (raw === undefined || !raw.includes(line.slice(0, 12))) return -1;
    if (INDENT_RE.exec(raw)![0].length >= marker[1].length) continue;
    if (!STARTS_UPPER_RE.test(line)) continue;
    // A hard break ("…application.␣␣" then "Prior experience…") keeps the line in the item on purpose.
    if (HARD_BREAK_RE.test(source[block.line - 2 + k] ?? "")) continue;
    if (ENDS_FULL_STOP_RE.test(block.lines[k - 1]) || startsListLabel(line)) return k;
  }
  return -1;
}

/** A line that opens with a label naming a list, by its start or whole text ("Benefits: - …", "Requirements:"). */
function startsListLabel(line: string): boolean {
  const label = ENDS_COLON_RE.test(line) ? line.replace(ENDS_COLON_RE, "") : INLINE_LABEL_RE.exec(line)?.[1];
  return !!label && hasAtMostWords(label, INLINE_LABEL_MAX_WORDS) && namesListSection(label);
}

/**
 * The lines that left an item: the next items of its list, up to a label ("Benefits: - …",
 * "How to apply: …"), from which they are read as a paragraph's lines; a short line without a
 * full stop ("Helpful Characteristics") is a heading line over what follows.
 */
function readLeftLines(reader: Reader, block: Block, from: number) {
  for (let k = from; k < block.lines.length; k++) {
    const line = block.lines[k];
    const inline = INLINE_LABEL_RE.exec(line);
    if (ENDS_COLON_RE.test(line) || (inline && hasAtMostWords(inline[1], INLINE_LABEL_MAX_WORDS) && reader.meaning(inline[1]))) {
      readLines(reader, { ...block, kind: "paragraph", lines: block.lines.slice(k), text: collapseSpace(block.lines.slice(k).join(" ")), line: block.line + k, depth: 0 });
      return;
    }
    if (hasAtMostWords(line, PLAIN_LABEL_MAX_WORDS) && !ENDS_SENTENCE_RE.test(line)) reader.label(line, block.line + k);
    else reader.addItem(true, line, block.line + k);
  }
}

/**
 * A list item that is a field naming another list ("- Benefits: Stock options, unlimited PTO" in a
 * list of the posting's details, beside "- Salary: …" and "- Role: Full-time"): its value goes to
 * that list, and the list in force goes on after it, as the next item is the next field.
 */
function readFieldItem(reader: Reader, block: Block): boolean {
  const inline = INLINE_LABEL_RE.exec(block.text);
  // The label ends on the item's first line and names a list by its start or whole text.
  if (!inline || !block.lines[0].startsWith(`${inline[1]}:`) && !block.lines[0].startsWith(`${inline[1]}：`)) return false;
  if (!hasAtMostWords(inline[1], INLINE_LABEL_MAX_WORDS) || isTitleField(inline[1], inline[2]) || classifyHeading(inline[1])?.contains) return false;
  const before = reader.current.kind;
  // Only outside the sections that name what they hold: "- Bonus: Kafka" among the requirements and
  // "- Offer: we send an offer" among the hiring steps are that section's own lines.
  if (before !== null) return false;
  const kind = reader.meaning(inline[1]);
  if (!kind || LIST_KIND[kind] !== kind) return false;
  reader.label(inline[1], block.line);
  for (const item of valueItems(inline[2])) reader.add(true, item);
  reader.open(LABEL_LEVEL, before, block.line);
  return true;
}

/** The block opens a list: list items, or lines each marked as a bullet in text ("✔ Familiarity with SQL"). */
function startsList(block: Block | undefined): boolean {
  return !!block && (block.kind === "item" || (block.kind === "paragraph" && block.lines.length > 1 && block.lines.every((l) => isBulletLine(l))));
}

/** A heading that names a list section by its start or whole text ("Profil recherché", "Requirements"). */
function namesListSection(text: string): boolean {
  const m = classifyHeading(text);
  return m !== null && !m.contains && LIST_KIND[m.kind] !== null;
}

/** A short plain line names a section by its start or whole text, not by a word inside it. */
/** A plain line in title case may run this long and still be a heading. */
const TITLE_LINE_MAX_WORDS = 8;
// A word of four or more letters: title case capitalises every such word.
const LONG_WORD_RE = /[\p{L}'’]{4,}/gu;

/** Every word of four or more letters starts with a capital ("Your Future Brand & Content Marketing Team"). */
function titleCase(line: string): boolean {
  const words = line.match(LONG_WORD_RE) ?? [];
  return words.length > 0 && words.every((w) => STARTS_UPPER_RE.test(w));
}

function plainHeading(reader: Reader, line: string): boolean {
  const m = classifyHeading(line);
  return m !== null && !m.contains && reader.meaning(line) !== null;
}

/** The list a heading kind fills, or null; `…IfList` kinds fill theirs only from a section holding a list. */
const LIST_KIND: Readonly<Record<HeadingKind, SectionKind | null>> = {
  requirements: "requirements", niceToHave: "niceToHave", responsibilities: "responsibilities", benefits: "benefits",
  benefitsIfList: "benefits", benefitsIfPerks: "benefits", benefitsIfPerksBeyondPay: "benefits", benefitsElseDuties: "benefits", responsibilitiesIfList: "responsibilities", none: null,
};

/** Share of a list's items that must read as perks for a `benefitsIfPerks` section to count. */
const PERK_SHARE_MIN = 0.5;
// An item naming something offered to the hire: a perk word (every language's column; they rarely collide) at a word start.
const perkWordsRe = (words: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapePattern).join("|")})`, "iu");
const PERK_RE = perkWordsRe(Object.values(PERK_WORDS).flat());
// A perk other than pay: time off, cover, equipment, learning.
const NON_PAY_PERK_RE = perkWordsRe(Object.values(PERK_WORDS).flat().filter((w) => !PAY_PERK_WORDS.has(w)));

/** A list whose items mostly name perks. */
function perkList(items: readonly string[]): boolean {
  return items.length > 0 && items.filter((i) => PERK_RE.test(i)).length >= items.length * PERK_SHARE_MIN;
}

/** Items naming perks other than pay a "Compensation" list needs at least, besides their share. */
const MIN_NON_PAY_PERKS = 2;

/** A list whose items mostly name perks other than pay (paid time off, cover, a laptop), two at least. */
function perksBeyondPay(items: readonly string[]): boolean {
  const perks = items.filter((i) => NON_PAY_PERK_RE.test(i)).length;
  return perks >= MIN_NON_PAY_PERKS && perks > items.length * PERK_SHARE_MIN;
}

/** The list a section's items go to: a `benefitsElseDuties` section's list of duties goes to responsibilities. */
function fieldOf(section: Section, items: readonly string[]): SectionKind {
  if (section.kind === "benefitsElseDuties" && !perkList(items)) return "responsibilities";
  return LIST_KIND[section.kind as HeadingKind] as SectionKind;
}

function itemsOf(section: Section): string[] {
  if (!section.kind || !LIST_KIND[section.kind]) return [];
  if (section.kind === "benefitsIfPerks" || section.kind === "benefitsIfPerksBeyondPay") {
    const items = section.entries.filter((e) => e.list).map((e) => e.text);
    return (section.kind === "benefitsIfPerks" ? perkList(items) : perksBeyondPay(items)) ? items : [];
  }
  if (section.entries.some((e) => e.list)) return section.entries.filter((e) => e.list).map((e) => e.text);
  if (section.kind !== LIST_KIND[section.kind]) return [];
  return untilProseAfterLines(firstLinesBlock(section, section.entries.filter((e) => !e.afterUnknownLabel)).map((e) => e.text));
}

// An e-mail address.
const EMAIL_RE = /[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}/i;

/**
 * A label line's section whose first block is read line by line ("Nice-to-have qualifications:"
 * then one qualification a line) ends at the first prose paragraph after that block: the page's
 * own text (team, perks, equal opportunity) follows the blank line, as a reader sees the label's
 * block end there. A short line after it ("Salary: €70,000 – €85,000") still belongs to it.
 */
function firstLinesBlock(section: Section, entries: Entry[]): Entry[] {
  if (!section.byLabel || entries.length < 2 || entries[1].block !== entries[0].block) return entries;
  // A short line naming an e-mail address ("Si te interesa … enviarnos tu CV a jobs@acme.com") is how to apply: it ends them too.
  const prose = entries.findIndex((e) => e.block !== entries[0].block && (!hasAtMostWords(e.text, SHORT_LINE_MAX_WORDS) || EMAIL_RE.test(e.text)));
  return prose < 0 ? entries : entries.slice(0, prose);
}

/**
 * A heading's paragraphs when its sub-sections of the same kind hold the lists ("## About the
 * role", prose, then "### You will" and its items): the prose introduces the items, it is not one.
 */
function introOfListedSection(sections: readonly Section[], i: number): boolean {
  const section = sections[i];
  if (section.byLabel || !section.kind || section.entries.some((e) => e.list)) return false;
  for (let j = i + 1; j < sections.length && sections[j].level > section.level; j++) {
    // A label line's list ("Your responsibilities will include:") follows the prose as the same section's; a sub-heading's does not.
    if (!sections[j].byLabel && sections[j].kind === section.kind && sections[j].entries.some((e) => e.list)) return true;
  }
  return false;
}

/** Azul's "We offer:" lines, then its repeated company intro: after a run of short lines, a long paragraph ends the items. */
function untilProseAfterLines(items: string[]): string[] {
  let shortRun = 0;
  for (let i = 0; i < items.length; i++) {
    const words = wordCount(items[i]);
    if (shortRun >= 2 && words >= PROSE_MIN_WORDS) return items.slice(0, i);
    shortRun = words <= SHORT_LINE_MAX_WORDS ? shortRun + 1 : 0;
  }
  return items;
}

/** Frontmatter lists whose key names a section (`tasks:`, `benefits_extra:`), as a careers site's template holds them. */
function frontmatterLists(doc: PostingDoc, value: SectionLists) {
  for (const [key, list] of Object.entries(doc.frontmatter ?? {})) {
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string")) continue;
    const kind = classifyHeading(key.replace(KEY_SEPARATOR_RE, " "))?.kind;
    const target = kind ? LIST_KIND[kind] : null;
    if (!target) continue;
    for (const item of list as string[]) {
      const text = collapseSpace(item.replace(TAG_RE, ""));
      if (HAS_WORD_RE.test(text)) value[target].push(text);
    }
  }
}

export function extractSectionLists(doc: PostingDoc, _earlier: Earlier): Extracted<SectionLists> {
  const reader = new Reader();
  const header = headerLines(doc);
  // The source split into lines, once, when a list item first needs its lines' indents.
  let lines: string[] | undefined;
  const sourceLines = () => (lines ??= doc.text.split("\n"));
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i];
    if (block.kind === "heading" && header.has(block.line)) continue;
    reader.blockLine = block.line;
    switch (block.kind) {
      case "heading":
        reader.open(block.depth, reader.meaning(block.text, block.depth), block.line);
        break;
      case "paragraph":
        readParagraph(reader, block, startsList(doc.blocks[i + 1]));
        break;
      case "code":
        // Indented bullet lines that markdown reads as code (Welltech's nested duties).
        readLines(reader, block);
        break;
      case "item": {
        const left = leftLinesAt(sourceLines, block);
        if (left < 0) {
          readItem(reader, block, doc.blocks[i + 1]);
          break;
        }
        readItem(reader, { ...block, lines: block.lines.slice(0, left), text: collapseSpace(block.lines.slice(0, left).join(" ")), endLine: block.line + left - 1 }, doc.blocks[i + 1]);
        readLeftLines(reader, block, left);
        break;
      }
      case "row":
        reader.add(true, block.text);
        break;
      default:
        break;
    }
  }
  const value: SectionLists = { requirements: [], niceToHave: [], responsibilities: [], benefits: [] };
  frontmatterLists(doc, value);
  // Each list's provenance is the heading of its first section.
  const fieldFrom: Record<string, Provenance> = {};
  const sections = reader.finish();
  for (const [i, section] of sections.entries()) {
    const items = introOfListedSection(sections, i) ? [] : itemsOf(section);
    if (!items.length || !section.kind) continue;
    const field = fieldOf(section, items);
    for (const item of items) value[field].push(item); // a spread of 200,000 items overflows the stack
    fieldFrom[field] ??= { line: section.line, via: "section" };
  }
  return { value, fieldFrom };
}
