// title (SPEC §1): the text of the link in a `# [Title](url)` header (or a page's JSON-LD
// title), else frontmatter `title` (or `name`, `position`…) unless it is a template placeholder
// or a page title ("PGlite Engineer - Jobs", "Careers | Acme": then a `Role:` line or the
// posting's own heading, else its role segment), else the first heading that is not a page label
// ("Hiring", "Company Overview"), else a `Title:`-style field, else an HTML page's <title> (a
// page without an <h1>), else (plain text) the first short stand-alone
// line that is not a `Key: value` field, else the role field of a "Company | Role | Place" first
// line, else the role a sentence says it is hiring ("looking for a Senior Data Engineer").
// A segmented header line (core/document.ts) comes right after frontmatter: its role segment, else a
// heading, Title field or hiring sentence, else null — a multi-role post whose header names no
// role has no title.
// Kept as written: trimmed, nothing else removed.
import type { Block, PostingDoc } from "../core/document.js";
import { fieldKey, findField } from "../core/document.js";
import type { Extracted, Found } from "../core/types.js";
import { ANY_ROLE_NOUN_RE, hiredRole, ROLE_NOUN, ROLE_NOUN_RE } from "../normalize/role-words.js";
import { classifyHeading } from "../normalize/section-names.js";
import { SITE_SECTION_RE } from "../normalize/site-sections.js";
import { escapePattern } from "../normalize/escape-pattern.js";

const TITLE_FIELD_KEYS = ["title", "job title", "position", "role", "job", "position title", "job position", "job role", "vacancy"];
// `header`/`heading`: the page's own heading kept beside a "Jobs - …" page title.
const TITLE_FRONTMATTER_KEYS = ["title", "job_title", "jobTitle", "position", "role", "name", "header", "heading"];
/** Page labels that open careers pages but name no role (compared lower-cased, punctuation dropped). */
const PAGE_LABEL_HEADINGS = new Set([
  "hiring",
  "we are hiring",
  "were hiring",
  "careers",
  "jobs",
  "open positions",
  "open roles",
  "job openings",
  "job description",
  "description",
  "overview",
  "company overview",
  "about us",
  "about the company",
  "who we are",
  "summary",
  "job summary",
  "position summary",
]);
// "looking for a Senior Data Engineer to…": capitalised words ending in a role noun.
const HIRING_SENTENCE_RE = new RegExp(String.raw`\b(?:looking for|hiring|seeking|searching for) an?\s+((?:[A-Z][\w+#./-]{0,30}\s){0,5}(?:${ROLE_NOUN}))\b`, "i");
/** A stand-alone line or heading longer than this is prose, not a title. */
const MAX_TITLE_CHARS = 140;
const MAX_HEADING_WORDS = 12;
/** The document's opening `# …` heading is its title even when tags and the company make it longer
 *  ("[Metrô São Bento-Centro-São Paulo] Desenvolvedor (a) Android Kotlin Pleno em BRQ Digital Solutions"). */
const MAX_OPENING_HEADING_WORDS = 20;
/** Blocks scanned for a stand-alone line, headings, or a hiring sentence. */
const MAX_SCAN_BLOCKS = 40;
// Sentence-ending punctuation: a line ending so is prose.
const SENTENCE_END_RE = /[.!?]$/;
/** A field value of this many words or more that ends like a sentence is a description. */
const MIN_PROSE_WORDS = 8;
// A line holding a URL or an email, or inviting applications, is not a title.
const NOT_TITLE_LINE_RE = /https?:\/\/|@|\bapply\b/i;
// A heading inviting applications ("Blue Pill: Apply here (https://…)"): a call to action, not the role.
const CALL_TO_ACTION_RE = /\bapply\s+(?:here|now|today|at|via|on|through)\b/i;
// A heading that is only the job's hours or place ("FULL-TIME" over "C++ Developer"): a tag set large, not the role.
const FACT_TAG_HEADING_RE = /^(?:(?:full|part)[\s-]?time|permanent|temporary|remote|hybrid|on[\s-]?site)$/i;
// Punctuation dropped when comparing a heading with the page labels.
const LABEL_PUNCT_RE = /[^\p{L}\p{N} ]+/gu;
// Where a page title joins the role to the site's name ("PGlite Engineer - Jobs", "Careers | Acme").
const PAGE_TITLE_SEPARATOR_RE = /\s+[-–—|·•:]\s+|\s*[|·•]\s*/;
// A template's placeholder title, left in by whoever copied it ("Job Post Template", "Untitled").
// A site generator's unrendered variable ("{{ page.role }}", "{% raw %}", "${title}") is one too.
const PLACEHOLDER_TITLE_RE = /\btemplate\b|\{\{|\{%|\$\{|^(?:untitled(?: \w+)?|job title|position title|title|role|tbd|tba|new job|sample job|example job|your job title here)$/i;
// A segment naming the site's jobs section after the company: "Acme Careers", "Acme Jobs".
const COMPANY_SECTION_RE = /^.{1,40}\s(?:careers?|jobs?)$/i;

/** A title's words with its punctuation dropped, lower-cased, as page labels are compared. */
function labelOf(text: string): string {
  return text.toLowerCase().replace(LABEL_PUNCT_RE, "").trim();
}

/** A page label or the site's jobs-section name ("We Are Hiring!", "Careers at daily.dev"). */
function isPageLabel(text: string): boolean {
  const label = labelOf(text);
  return PAGE_LABEL_HEADINGS.has(label) || SITE_SECTION_RE.test(label) || SITE_SECTION_RE.test(text.trim());
}

/**
 * A frontmatter title as the posting's own: null when it is a template placeholder; the role
 * segment (`demoted`) when it is a page title with a site suffix; `demoted` too for a page label.
 */
function judgeFrontmatterTitle(text: string, headings: ReadonlySet<string>): { text: string; demoted: boolean } | null {
  if (PLACEHOLDER_TITLE_RE.test(text)) return null;
  if (isPageLabel(text)) return { text, demoted: true };
  const segments = text.split(PAGE_TITLE_SEPARATOR_RE).map((s) => s.trim()).filter(Boolean);
  if (segments.length < 2) return { text, demoted: false };
  // The page's own heading plus the site's name ("Senior Engineer - Acme" over "# Senior Engineer").
  const own = segments.find((s) => headings.has(labelOf(s)));
  if (own) return { text: own, demoted: true };
  const rest = segments.filter((s) => !SITE_SECTION_RE.test(s) && !SITE_SECTION_RE.test(labelOf(s)) && !COMPANY_SECTION_RE.test(s));
  if (rest.length === segments.length) return { text, demoted: false };
  const role = rest.find((s) => ROLE_NOUN_RE.test(s)) ?? (rest.length === 1 ? rest[0] : text);
  return { text: role, demoted: true };
}

interface FrontmatterTitle {
  /** The title to fall back on; undefined when the frontmatter holds only placeholders. */
  found?: Found;
  /** A page title, page label or placeholder: a `Role:` line or the posting's heading beats it. */
  demoted: boolean;
}

function frontmatterTitle(doc: PostingDoc): FrontmatterTitle | undefined {
  let fallback: FrontmatterTitle | undefined;
  let headings: Set<string> | undefined;
  for (const key of TITLE_FRONTMATTER_KEYS) {
    // A title written as a YAML list of its lines ("- Nous recherchons" / "- un·e Développeur·euse") is one title.
    const raw = doc.frontmatter?.[key];
    const value = Array.isArray(raw) && raw.length > 0 && raw.every((x) => typeof x === "string") ? raw.join(" ") : raw;
    if (typeof value !== "string" || !value.trim()) continue;
    headings ??= new Set(doc.blocks.slice(0, MAX_SCAN_BLOCKS).filter((b) => b.kind === "heading").map((b) => labelOf(b.text)));
    const judged = judgeFrontmatterTitle(value.trim(), headings);
    const found: Found | undefined = judged ? { text: judged.text, line: 1, via: "frontmatter" } : undefined;
    if (judged && !judged.demoted) return { found, demoted: false };
    if (!fallback?.found) fallback = { found, demoted: true };
  }
  return fallback;
}

/**
 * A `Role:` field that describes the job instead of naming it ("Role: Own outbound—cold calls,
 * LinkedIn, email. You eat what you kill."): a sentence of several words, not a title.
 */
function describesRole(value: string): boolean {
  const text = value.trim();
  return SENTENCE_END_RE.test(text) && text.split(/\s+/).length >= MIN_PROSE_WORDS;
}

/** A `Role:`/`Position:`/`Job title:` line in the body (not frontmatter). */
function bodyTitleField(doc: PostingDoc): Found | undefined {
  const field = doc.fields.find((f) => f.via === "field" && TITLE_FIELD_KEYS.includes(f.key) && !PLACEHOLDER_TITLE_RE.test(f.value) && !describesRole(f.value));
  return field ? { text: field.value, line: field.line, via: "field" } : undefined;
}

// One word, nothing else: a heading the section table names that way ("Local", "Overview") is a label.
const ONE_WORD_RE = /^\s*\S+\s*$/;

/**
 * A heading that names a list section ("Responsibilities", "Deine Aufgaben"), the section about the
 * employer ("About Acme", "Sobre nós", "Nossa empresa (Acme)") or, in one word, another section of a
 * posting ("Local", "Overview"), not a role.
 */
function namesSection(text: string): boolean {
  const meaning = classifyHeading(text);
  return meaning !== null && !meaning.contains && (meaning.kind !== "none" || meaning.aboutEmployer || ONE_WORD_RE.test(text));
}

/**
 * An issue form's title question over its answer ("### Título del trabajo" then the role): what a
 * placeholder heading ("# New Job") gives way to. Keys compared as `fieldKey` writes them.
 */
const TITLE_HEADING_KEYS = ["job title", "position title", "título del trabajo", "título del puesto", "título da vaga", "nome da vaga", "stellenbezeichnung", "jobtitel", "intitulé du poste", "titre du poste"];

function headingTitleField(doc: PostingDoc): Found | undefined {
  const blocks = doc.blocks.slice(0, MAX_SCAN_BLOCKS);
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (blocks[i].kind !== "heading" || !TITLE_HEADING_KEYS.includes(fieldKey(blocks[i].text))) continue;
    const next = blocks[i + 1];
    if (next.kind === "paragraph" && next.lines.length === 1 && next.text.length <= MAX_TITLE_CHARS) return { text: next.text, line: next.line, via: "field" };
  }
  return undefined;
}

/** A heading written as a page title: the site's jobs section joined to the role ("Careers - Software Engineer, Core"). */
function isPageTitleHeading(text: string): boolean {
  const segments = text.split(PAGE_TITLE_SEPARATOR_RE).map((s) => s.trim()).filter(Boolean);
  return segments.length >= 2 && segments.some((s) => SITE_SECTION_RE.test(s) || SITE_SECTION_RE.test(labelOf(s)));
}

/**
 * The first heading when it stands above all the others (a page's one <h2> over its <h3>
 * sections): the page's own title, which may be long ("Description textuelle automatique … en
 * pré-images"), as a first-line `#` heading may.
 */
function soleTopHeading(doc: PostingDoc): Block | undefined {
  const headings = doc.blocks.slice(0, MAX_SCAN_BLOCKS).filter((b) => b.kind === "heading");
  const [first, ...rest] = headings;
  return first && rest.length && rest.every((h) => h.depth > first.depth) ? first : undefined;
}

function firstRoleHeading(doc: PostingDoc): Found | undefined {
  // A page-title heading gives way to the posting's own heading after it, and is kept if none follows.
  let pageTitle: Found | undefined;
  const top = soleTopHeading(doc);
  for (const block of doc.blocks.slice(0, MAX_SCAN_BLOCKS)) {
    if (block.kind !== "heading") continue;
    // "# New Job" above the form's answers: the answer to its title question, if any. So too a
    // board's segmented issue title ("# Yelp | Software Engineer | 1 Location(s)"): the form's answer
    // is the role alone.
    if (PLACEHOLDER_TITLE_RE.test(block.text.trim())) {
      const answered = headingTitleField(doc);
      if (answered) return answered;
      continue;
    }
    if (block.text.includes(" | ")) {
      const answered = headingTitleField(doc);
      if (answered) return answered;
    }
    // A heading ending in a question or a colon ("Our stack is awesome:") introduces what follows;
    // one inviting applications ("Apply here: (https://…)") is a call to action.
    // Not a "Company | Place | Role" line written as a heading: its role segment is the title (pipeLineRole).
    const opening = ((block === doc.blocks[0] && block.depth === 1) || block === top) && !SENTENCE_END_RE.test(block.text) && !block.text.includes(" | ");
    const maxWords = opening ? MAX_OPENING_HEADING_WORDS : MAX_HEADING_WORDS;
    if (isPageLabel(block.text) || namesSection(block.text) || FACT_TAG_HEADING_RE.test(block.text.trim()) || block.text.split(" ").length > maxWords || /[?:]$/.test(block.text) || CALL_TO_ACTION_RE.test(block.text)) continue;
    if (!pageTitle && isPageTitleHeading(block.text)) {
      pageTitle = { text: block.text, line: block.line, via: "section" };
      continue;
    }
    return { text: block.text, line: block.line, via: "section" };
  }
  return pageTitle;
}

function standAloneLine(doc: PostingDoc): Found | undefined {
  const fieldLines = new Set(doc.fields.map((f) => f.line));
  for (const [index, block] of doc.blocks.slice(0, 12).entries()) {
    // A bold line is a label ("**Full-time job opportunity**"), not the role.
    if (block.kind !== "paragraph" || block.emphasized) continue;
    // The document's first line stands alone even with prose right under it ("AI Engineer and
    // Fullstack Engineer" over "We are Acme GmbH, …"): nothing comes before it.
    if (block.lines.length !== 1 && !(index === 0 && block.line === 1)) continue;
    if (fieldLines.has(block.line)) continue;
    const text = block.lines[0].trim();
    if (text.length > MAX_TITLE_CHARS || SENTENCE_END_RE.test(text) || text.endsWith(":") || NOT_TITLE_LINE_RE.test(text)) continue;
    // A line of many words is a sentence even without its full stop ("We're growing — and looking for engineers who…"),
    // unless it announces the hire ("Acme is hiring Senior / Staff Engineers (Remote, Global) — …").
    const hired = hiredRole(text);
    if (!hired && text.split(/\s+/).length > MAX_HEADING_WORDS) continue;
    // "Company | Role | Location" HN first lines hold the company too; a line with no pipes wins.
    if (text.includes(" | ")) continue;
    // A plain line is a title only when it names a role ("Russian-speaking team" is a tagline).
    if (!ROLE_NOUN_RE.test(text)) continue;
    return { text: hired ?? text, line: block.line, via: "body" };
  }
  return undefined;
}

/** An HTML page's <title> that names a role; one that is only the site's name ("Axcer") gives way to a stand-alone role line. */
function rolePageTitle(doc: PostingDoc): Found | undefined {
  const title = withoutSiteParts(doc, doc.header.pageTitle);
  return title && ROLE_NOUN_RE.test(title.text) ? title : undefined;
}

/**
 * A page title without the parts naming the site or its jobs section ("Data Engineer | Careers |
 * Acme" → "Data Engineer"): the site's name, as its metadata gives it, is cut from either end first.
 */
function withoutSiteParts(doc: PostingDoc, found: Found | undefined): Found | undefined {
  if (!found) return undefined;
  const site = (doc.header.siteName ? escapePattern(doc.header.siteName.text) : undefined);
  const separator = PAGE_TITLE_SEPARATOR_RE.source;
  const text = site ? found.text.replace(new RegExp(`^${site}(?:${separator})|(?:${separator})${site}$`, "i"), "").trim() : found.text;
  const headings = new Set(doc.blocks.slice(0, MAX_SCAN_BLOCKS).filter((b) => b.kind === "heading").map((b) => labelOf(b.text)));
  const judged = judgeFrontmatterTitle(text || found.text, headings);
  return judged ? { ...found, text: judged.text } : found;
}

/** The text names a role, in English, pt/es/de/fr or Chinese. */
function namesRole(text: string): boolean {
  return ANY_ROLE_NOUN_RE.test(text) || ZH_ROLE_NOUN_RE.test(text);
}

/** The heading is the site's name (its og:site_name, the <title>'s part beside "Careers"): a brand banner. */
function isSiteName(doc: PostingDoc, text: string): boolean {
  const site = doc.header.siteName?.text;
  return !!site && labelOf(site) === labelOf(text);
}

/**
 * A later heading that an HTML page's og:title or <title> names among other parts ("Route Planner |
 * Careers | Osprey Freight" over "# Osprey Freight" … "## Route Planner"): the posting's own heading
 * below a brand's or a banner's. The site's name and page labels are passed over.
 */
function headingNamedByPageTitle(doc: PostingDoc, first: Found): Found | undefined {
  const titles = [doc.header.socialTitle, doc.header.titleTag].flatMap((f) => (f && f.text.split(TITLE_TAG_SPLIT_RE).length > 1 ? [f.text.toLowerCase()] : []));
  if (!titles.length) return undefined;
  for (const block of doc.blocks.slice(0, MAX_SCAN_BLOCKS)) {
    if (block.kind !== "heading" || block.line <= first.line || isPageLabel(block.text) || namesSection(block.text) || isSiteName(doc, block.text)) continue;
    const heading = block.text.trim().toLowerCase();
    if (heading && titles.some((t) => holdsWords(t, heading))) return { text: block.text, line: block.line, via: "section" };
  }
  return undefined;
}

/**
 * An HTML page whose first heading names no role (the brand, a slogan, "Join our team") while its
 * og:title or <title>, without the site's parts, names one: the title is that.
 */
function roleSocialTitle(doc: PostingDoc): Found | undefined {
  const title = withoutSiteParts(doc, doc.header.socialTitle) ?? withoutSiteParts(doc, doc.header.titleTag);
  return title && title.text.length <= MAX_TITLE_CHARS && namesRole(title.text) && !isPageLabel(title.text) ? title : undefined;
}

/**
 * The first heading, unless it is the site's name or names no role (a brand, a slogan) while the
 * page's og:title or <title> names the posting's: then the heading the title names, else that title.
 */
function htmlAwareHeading(doc: PostingDoc): Found | undefined {
  const heading = firstRoleHeading(doc);
  if (!doc.header.titleTag || !heading || (namesRole(heading.text) && !isSiteName(doc, heading.text))) return heading;
  return headingNamedByPageTitle(doc, heading) ?? roleSocialTitle(doc) ?? (isBrand(doc, heading.text) ? roleHeadingAfter(doc, heading) : undefined) ?? heading;
}

/** The heading is the site's brand: its name as the metadata gives it, the whole <title>, or its copyright holder's name. */
function isBrand(doc: PostingDoc, text: string): boolean {
  const label = labelOf(text);
  const holder = doc.header.copyrightHolder?.text;
  return isSiteName(doc, text) || labelOf(doc.header.titleTag?.text ?? "") === label || (!!holder && labelOf(holder).startsWith(label));
}

/** The first heading after `first` that names a role (the posting's own under a brand banner). */
function roleHeadingAfter(doc: PostingDoc, first: Found): Found | undefined {
  const block = doc.blocks.slice(0, MAX_SCAN_BLOCKS).find((b) => b.kind === "heading" && b.line > first.line && namesRole(b.text) && !isPageLabel(b.text) && !namesSection(b.text));
  return block && { text: block.text, line: block.line, via: "section" };
}

/** With no heading naming the role (only page labels, "Join our team"), the page's og:title or <title> naming one. */
function roleTitleWithoutHeading(doc: PostingDoc): Found | undefined {
  return doc.header.titleTag && !firstRoleHeading(doc) ? roleSocialTitle(doc) : undefined;
}

// Separators of a page title's parts, with a job board's breadcrumb arrow ("JobOnline > Maths Tutor vacancy").
const TITLE_TAG_SPLIT_RE = /\s+[|»›>·–—-]\s+|:\s+/;

/** `part` stands in `text` between word boundaries (both lower-cased). */
function holdsWords(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[at + part.length] ?? "");
}

/**
 * A job board's page whose <h1> is the site's banner ("JobOnline: Find Graduate Jobs"), opening
 * with the site's name as its <title> does ("JobOnline > Maths Tutor vacancy, posted on …"): the
 * posting's title is the stand-alone line of the page that the <title> names.
 */
function lineNamedByTitleTag(doc: PostingDoc): Found | undefined {
  const tag = doc.header.titleTag?.text.toLowerCase();
  const h1 = doc.blocks.slice(0, MAX_SCAN_BLOCKS).find((b) => b.kind === "heading" && b.depth === 1);
  if (!tag || !h1) return undefined;
  const parts = tag.split(TITLE_TAG_SPLIT_RE).map((p) => p.trim()).filter(Boolean);
  const site = parts[0];
  const heading = h1.text.toLowerCase();
  if (parts.length < 2 || !site || !heading.startsWith(site) || heading === site || holdsWords(tag, heading)) return undefined;
  let best: Found | undefined;
  const fieldLines = new Set(doc.fields.map((f) => f.line));
  for (const block of doc.blocks.slice(0, MAX_SCAN_BLOCKS)) {
    if (block.kind !== "paragraph" || block.lines.length !== 1 || fieldLines.has(block.line)) continue;
    const text = block.text.trim();
    const lower = text.toLowerCase();
    if (text.length < 3 || text.length > MAX_TITLE_CHARS || lower === site || parts.some((p) => p === lower && p === site) || isPageLabel(text) || !holdsWords(tag, lower)) continue;
    if (!best || text.length > best.text.length) best = { text, line: block.line, via: "body" };
  }
  return best;
}

function pipeLineRole(doc: PostingDoc): Found | undefined {
  const first = doc.blocks[0];
  const line = first?.lines[0];
  if (!line || !line.includes(" | ")) return undefined;
  const role = line.split(" | ").slice(1).find((s) => s.length <= MAX_TITLE_CHARS && ROLE_NOUN_RE.test(s));
  return role ? { text: role.trim(), line: first.line, via: "body" } : undefined;
}

function hiringSentence(doc: PostingDoc): Found | undefined {
  for (const block of doc.blocks.slice(0, MAX_SCAN_BLOCKS)) {
    const m = HIRING_SENTENCE_RE.exec(block.text.slice(0, 2000));
    if (m && /^[A-Z]/.test(m[1])) return { text: m[1].trim(), line: block.line, via: "body" };
  }
  return undefined;
}

// A heading or line naming one role of a page by a title field: "Job Title: Senior Pentester", "职位：iOS 开发工程师".
const ROLE_FIELD_KEYS = [...TITLE_FIELD_KEYS, "职位", "岗位", "职位名称", "岗位名称"];
const ROLE_FIELD_RE = /^([^:：]{1,30})[:：]\s*(\S.*)$/;
// A role in Chinese ends in its noun: 工程师 (engineer), 设计师 (designer), 经理 (manager), 专员 (officer)…
const ZH_ROLE_NOUN_RE = /(?:工程师|设计师|经理|专员|主管|总监|研究员|分析师|架构师|实习生|助理)$/;
/** Distinct roles whose sections make a page one of several roles (SPEC "several roles"). */
const MIN_LISTED_ROLES = 2;

/** The role a heading or title-field line names, or null (a section label, page label or other heading names none). */
function roleMarker(block: PostingDoc["blocks"][number]): { text: string; named: boolean; depth: number; field: boolean } | null {
  const field = ROLE_FIELD_RE.exec(block.text);
  if (field && ROLE_FIELD_KEYS.includes(fieldKey(field[1]))) return { text: field[2], named: true, depth: block.depth, field: true };
  if (block.kind !== "heading" || isPageLabel(block.text) || namesSection(block.text) || /[?:：]$/.test(block.text)) return null;
  return { text: block.text, named: ANY_ROLE_NOUN_RE.test(block.text) || ZH_ROLE_NOUN_RE.test(block.text), depth: block.depth, field: false };
}

/**
 * A page listing several roles, each with its own sections: two or more role headings or
 * title-field lines ("### Postdoctoral Researcher" … "#### Requirements", "### Graduate Student" …
 * "#### Requirements"), each followed by a section of the same kind, one of them naming a role.
 * Such a page is one posting whose title only a header naming the roles gives.
 */
function listsSeveralRoles(doc: PostingDoc): boolean {
  const rolesByKind = new Map<string, Set<string>>();
  let role: ReturnType<typeof roleMarker> = null;
  let named = false;
  let sectioned = false;
  for (const block of doc.blocks) {
    if (block.kind === "item" || block.kind === "code" || block.kind === "row") continue;
    const marker = roleMarker(block);
    // A heading below a role's own ("#### Personal Qualities" under "## Backend Developer") is part
    // of that role; below a heading naming no role that has no sections yet ("# Join us"), it is the role's.
    if (marker && (marker.field || !role || role.field || marker.depth <= role.depth || (!sectioned && !role.named))) {
      role = marker;
      sectioned = false;
      continue;
    }
    if (marker) continue;
    if (!role || !(block.kind === "heading" || block.emphasized || /[:：]$/.test(block.text)) || block.text.length > MAX_TITLE_CHARS) continue;
    const meaning = classifyHeading(block.text.replace(/[:：]\s*$/, ""));
    if (!meaning || meaning.contains || (meaning.kind !== "requirements" && meaning.kind !== "responsibilities")) continue;
    const roles = rolesByKind.get(meaning.kind) ?? new Set<string>();
    roles.add(role.text.toLowerCase());
    sectioned = true;
    rolesByKind.set(meaning.kind, roles);
    named ||= role.named;
  }
  return named && [...rolesByKind.values()].some((roles) => roles.size >= MIN_LISTED_ROLES);
}

export function extractTitle(doc: PostingDoc): Extracted<string | null> {
  const front = frontmatterTitle(doc);
  const field = front?.demoted ? undefined : findField(doc, TITLE_FIELD_KEYS);
  const fieldFound: Found | undefined = field && !describesRole(field.value) ? { text: field.value, line: field.line, via: "field" } : undefined;
  // A segmented first line names the role in a segment, or names none ("Acme | Remote | $150k",
  // then four roles in the body): then a heading, Title field or hiring sentence may, but a body
  // line standing alone (one role of a list) is not taken for the posting's title.
  const segmented = doc.header.segmented ? (doc.header.role ?? firstRoleHeading(doc) ?? fieldFound ?? hiringSentence(doc) ?? null) : undefined;
  const publisherTitle = doc.header.titleUrl || doc.header.publisher ? doc.header.title : undefined;
  // A page of several roles, each with its own sections, names no one role: only a header or frontmatter title may.
  if (!publisherTitle && !(front && !front.demoted) && !doc.header.segmented && listsSeveralRoles(doc)) return { value: null };
  const found: Found | undefined =
    publisherTitle ??
    (front && !front.demoted ? front.found : undefined) ??
    (front ? bodyTitleField(doc) ?? firstRoleHeading(doc) ?? front.found : undefined) ??
    (segmented === undefined
      ? lineNamedByTitleTag(doc) ?? htmlAwareHeading(doc) ?? fieldFound ?? roleTitleWithoutHeading(doc) ?? rolePageTitle(doc) ?? standAloneLine(doc) ?? withoutSiteParts(doc, doc.header.pageTitle) ?? pipeLineRole(doc) ?? hiringSentence(doc)
      : (segmented ?? undefined));
  if (!found) return { value: null };
  const text = found.text.trim();
  return { value: text, from: { line: found.line, via: found.via, text } };
}
