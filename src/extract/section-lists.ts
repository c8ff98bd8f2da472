// requirements / niceToHave / responsibilities / benefits (SPEC §1): the items of the sections
// whose heading says what they hold. Headings are markdown headings (their level nests them),
// bold/italic label lines, short `Label:` lines and short plain lines; the vocabulary that
// classifies them is normalize/section-names.ts. Label lines sit below every markdown heading
// (LABEL_LEVEL): a known label switches the list until the next heading or label, an unknown one
// is a sub-label that keeps its parent's list. Items: one per list item (nested after parent) or
// bullet-marked line; a section without either gives one item per paragraph, up to its first
// unknown sub-label. Reads nothing from `earlier`.
import type { Block, PostingDoc } from "../core/document.js";
import type { Earlier, Extracted, Provenance } from "../core/types.js";
import { classifyHeading, HEADING_MAX_WORDS, type HeadingKind, type SectionKind } from "../normalize/section-names.js";

export interface SectionLists {
  requirements: string[];
  niceToHave: string[];
  responsibilities: string[];
  benefits: string[];
}

/** Label lines rank below markdown headings (levels 1–6). */
const LABEL_LEVEL = 7;
/** A `Label:` line longer than this is a sentence's lead-in ("Example projects might include:"). */
const COLON_LABEL_MAX_WORDS = 12;
/** A plain line without a colon acts as a heading only when this short ("Requirements"). */
const PLAIN_LABEL_MAX_WORDS = 5;
/** Text after a bold label (`**Good to have:** Experience working with`) shorter than this is a lead-in. */
const LEAD_IN_MAX_WORDS = 4;

// A bullet written as text at the start of a line: •, ·, ▪, ✓, an emoji, `- `, `* `, `1. `.
const BULLET_RE = /^(?:[•·‣◦▪▫●○■□➤➢►▸→✓✔☑✅⭐★☆❖◆♦]|\p{Extended_Pictographic}|[-*+–—](?=\s)|\d{1,2}[.)](?=\s))[\uFE0F\u200d\s]*/u;
// A line that ends in a colon (optionally followed by closing emphasis or spaces).
const ENDS_COLON_RE = /[:：]\s*$/;
// Sentence-ending punctuation at the end of a line: such a line is prose, not a plain heading.
const ENDS_SENTENCE_RE = /[.!;,]\s*$/;
// At least one letter or digit: "__", "*" and "---" are not items.
const HAS_WORD_RE = /[\p{L}\p{N}]/u;
// Social-media tags such as "#LI-Remote", alone on a line.
const HASHTAG_LINE_RE = /^(?:#[\w-]+[\s,]*)+$/;
// A line starting with a capital or digit (a paragraph whose every line does is a list of lines).
const STARTS_UPPER_RE = /^[\p{Lu}\p{N}"“(]/u;
// A one-line `Label: value` ("Perks: 21 days PTO, free lunch") — a short label, then its value.
const INLINE_LABEL_RE = /^([^:：]{2,60})[:：]\s+(\S.*)$/;
/** An inline label names a section only when this short. */
const INLINE_LABEL_MAX_WORDS = 5;
// Punctuation left when a bold label's text is removed from its line (`**Experience** :`).
const LABEL_REST_RE = /^[\s:：.\-–—?!]*$/;

interface Entry {
  list: boolean;
  text: string;
  afterUnknownLabel: boolean;
}

interface Section {
  kind: HeadingKind | null;
  line: number;
  entries: Entry[];
  sawUnknownLabel: boolean;
}

interface Frame {
  level: number;
  kind: HeadingKind | null;
}

function wordCount(s: string): number {
  return s.split(" ").filter(Boolean).length;
}

function cleanItem(text: string): string {
  return text.replace(BULLET_RE, "").trim();
}

/** The reader's state: the heading stack, the open section and the finished ones. */
class Reader {
  stack: Frame[] = [];
  sections: Section[] = [];
  current: Section = { kind: null, line: 0, entries: [], sawUnknownLabel: false };

  /** The list kind in force for a heading at `below` (frames at that level or deeper are closed by it). */
  kindNow(below = Infinity): HeadingKind | null {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i].level < below && this.stack[i].kind) return this.stack[i].kind;
    return null;
  }

  open(level: number, kind: HeadingKind | null, line: number) {
    while (this.stack.length && this.stack[this.stack.length - 1].level >= level) this.stack.pop();
    this.stack.push({ level, kind });
    this.sections.push(this.current);
    this.current = { kind: this.kindNow(), line, entries: [], sawUnknownLabel: false };
  }

  /** Classify a heading text; a weak name ("Skills") counts only outside another list section. */
  meaning(text: string, level = LABEL_LEVEL): HeadingKind | null {
    const m = classifyHeading(text);
    if (!m) return null;
    const parent = this.kindNow(level);
    if (m.weak && parent && parent !== "none") return null;
    return m.kind;
  }

  /** A label line: a known one switches the list, an unknown one is a sub-label. */
  label(text: string, line: number): boolean {
    const kind = this.meaning(text);
    if (kind) this.open(LABEL_LEVEL, kind, line);
    else this.current.sawUnknownLabel = true;
    return kind !== null;
  }

  add(list: boolean, text: string) {
    const clean = cleanItem(text);
    if (!HAS_WORD_RE.test(clean) || HASHTAG_LINE_RE.test(clean)) return;
    this.current.entries.push({ list, text: clean, afterUnknownLabel: this.current.sawUnknownLabel });
  }

  finish(): Section[] {
    this.sections.push(this.current);
    return this.sections;
  }
}

/** Lines of the job board's header (a `# Title` line and the company/badge lines after it). */
function headerLines(doc: PostingDoc): Set<number> {
  const h = doc.header;
  if (!h.title) return new Set();
  const titleBlock = doc.blocks.find((b) => b.line === h.title?.line && b.kind === "heading");
  // A page whose first heading is a section ("## The role") has no board header to skip.
  if (h.titleUrl === undefined && titleBlock?.depth !== 1) return new Set();
  return new Set([h.title, h.company, h.location, h.salary].flatMap((f) => (f ? [f.line] : [])));
}

/** A paragraph that is only emphasis, or an emphasis run followed by nothing but punctuation. */
function labelText(block: Block): string | null {
  if (block.lines.length > 2) return null;
  if (block.emphasized) return block.text;
  const lead = block.leadingEmphasis;
  if (lead && block.text.startsWith(lead) && LABEL_REST_RE.test(block.text.slice(lead.length))) return block.text;
  return null;
}

function readParagraph(reader: Reader, block: Block) {
  const label = labelText(block);
  if (label !== null && wordCount(label) <= HEADING_MAX_WORDS) {
    reader.label(label, block.line);
    return;
  }
  // `**Good to have:** Experience working with` — a known bold label opens the line.
  const lead = block.leadingEmphasis;
  const leadKind = lead && block.lines.length === 1 && ENDS_COLON_RE.test(lead) ? reader.meaning(lead) : null;
  // "**Please note:** we only hire on the east coast" is prose, not a switch to nothing.
  if (lead && leadKind && leadKind !== "none") {
    reader.label(lead, block.line);
    const rest = block.text.slice(lead.length).trim();
    if (wordCount(rest) > LEAD_IN_MAX_WORDS && !ENDS_COLON_RE.test(rest)) reader.add(false, rest);
    return;
  }
  readLines(reader, block);
}

/** Line by line: bullet lines are items, short `Label:`/plain heading lines switch, the rest is prose. */
function readLines(reader: Reader, block: Block) {
  const prose: string[] = [];
  let bullet: string | null = null;
  const flushBullet = () => {
    if (bullet !== null) reader.add(true, bullet);
    bullet = null;
  };
  const flushProse = () => {
    if (!prose.length) return;
    const oneEach = prose.length > 1 && prose.every((l) => STARTS_UPPER_RE.test(l));
    if (oneEach) for (const l of prose) reader.add(false, l);
    else reader.add(false, prose.join(" "));
    prose.length = 0;
  };
  block.lines.forEach((line, i) => {
    // "✨ Why You’ll Love Being Part of Welltech:" — a bullet-marked `Label:` is still a label.
    if (BULLET_RE.test(line) && HAS_WORD_RE.test(line) && !(ENDS_COLON_RE.test(line) && reader.meaning(cleanItem(line)))) {
      flushBullet();
      flushProse();
      bullet = line;
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
    if (words <= PLAIN_LABEL_MAX_WORDS && !ENDS_SENTENCE_RE.test(line) && block.lines.length <= 2 && plainHeading(reader, line)) {
      flushBullet();
      flushProse();
      reader.label(line, block.line + i);
      return;
    }
    // Plain-text posts: "Perks: 21 days PTO, free lunch" opens benefits with its value as the item.
    const inline = bullet === null ? INLINE_LABEL_RE.exec(line) : null;
    if (inline && wordCount(inline[1]) <= INLINE_LABEL_MAX_WORDS) {
      const kind = reader.meaning(inline[1]);
      // "Please note: we hire on the east coast" stays prose: only list kinds switch here.
      if (kind && kind !== "benefitsIfList" && kind !== "none") {
        flushProse();
        reader.label(inline[1], block.line + i);
        reader.add(true, inline[2]);
        return;
      }
    }
    if (bullet !== null) bullet += ` ${line}`;
    else if (!ENDS_COLON_RE.test(line)) prose.push(line);
  });
  flushBullet();
  flushProse();
}

/** A short plain line names a section by its start or whole text, not by a word inside it. */
function plainHeading(reader: Reader, line: string): boolean {
  const m = classifyHeading(line);
  return m !== null && !m.contains && reader.meaning(line) !== null;
}

function itemsOf(section: Section): string[] {
  if (!section.kind || section.kind === "none") return [];
  const hasList = section.entries.some((e) => e.list);
  if (section.kind === "benefitsIfList" && !hasList) return [];
  return hasList ? section.entries.filter((e) => e.list).map((e) => e.text) : section.entries.filter((e) => !e.afterUnknownLabel).map((e) => e.text);
}

export function extractSectionLists(doc: PostingDoc, _earlier: Earlier): Extracted<SectionLists> {
  const reader = new Reader();
  const header = headerLines(doc);
  for (const block of doc.blocks) {
    if (block.kind === "heading" && header.has(block.line)) continue;
    switch (block.kind) {
      case "heading":
        reader.open(block.depth, reader.meaning(block.text, block.depth), block.line);
        break;
      case "paragraph":
        readParagraph(reader, block);
        break;
      case "code":
        // Indented bullet lines that markdown reads as code (Welltech's nested duties).
        readLines(reader, block);
        break;
      case "item":
      case "row":
        reader.add(true, block.text);
        break;
      default:
        break;
    }
  }
  const value: SectionLists = { requirements: [], niceToHave: [], responsibilities: [], benefits: [] };
  let from: Provenance | undefined;
  for (const section of reader.finish()) {
    const items = itemsOf(section);
    if (!items.length) continue;
    const kind: SectionKind = section.kind === "benefitsIfList" ? "benefits" : (section.kind as SectionKind);
    value[kind].push(...items);
    from ??= { line: section.line, via: "section" };
  }
  return { value, from };
}
