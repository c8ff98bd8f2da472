// skills (SPEC §1 "skills"): the technologies a posting names, canonical spelling, unique, in
// order of first mention — the title first, then the body in document order. Runs after
// company (extract/index.ts): a technology named like the hiring company, or made by it, is its
// own product ("Octopus Deploy" at Octopus, Loki at Grafana Labs), not a skill. Sections about
// the employer ("About Block", "Our values") and about what it offers (benefits) are not read:
// what they name is the company's business or a perk, not the role's stack ("invest in stocks or
// Bitcoin", "fertility support provided by Maven") — unless a line there lists a stack;
// intro prose without a heading is read. Frontmatter
// (a careers page's `technology:`/`skills:` block) is read after the title; HTML comments
// (a retired posting left in the page source) are not read. The vocabulary and the matching rules live in
// normalize/skills.ts and normalize/data/skills.ts.
import type { Block, PostingDoc } from "../core/document.js";
import type { Earlier, Extracted } from "../core/types.js";
import { COLON_LABEL_MAX_WORDS, ENDS_COLON_RE, labelText, lastSentence, hasAtMostWords } from "../normalize/list-lines.js";
import { classifyHeading, HEADING_MAX_WORDS } from "../normalize/section-names.js";
import { findSkills, makerOf } from "../normalize/skills.js";

// The body is scanned up to this many characters (a hostile 10 MB file stays fast).
const MAX_SCAN_CHARS = 200_000;
// A title longer than this is not a title; only its start is scanned.
const MAX_TITLE_CHARS = 1_000;
// Words of a company name that say nothing about which company it is.
const COMPANY_NOISE_RE = /\b(?:inc|llc|ltd|gmbh|corp|corporation|co|labs?|technologies|the|group|hq)\b\.?/gi;
// Blanks between words, to take a name's first word.
const BLANKS_RE = /\s+/;
// A block that is an HTML comment: hidden from readers of the rendered page.
const HTML_COMMENT_START_RE = /^\s*<!--/;
// A static-site template's tag left in the page ("{% include tech.html %}", "{{ site.stack }}"): the
// generator's instruction, not text a reader sees, so its file names are no mentions ("tech.html").
const TEMPLATE_TAG_RE = /\{%[^%\n]{0,200}%\}|\{\{[^}\n]{0,200}\}\}/g;
// Anything but letters and digits, dropped to compare names.
const NON_ALNUM_RE = /[^\p{L}\p{N}]+/gu;

function fold(s: string): string {
  return s.toLowerCase().replace(NON_ALNUM_RE, "");
}

/** The company's first distinctive word, folded ("Octopus Deploy Inc." → "octopus"); null when too short. */
function companyWord(company: string | null | undefined): string | null {
  const word = (company ?? "").replace(COMPANY_NOISE_RE, " ").trim().split(BLANKS_RE)[0] ?? "";
  const folded = fold(word);
  return folded.length >= 3 ? folded : null;
}

/** A skill is the company's own product when its first word, or its maker, is the company's name. */
function isOwnProduct(skill: string, company: string | null): boolean {
  if (company === null) return false;
  const maker = makerOf(skill);
  return fold(skill.split(BLANKS_RE)[0]) === company || (maker !== undefined && fold(maker) === company);
}

/** Frontmatter keys and values as text, one a line: `technology: [TypeScript]`, `skills: {Linux: 4}`. */
function frontmatterText(value: unknown, depth = 0): string {
  if (depth > 6 || value === null || value === undefined) return "";
  if (typeof value === "string") return value + "\n";
  if (Array.isArray(value)) return value.map((v) => frontmatterText(v, depth + 1)).join("");
  if (typeof value === "object") {
    let out = "";
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      // A key of a nested map may itself name a technology ("Linux": 4), a top-level key never does.
      if (depth > 0) out += key + "\n";
      out += frontmatterText(v, depth + 1);
    }
    return out;
  }
  return "";
}

/** Technologies a line of an employer or benefits section must name to be read as a stack. */
const MIN_STACK_NAMES = 2;

function distinctSkills(text: string): number {
  return new Set(findSkills(text).map((m) => m.name)).size;
}

/** Label lines rank below every markdown heading. */
const LABEL_LEVEL = 7;

/** Whether a heading or label line opens a section whose technologies are not the role's, or null when it names none. */
function offRole(text: string): boolean | null {
  const m = classifyHeading(text);
  if (!m) return null;
  // A pitch ("Why join us?", "Votre environnement de travail") often describes the team's tools: read.
  return m.aboutEmployer || m.kind === "benefits";
}

/** The text of a paragraph that acts as a label line (`**About Acme**`, `Our perks:`) or a lead-in
 *  naming the list after it ("This role requires two years of WebRTC. Bonus points for:"), else null. */
function labelOf(block: Block): string | null {
  const label = labelText(block);
  if (label !== null) return hasAtMostWords(label, HEADING_MAX_WORDS) ? label : null;
  if (!ENDS_COLON_RE.test(block.text)) return null;
  if (block.lines.length === 1 && hasAtMostWords(block.text, COLON_LABEL_MAX_WORDS)) return block.text;
  const tail = lastSentence(block.lines[block.lines.length - 1]);
  return hasAtMostWords(tail, HEADING_MAX_WORDS) && classifyHeading(tail) ? tail : null;
}

/**
 * For each block, whether it sits in a section about the employer or its offer. Headings nest by
 * level and a label line lasts until the next label or heading.
 */
export function offRoleBlocks(blocks: readonly Block[]): boolean[] {
  const stack: { level: number; off: boolean }[] = [];
  const out: boolean[] = [];
  for (const block of blocks) {
    const label = block.kind === "heading" ? block.text : block.kind === "paragraph" ? labelOf(block) : null;
    const level = block.kind === "heading" ? block.depth : LABEL_LEVEL;
    if (label !== null) {
      const named = offRole(label);
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      // A heading or label of unknown meaning ("The Work", "We're currently working with") is read:
      // under a top "# The Company" heading a whole posting may sit.
      stack.push({ level, off: named ?? false });
    }
    out.push(stack[stack.length - 1]?.off ?? false);
  }
  return out;
}

/** The body as one text, one block a line, without the job board's header lines. */
function bodyText(doc: PostingDoc): string {
  // A segmented header shares its line with the first paragraph, and names technologies itself ("| Python/Django |").
  const skip = new Set(doc.header.segmented ? [] : [doc.header.title?.line, doc.header.company?.line, doc.header.location?.line, doc.header.salary?.line]);
  // Only a posting with a comment in it needs its source lines (most have none).
  const sourceLines = doc.text.includes("<!--") ? doc.text.split("\n") : null;
  let out = frontmatterText(doc.frontmatter).slice(0, MAX_SCAN_CHARS);
  const off = offRoleBlocks(doc.blocks);
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i];
    if (skip.has(block.line)) continue;
    // Off the role, one name in passing is the business or a perk ("stocks or Bitcoin"); a line
    // naming several is a stack ("a modern stack (.NET, Kubernetes, Azure)", "Mac OSX, Vagrant, Docker").
    if (off[i] && distinctSkills(block.lines.join("\n")) < MIN_STACK_NAMES) continue;
    if (sourceLines && HTML_COMMENT_START_RE.test(sourceLines[block.line - 1] ?? "")) continue;
    const text = block.lines.join("\n");
    out += (text.includes("{") ? text.replace(TEMPLATE_TAG_RE, " ") : text) + "\n";
    if (out.length >= MAX_SCAN_CHARS) return out.slice(0, MAX_SCAN_CHARS);
  }
  return out;
}

export function extractSkills(doc: PostingDoc, earlier: Earlier): Extracted<string[]> {
  const company = companyWord(earlier.company);
  const title = (earlier.title ?? doc.header.title?.text ?? "").slice(0, MAX_TITLE_CHARS);
  const mentions = [...findSkills(title, { title: true }), ...findSkills(bodyText(doc))];
  // One technology once, spelled as first written ("SQS" named bare before "AWS SQS/SNS" stays "SQS").
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const { name, written } of mentions) {
    if (seen.has(name) || isOwnProduct(name, company)) continue;
    seen.add(name);
    skills.push(written ?? name);
  }
  return { value: skills };
}
