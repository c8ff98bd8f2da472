// mdast → PostingDoc: the views every extractor reads, built once per posting so no extractor
// walks the tree again (markdownlint lib/cache.mjs does this for its rules).
// Views: the job-board header (`# [Title](url)` / `### Company` / `#### 💰 … 🌎 …`), frontmatter,
// `Key: value` fields, and a flat list of blocks (headings, paragraphs, list items, table rows)
// in document order with their plain text and line numbers.
import type { Root, RootContent, PhrasingContent, ListItem, Heading, Table } from "mdast";
import type { Found } from "./types.js";
import { cutWarning, lineTree } from "./line-tree.js";
import { parseMarkdown } from "./markdown.js";
import { nameBesideRole, parseHtmlFragment, parseHtmlPage, postingHeadingOf, siteNameOf } from "./html.js";
import { jobPostingOf, unescapedHtml } from "./json-ld.js";
import { isRoleListLabel, readHeaderLines, soleListedRole } from "../normalize/header-segments.js";
import { frontmatterEntries, parseFrontmatter } from "./frontmatter.js";
import { linkedInHeader } from "./linkedin-page.js";
import { classifyHeading } from "../normalize/section-names.js";
import { ANY_ROLE_NOUN_RE } from "../normalize/role-words.js";

export type BlockKind = "heading" | "paragraph" | "item" | "row" | "code";

export interface Block {
  kind: BlockKind;
  /** Plain text: markdown removed, whitespace collapsed, trimmed. */
  text: string;
  /** The block's text line by line (a paragraph's soft breaks kept apart). */
  lines: string[];
  /** 1-based line of the block's first and last line in the repaired text. */
  line: number;
  endLine: number;
  /** heading: its level 1–6; item: list nesting, 1 = top level; else 0. */
  depth: number;
  /** The whole text is bold or italic (a label-line candidate: `**Nice to have**`). */
  emphasized: boolean;
  /** Text of a bold/italic run that opens the block (`**Good to have:** Experience with`). */
  leadingEmphasis: string | null;
  /** Links in the block, in order. */
  links: { text: string; url: string }[];
}

export interface Field {
  /** Lower-cased key with spaces collapsed: "salary range", "employment type". */
  key: string;
  value: string;
  line: number;
  via: "field" | "frontmatter";
}

export interface PostingHeader {
  title?: Found;
  titleUrl?: Found;
  company?: Found;
  location?: Found;
  salary?: Found;
  /** Set when the header is a one-line segmented header (`Acme | Engineer | Remote | $120k`). */
  segmented?: boolean;
  /** A segmented header's role segment, as written (the posting's title). */
  role?: Found;
  /** A stated employment type: a segmented header's segment ("Full-time/Remote (Canada)"), or publisher data. */
  employmentType?: Found;
  /** A segmented header's URL segment (the applyUrl when no apply link is given). */
  url?: Found;
  /** An HTML page's <title>, when the page has no <h1>: a title after the posting's own heading or field. */
  pageTitle?: Found;
  /** An HTML page's <title> whatever its headings: a part of it may name the job's place ("… | Bangalore | GO-JEK Careers"). */
  titleTag?: Found;
  /** An HTML page's og:title or twitter:title: with its <title>, it names which heading is the posting's. */
  socialTitle?: Found;
  /** The company an HTML page's metadata names (its og:site_name or <title>): after the body's. */
  siteName?: Found;
  /** The holder an HTML page's copyright notice names: the company when nothing else names it. */
  copyrightHolder?: Found;
  /** The header is the publisher's structured data (a page's JSON-LD): its title is the title. */
  publisher?: boolean;
}

export interface PostingDoc {
  /** The repaired source text (LF line endings). */
  text: string;
  header: PostingHeader;
  frontmatter: Record<string, unknown> | null;
  fields: Field[];
  blocks: Block[];
  /** Plain text of all blocks, one block a line (for body-prose scans). */
  plainText: string;
  /** What building the views had to give up (a block cut to MAX_BLOCK_CHARS, a parse fallback). */
  warnings: string[];
}

/**
 * Characters of one block that extractors read (issue 6: cap how much text one field scans).
 * The longest paragraph in the corpus has 3,088; a longer block is cut at a space near the cap.
 */
export const MAX_BLOCK_CHARS = 20_000;
/** Opening lines read for a segmented header: a lead line, the header line, and what continues it. */
const LEAD_LINES = 4;

// `Key: value` on one line: a short key of words, then a colon and a value.
const FIELD_LINE_RE = /^([A-Za-z][A-Za-z0-9 &/()'’.-]{0,38}?)\s*:\s+(\S.*)$/;
// Header badges of the job board's fourth line: `💰 USD 180000.0~250000.0` and `🌎 Remote`.
const SALARY_BADGE_RE = /^💰\s*/u;
const LOCATION_BADGE_RE = /^🌎\s*/u;
// Runs of whitespace, zero-width characters and non-breaking spaces that are not already one
// plain space, collapsed to one: the single spaces between words are not matched, so a line
// with nothing to collapse is returned as it is instead of rebuilt at every space (issue 5).
const SPACE_RUN_RE = / [\s\u00a0\u200b-\u200d\u2060\ufeff]+|[^\S ][\s\u00a0\u200b-\u200d\u2060\ufeff]*|[\u200b-\u200d\u2060][\s\u00a0\u200b-\u200d\u2060\ufeff]*/g;
// Nothing but whitespace, zero-width characters and non-breaking spaces.
const BLANK_RE = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*$/;
// HTML tags inside an html node (their text is kept).
const HTML_TAG_RE = /<[^<>]{0,500}>/g;
// An HTML comment (unclosed: to the end of the node): never rendered, so never part of the posting
// (a careers page keeps closed roles commented out — corpus/other opencollective).
const HTML_COMMENT_RE = /<!--[\s\S]*?(?:-->|$)/g;
// Frontmatter opening an HTML file: `---` (YAML) or `+++` (TOML) lines around it, from line 1.
const HTML_FRONTMATTER_RE = /^(---|\+\+\+)[ \t]*\n[\s\S]{0,20000}?\n\1[ \t]*(?:\n|$)/;
// Whitespace, uncounted when comparing how much text two renderings hold.
const BLANK_RUN_RE = /\s+/g;
// A line made of backslash-escapes that remark keeps literally (`\-`), for plain text.
const BACKSLASH_ESCAPE_RE = /\\([\\`*_{}[\]()#+\-.!|~<>])/g;

export function collapseSpace(s: string): string {
  return s.replace(SPACE_RUN_RE, " ").trim();
}

/** Plain text of inline content; hard and soft breaks become "\n". */
function inlineText(nodes: readonly PhrasingContent[] | readonly RootContent[]): string {
  let out = "";
  for (const node of nodes as RootContent[]) {
    switch (node.type) {
      case "text":
        out += node.value;
        break;
      case "inlineCode":
        out += node.value;
        break;
      case "break":
        out += "\n";
        break;
      case "html":
        out += node.value.replace(HTML_COMMENT_RE, "").replace(HTML_TAG_RE, (tag) => (/^<br\b/i.test(tag) ? "\n" : ""));
        break;
      case "image":
        out += node.alt ?? "";
        break;
      default:
        if ("children" in node) out += inlineText(node.children as PhrasingContent[]);
    }
  }
  return out;
}

function linksOf(nodes: readonly RootContent[], into: { text: string; url: string }[] = []) {
  for (const node of nodes) {
    if (node.type === "link") into.push({ text: collapseSpace(inlineText(node.children)), url: node.url });
    else if ("children" in node) linksOf(node.children as RootContent[], into);
  }
  return into;
}

function isEmphasis(node: RootContent): boolean {
  return node.type === "strong" || node.type === "emphasis";
}

function isBlankText(node: RootContent): boolean {
  return node.type === "text" && BLANK_RE.test(node.value);
}

/** The whole paragraph is emphasis (blank text between runs allowed). */
function allEmphasized(children: readonly RootContent[]): boolean {
  let any = false;
  for (const c of children) {
    if (isBlankText(c) || c.type === "break") continue;
    if (!isEmphasis(c)) return false;
    any = true;
  }
  return any;
}

function leadingEmphasisOf(children: readonly RootContent[]): string | null {
  const first = children.find((c) => !isBlankText(c));
  if (!first || !isEmphasis(first)) return null;
  const text = collapseSpace(inlineText([first]));
  return text || null;
}

function splitLines(raw: string): string[] {
  const lines: string[] = [];
  for (const l of raw.split("\n")) {
    const line = collapseSpace(l.includes("\\") ? l.replace(BACKSLASH_ESCAPE_RE, "$1") : l);
    if (line) lines.push(line);
  }
  return lines;
}

interface Walk {
  blocks: Block[];
  /** Line of the first block cut to MAX_BLOCK_CHARS, 0 when none was. */
  cutLine: number;
}

/** `raw` cut to MAX_BLOCK_CHARS, at the last space before the cap when there is one nearby. */
function capped(raw: string): string {
  if (raw.length <= MAX_BLOCK_CHARS) return raw;
  const space = raw.lastIndexOf(" ", MAX_BLOCK_CHARS);
  return raw.slice(0, space > MAX_BLOCK_CHARS / 2 ? space : MAX_BLOCK_CHARS);
}

function pushBlock(
  walk: Walk,
  kind: BlockKind,
  raw: string,
  node: RootContent,
  depth: number,
  children: readonly RootContent[] = [],
) {
  const line = node.position?.start.line ?? 0;
  if (raw.length > MAX_BLOCK_CHARS && !walk.cutLine) walk.cutLine = line;
  const lines = splitLines(capped(raw));
  if (!lines.length) return;
  walk.blocks.push({
    kind,
    text: lines.join(" "),
    lines,
    line,
    endLine: node.position?.end.line ?? line,
    depth,
    emphasized: allEmphasized(children),
    leadingEmphasis: leadingEmphasisOf(children),
    links: linksOf(children),
  });
}

function walkListItem(walk: Walk, item: ListItem, depth: number) {
  // The item's own text is its non-list children; nested lists follow as deeper items.
  const ownInline: RootContent[] = [];
  let raw: string | null = null;
  for (const child of item.children) {
    if (child.type === "list") continue;
    if (child.type === "paragraph") for (const c of child.children) ownInline.push(c);
    else ownInline.push(child);
    const text = child.type === "paragraph" || child.type === "heading" ? inlineText(child.children) : "children" in child ? inlineText(child.children as RootContent[]) : "value" in child ? String(child.value) : "";
    raw = raw === null ? text : `${raw}\n${text}`;
  }
  pushBlock(walk, "item", raw ?? "", item as unknown as RootContent, depth, ownInline);
  for (const list of item.children) if (list.type === "list") for (const li of list.children) walkListItem(walk, li, depth + 1);
}

function walkTable(walk: Walk, table: Table) {
  for (const row of table.children) {
    const cells = row.children.map((cell) => collapseSpace(inlineText(cell.children)));
    const text = cells.filter(Boolean).join(" | ");
    if (text) pushBlock(walk, "row", text, row as unknown as RootContent, 0, row.children.flatMap((c) => c.children) as RootContent[]);
  }
}

function walkNodes(walk: Walk, nodes: readonly RootContent[]) {
  for (const node of nodes) {
    switch (node.type) {
      case "heading":
        pushBlock(walk, "heading", inlineText(node.children), node, node.depth, node.children);
        break;
      case "paragraph":
        pushBlock(walk, "paragraph", inlineText(node.children), node, 0, node.children);
        break;
      case "html":
        if (node.value.replace(HTML_COMMENT_RE, "").trim()) pushBlock(walk, "paragraph", inlineText([node]), node, 0);
        break;
      case "list":
        for (const item of node.children) walkListItem(walk, item, 1);
        break;
      case "table":
        walkTable(walk, node);
        break;
      case "code":
        pushBlock(walk, "code", node.value, node, 0);
        break;
      case "blockquote":
        walkNodes(walk, node.children);
        break;
      default:
        break;
    }
  }
}

/** Normalise a field key: lower case, spaces collapsed, trailing punctuation dropped. */
export function fieldKey(key: string): string {
  return collapseSpace(key.toLowerCase().replace(/[*_]/g, "")).replace(/[\s:.-]+$/, "");
}

function fieldsOf(blocks: Block[], frontmatter: Record<string, unknown> | null): Field[] {
  const fields: Field[] = [];
  if (frontmatter) {
    for (const entry of frontmatterEntries(frontmatter)) {
      const text = collapseSpace(entry.text);
      if (!text) continue;
      const key = fieldKey(entry.key);
      fields.push({ key, value: text, line: 1, via: "frontmatter" });
      // The key by meaning too ("ciudad" is read as "location"), so every extractor's key list finds it.
      if (entry.meaning && entry.meaning !== key) fields.push({ key: entry.meaning, value: text, line: 1, via: "frontmatter" });
    }
  }
  for (const block of blocks) {
    // Careers pages write fields as headings too ("### Salary: £46,424 - £55,275").
    if (block.kind !== "paragraph" && block.kind !== "item" && block.kind !== "heading") continue;
    block.lines.forEach((text, i) => {
      const m = FIELD_LINE_RE.exec(text);
      if (m) fields.push({ key: fieldKey(m[1]), value: m[2].trim(), line: block.line + i, via: "field" });
    });
  }
  return fields;
}

/**
 * A header made of the posting's first line when it is a segmented one (`Acme | Senior Engineer |
 * Berlin (Hybrid) | €80–100k | Full-time`), or of its second line under a short name or title: a
 * plain-text paragraph opening the posting, as Hacker News comments and mailing-list posts do.
 * Headings are left to the job-board header and title.
 */
function segmentedHeaderOf(blocks: Block[]): PostingHeader | null {
  const first = blocks[0];
  if (!first || first.kind !== "paragraph") return null;
  // The header line may sit under a one-line name or title and run on over the next lines, in the
  // same paragraph or the next ones.
  const lead: { text: string; line: number }[] = [];
  for (const block of blocks.slice(0, LEAD_LINES)) {
    if (block.kind !== "paragraph") break;
    block.lines.forEach((text, i) => lead.push({ text, line: block.line + i }));
    if (lead.length >= LEAD_LINES) break;
  }
  const seg = readHeaderLines(lead.slice(0, LEAD_LINES).map((l) => l.text));
  if (!seg) return null;
  const line = lead[seg.lineIndex].line;
  const at = (text: string | undefined): Found | undefined => (text ? { text, line, via: "header" } : undefined);
  const header: PostingHeader = { segmented: true };
  const found = { company: at(seg.company), role: at(seg.role), location: at(seg.location), salary: at(seg.salary), employmentType: at(seg.employmentType), url: at(seg.url) };
  for (const [key, value] of Object.entries(found)) if (value) header[key as keyof typeof found] = value;
  if (!header.role) {
    // A header naming no role over a list of one open role ("Open roles:" / "Support Engineer £30k–£55k | Full-time"): that role's line is the role's header.
    const listed = roleListItems(blocks);
    const sole = listed && soleListedRole(listed.items.map((i) => i.text));
    if (sole) {
      header.role = { text: sole.role, line: listed.items[0].line, via: "header" };
      if (sole.employmentType && !header.employmentType) header.employmentType = { text: sole.employmentType, line: listed.items[0].line, via: "header" };
    }
  }
  return header;
}

/** Blocks searched for a list of open roles. */
const MAX_ROLE_LIST_BLOCKS = 30;

/**
 * The lines under the first role-list label ("We're hiring for:", "Open roles:"): the rest of its
 * paragraph, or the list items right after it.
 */
function roleListItems(blocks: readonly Block[]): { items: { text: string; line: number }[] } | null {
  const scanned = blocks.slice(0, MAX_ROLE_LIST_BLOCKS);
  for (const [index, block] of scanned.entries()) {
    if (block.kind !== "paragraph") continue;
    const at = block.lines.findIndex(isRoleListLabel);
    if (at < 0) continue;
    if (at < block.lines.length - 1) return { items: block.lines.slice(at + 1).map((text, i) => ({ text, line: block.line + at + 1 + i })) };
    const items: { text: string; line: number }[] = [];
    for (const next of scanned.slice(index + 1)) {
      if (next.kind !== "item") break;
      if (next.depth === 1) items.push({ text: next.text, line: next.line });
    }
    return { items };
  }
  return null;
}

/**
 * The parts of a segmented <h1> ("Backend Engineer - Acme - Lisbon, Portugal") the header does not
 * hold yet; nothing when the heading is no segmented header or names no role.
 */
function segmentedHeadingHeader(text: string, header: PostingHeader, line: number): Partial<PostingHeader> {
  const seg = readHeaderLines([text]);
  if (!seg?.role || !(seg.company || seg.location)) return {};
  const at = (value: string | undefined): Found | undefined => (value ? { text: value, line, via: "header" } : undefined);
  const out: Partial<PostingHeader> = { segmented: true, role: at(seg.role) };
  if (!header.company && seg.company) out.company = at(seg.company);
  if (!header.location && seg.location) out.location = at(seg.location);
  if (!header.salary && seg.salary) out.salary = at(seg.salary);
  if (!header.employmentType && seg.employmentType) out.employmentType = at(seg.employmentType);
  return out;
}

/** The job board's header: title heading, then headings before any other content. */
function headerOf(tree: Root, blocks: Block[]): PostingHeader {
  const linkedIn = linkedInHeader(blocks);
  if (linkedIn) return linkedIn;
  const header: PostingHeader = {};
  const nodes = tree.children.filter((n) => n.type !== "yaml" && n.type !== ("toml" as string));
  const first = nodes[0];
  if (!first || first.type !== "heading") return segmentedHeaderOf(blocks) ?? header;
  const titleBlock = blocks.find((b) => b.line === first.position?.start.line && b.kind === "heading");
  const link = firstLink(first);
  const titleText = link ? collapseSpace(inlineText(link.children)) : titleBlock?.text ?? "";
  const line = first.position?.start.line ?? 1;
  if (titleText) header.title = { text: titleText, line, via: "header" };
  if (link?.url) header.titleUrl = { text: link.url, line, via: "header" };
  // The job board writes `### Company` then `#### `💰 …` `🌎 …`` right after the title.
  for (const node of nodes.slice(1, 3)) {
    if (node.type !== "heading") break;
    const nodeLine = node.position?.start.line ?? 0;
    const codes = node.children.filter((c) => c.type === "inlineCode");
    if (codes.length) {
      for (const code of codes) {
        const value = collapseSpace(code.value);
        if (SALARY_BADGE_RE.test(value)) header.salary = { text: value.replace(SALARY_BADGE_RE, ""), line: nodeLine, via: "header" };
        else if (LOCATION_BADGE_RE.test(value)) header.location = { text: value.replace(LOCATION_BADGE_RE, ""), line: nodeLine, via: "header" };
      }
    } else if (node.depth === 3 && !header.company) {
      const text = collapseSpace(inlineText(node.children));
      // Past the job board's linked title, a `### …` heading is a careers page's section
      // ("### About Blockstack", "### Grade: C1"), not the company line.
      if (link || isCompanyLine(text)) header.company = { text, line: nodeLine, via: "header" };
    }
  }
  return header;
}

// What a company line opens with: a letter or digit ("### + prime de …" is a note under the title).
const COMPANY_LINE_START_RE = /^[\p{L}\p{N}]/u;

/**
 * A bare heading that could be a company's name: no `Key: value`, no section name ("About us",
 * "Responsibilities"), no role ("### Pessoa Desenvolvedora Android" under the title repeats it).
 */
function isCompanyLine(text: string): boolean {
  return COMPANY_LINE_START_RE.test(text) && !text.includes(":") && classifyHeading(text) === null && !ANY_ROLE_NOUN_RE.test(text);
}

function firstLink(heading: Heading) {
  for (const c of heading.children) if (c.type === "link") return c;
  return undefined;
}

// Frontmatter keys holding the page's <title> ("metaTitle: DevOps Engineer - Acme Ltd", "seo_title").
const PAGE_TITLE_KEY_RE = /^(?:meta|seo|og|page|html|head)[_ -]?title$/i;

/**
 * The site a careers page's frontmatter page title names beside the posting's title ("metaTitle:
 * DevOps Engineer - Acme Ltd" under "title: DevOps Engineer"), or a `title:` that is a page title
 * over the page's own heading ("Backend Engineer | Acme" above "# Backend Engineer").
 */
function frontmatterSiteName(frontmatter: Record<string, unknown>, blocks: Block[]): Found | undefined {
  const heading = blocks.find((b) => b.kind === "heading")?.text ?? null;
  const own = typeof frontmatter.title === "string" ? collapseSpace(frontmatter.title) : heading;
  for (const [key, value] of Object.entries(frontmatter)) {
    if (typeof value !== "string") continue;
    // A bare `title:` is a page title only beside a heading of the posting's own to compare it with.
    const posting = PAGE_TITLE_KEY_RE.test(key) ? own : key === "title" ? heading : null;
    if (!posting) continue;
    const site = siteNameOf(collapseSpace(value), null, posting);
    if (site) return { text: site, line: 1, via: "frontmatter" };
  }
  return undefined;
}

function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

function views(text: string, tree: Root, warnings: string[], page?: { header: PostingHeader; frontmatter: Record<string, unknown> | null }): PostingDoc {
  const walk: Walk = { blocks: [], cutLine: 0 };
  walkNodes(walk, tree.children);
  const frontmatter = page ? page.frontmatter : parseFrontmatter(tree);
  const blocks = walk.blocks;
  if (walk.cutLine) warnings.push(`A block longer than ${MAX_BLOCK_CHARS} characters (line ${walk.cutLine}); fields read from its first ${MAX_BLOCK_CHARS}`);
  // The job board's `# [Title](url)` / `### Company` header is markdown's; a page's header is its JSON-LD.
  const header = page ? page.header : headerOf(tree, blocks);
  if (!page && frontmatter && !header.siteName) {
    const site = frontmatterSiteName(frontmatter, blocks);
    if (site) header.siteName = site;
  }
  return {
    text,
    header,
    frontmatter,
    fields: fieldsOf(blocks, frontmatter),
    blocks,
    plainText: blocks.map((b) => b.lines.join("\n")).join("\n"),
    warnings,
  };
}

/**
 * The posting's views. A parse that overflows the stack (nesting core/limits.ts did not
 * foresee) falls back to reading the text line by line (core/line-tree.ts), with a warning,
 * instead of crashing.
 */
export function buildDocument(text: string, options: { gfm?: boolean } = {}): PostingDoc {
  try {
    const warnings: string[] = [];
    return views(text, parseMarkdown(text, { ...options, warnings }), warnings);
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    const tree = lineTree(text);
    const cut = cutWarning(tree);
    return views(text, tree, ["The markdown nests too deeply to parse; read the posting line by line", ...(cut ? [cut] : [])]);
  }
}

/**
 * An HTML page's views (core/html.ts): its rendered blocks, its JSON-LD JobPosting as the header
 * (the JSON-LD description is the body when the page's own is less than half as long), and its
 * <title> as the page title when the page has no <h1> of its own.
 */
export function buildHtmlDocument(source: string): PostingDoc {
  try {
    // A site generator's source page (Jekyll, Hugo) opens with frontmatter before its HTML: it
    // is read by the markdown path's frontmatter reader, and the HTML after it as the page.
    const fence = HTML_FRONTMATTER_RE.exec(source);
    const frontmatter = fence ? parseFrontmatter(parseMarkdown(fence[0])) : null;
    if (frontmatter && fence) source = source.slice(fence[0].length);
    // An ATS payload's field saved as the page is its HTML escaped once more.
    const page = parseHtmlPage(unescapedHtml(source));
    const data = jobPostingOf(page.jsonLd);
    let { tree, text } = page;
    if (data?.description) {
      const description = parseHtmlFragment(data.description);
      if (text.replace(BLANK_RUN_RE, "").length * 2 < description.text.replace(BLANK_RUN_RE, "").length) ({ tree, text } = description);
    }
    const header: PostingHeader = {};
    const at = (value: string | undefined): Found | undefined => (value ? { text: value, line: 0, via: "header" } : undefined);
    if (data) {
      header.publisher = true;
      header.title = at(data.title);
      header.titleUrl = at(data.url);
      header.company = at(data.company);
      header.location = at(data.location);
      header.salary = at(data.salary);
      header.employmentType = at(data.employmentType);
      for (const key of Object.keys(header) as (keyof PostingHeader)[]) if (header[key] === undefined) delete header[key];
    }
    if (page.pageTitle && !page.hasH1) header.pageTitle = { text: page.pageTitle, line: 0, via: "title" };
    if (page.pageTitle) header.titleTag = { text: page.pageTitle, line: 0, via: "title" };
    if (page.socialTitle) header.socialTitle = { text: page.socialTitle, line: 0, via: "title" };
    const firstHeading = tree.children.find((n) => n.type === "heading");
    // A segmented top heading ("Backend Engineer - Acme - Lisbon") is the header when no JSON-LD names the job.
    if (!header.title && firstHeading?.type === "heading" && firstHeading.depth === 1) Object.assign(header, segmentedHeadingHeader(collapseSpace(inlineText(firstHeading.children)), header, firstHeading.position?.start.line ?? 0));
    // A page's <meta> place is publisher data too, below its JSON-LD and its own heading.
    if (!header.location && page.metaLocation) header.location = { text: page.metaLocation, line: 0, via: "header" };
    const posting = data?.title ?? postingHeadingOf(tree, page.pageTitle);
    const site = siteNameOf(page.pageTitle, page.siteName, posting, page.ownerName) ?? siteNameOf(page.socialTitle, null, posting) ?? nameBesideRole(page.socialTitle ?? page.pageTitle);
    if (site) header.siteName = { text: site, line: 0, via: "title" };
    if (page.copyright) header.copyrightHolder = { text: page.copyright, line: 0, via: "title" };
    return views(text, tree, [...page.warnings], { header, frontmatter });
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    return views("", { type: "root", children: [] }, ["The HTML nests too deeply to parse; no posting text read"]);
  }
}

/** Blocks read under the title heading for the page's line of facts ("New York, United States"). */
const MAX_FACT_BLOCKS = 4;
/** Words of such a line at most: a line of facts is short, a sentence is the body. */
const MAX_FACT_LINE_WORDS = 12;
/** Blocks searched for the title heading. */
const MAX_TITLE_SEARCH_BLOCKS = 200;
// Separators of a line of facts: "Islamabad, Pakistan | Full Time", "Berlin · Full-time".
export const FACT_SPLIT_RE = /\s+[|·•]\s+/;

/**
 * The segments of the short lines a page puts right under its title heading, before any other
 * heading ("Remote / Toronto, ON", "Islamabad, Pakistan | Full Time" → two segments): where a
 * careers page states the place and the type of the job. The heading is the one holding `title`,
 * else the first `#` heading.
 */
export function factSegments(doc: PostingDoc, title: string | null | undefined): { text: string; line: number }[] {
  const blocks = doc.blocks.slice(0, MAX_TITLE_SEARCH_BLOCKS);
  // The heading holding the title, else the first `#` heading (a page-title banner may come before the posting's own).
  const titled = blocks.findIndex((b) => b.kind === "heading" && b.text === title);
  const at = titled >= 0 ? titled : blocks.findIndex((b) => b.kind === "heading" && b.depth === 1);
  // With no heading at all and the title in the frontmatter (over a template's blank `<h1>`), the
  // page's own text opens with the facts the heading would have stood over ("San Francisco", then "Apply").
  if (at < 0 && !doc.fields.some((f) => f.via === "frontmatter" && f.value === title)) return [];
  const out: { text: string; line: number }[] = [];
  for (const [k, block] of blocks.slice(at + 1, at + 1 + MAX_FACT_BLOCKS).entries()) {
    // A short sub-heading right under the title is its line of facts set large ("# Engineer" / "## Argentina").
    const subtitle = k === 0 && block.kind === "heading" && (at < 0 || block.depth > blocks[at].depth);
    if (block.kind === "heading" && !subtitle) break;
    if (block.kind !== "paragraph" && !subtitle) continue;
    block.lines.forEach((line, j) => {
      if (line.split(" ").length > MAX_FACT_LINE_WORDS) return;
      for (const part of line.split(FACT_SPLIT_RE)) out.push({ text: part, line: block.line + j });
    });
  }
  // A page may set its line of facts right above the title instead, as a kicker over the heading
  // ("Careers · Full-time · Boston (hybrid) or remote US"): one short line of separated segments.
  const above = at > 0 ? blocks[at - 1] : undefined;
  if (above?.kind === "paragraph" && above.lines.length === 1 && FACT_SPLIT_RE.test(above.text) && above.text.split(" ").length <= MAX_FACT_LINE_WORDS) {
    for (const part of above.text.split(FACT_SPLIT_RE)) out.push({ text: part, line: above.line });
  }
  return out;
}

/** The first field whose key is one of `keys` (already normalised); frontmatter comes first. */
export function findField(doc: PostingDoc, keys: readonly string[]): Field | undefined {
  return doc.fields.find((f) => keys.includes(f.key));
}
