// One-line segmented headers (SPEC §1 "Segmented header lines"): `Acme | Senior Backend Engineer |
// Berlin (Hybrid) | €80–100k | Full-time | https://…`, as Hacker News "Who is hiring" comments,
// mailing lists and LinkedIn copies open. The line is split into segments and each segment is
// read for what it IS — a money range, an employment-type word, a URL, a place or workplace the
// gazetteer knows, a role word — not for where it stands; only the company is positional (the
// first segment, when it is none of the others). A segment may be two things at once
// ("Full-time/Remote (Canada)": type and location). core/document.ts turns the result into the
// posting's header; the extractors decide what each piece becomes.
import { EMPLOYMENT_TYPE_WORDS } from "./employment-types.js";
import { parseLocationText } from "./location-text.js";
import { findMoney, type MoneyRange } from "./money.js";
import { HEADER_ROLE_WORDS, hiredRole, ROLE_NOUN, ROLE_NOUN_RE } from "./role-words.js";
import { BARE_SITE_SECTION_RE } from "./site-sections.js";

export type SegmentKind = "company" | "role" | "location" | "salary" | "employmentType" | "url";

export interface HeaderSegment {
  text: string;
  /** The part of a run-on segment that is its location ("New York, NY, US" of a YC job-board copy). */
  place?: string;
  /** What the segment holds; empty for a note (visa, equity, funding, a team, a tech stack). */
  kinds: SegmentKind[];
}

export interface SegmentedHeader {
  segments: HeaderSegment[];
  company?: string;
  role?: string;
  /** The location segments, joined with " | " in line order. */
  location?: string;
  salary?: string;
  employmentType?: string;
  /** The first URL of a URL segment, with `https://` added to a bare domain. */
  url?: string;
}

/** Longest first line read as a header; a longer one is prose. */
const MAX_LINE_CHARS = 600;
/** A segment longer than this is prose run on after the header: only a URL it opens with counts. */
const MAX_SEGMENT_CHARS = 120;
/** Words each piece of a long segment may have for it to be a list ("Multiple roles: A, B, C"), not prose. */
const MAX_LIST_PIECE_WORDS = 6;
/** How far into a run-on last segment its parenthesised location may reach. */
const MAX_RUN_ON_HEAD_CHARS = 80;
/** Segments a slash-separated line needs: "Looking for a CTO / Tech Lead" is a title, not a header. */
const MIN_SLASH_SEGMENTS = 3;
/** Lines after the header line that may continue it (" | Remote (US) | Senior Engineer", "Remote | Full-time"). */
const MAX_CONTINUATION_LINES = 2;
/** Pipe segments a header line below a line of prose needs ("SF / NYC / DC | In-office | Full-time | $130k"). */
const MIN_LATE_HEADER_SEGMENTS = 4;
/** A line before the header line ("Lucia Protocol", "Lead Full-Stack Engineer") at most this long. */
const MAX_LEAD_LINE_CHARS = 80;
/** Segments of a dash-separated line before the last may be at most this long. */
const MAX_DASH_SEGMENT_CHARS = 90;

// The pipe separator (HN writes it with or without spaces: `Holepuch|Remote, Worldwide|…`).
const PIPE_SPLIT_RE = /\s*\|\s*/;
// Dash and dot separators, spaced on both sides (an unspaced one is inside a word or a range), a
// double hyphen ("Qualcomm (San Diego) -- Staff Engineer -- onsite") and a semicolon ("Krea; Fulltime; Onsite, SF").
const DASH_SPLIT_RE = /\s+(?:[—–·-]|--)\s+|;\s+/;
// A slash with a space on at least one side ("Addepar/ Engineering Manager/ NYC-Hybrid/ Full-time"):
// a separator when the line has no pipe or spaced dash. "Remote (US/EU)" and "Python/Go" have none.
const SLASH_SPLIT_RE = /\s+\/\s*|\s*\/\s+/;
// A piece that ends in a figure: with the next piece starting with one, the dash was a range's.
const ENDS_IN_FIGURE_RE = /\d[kKmM]?\+?$/;
// A piece that starts with a figure or a currency sign.
const STARTS_WITH_FIGURE_RE = /^(?:[$€£]|[A-Z]{0,2}\$)?\d/;
// An http(s) URL.
const HTTP_URL_RE = /https?:\/\/[^\s<>()"'\]|]+[^\s<>()"'\].,;:!?|]/i;
// A bare domain opening a segment ("thisismason.com", "www.askdragonfly.com/jobs"): a name, a
// dot, a top-level domain of letters, and an optional path.
const BARE_DOMAIN_RE = /^(?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,12}(?:\/[^\s|]*)?(?=\s|$)/i;
// File extensions and library names that look like domains ("Node.js", "Next.js", "ASP.NET").
const NOT_DOMAIN_RE = /\.(?:js|ts|net|py|rb|go|rs|md|txt|sh)$/i;
// A workplace word opening a segment ("REMOTE (UK) …", "Onsite, San Francisco + …").
const LEADING_WORKPLACE_RE = /^\(?(?:remote|on-?site|hybrid|in[\s-](?:office|person))\b/i;
// A YC job-board page copied flat: "… $220K - $280K • 0.50% - 1.50% • New York, NY, US Job type Full-time …".
const YC_PLACE_RE = /•\s*([^•]{2,80}?)\s+Job type\b/;
// A role segment naming its company ("Head of Engineering at Kyber", "Founding Engineer @ Conductor").
const ROLE_AT_COMPANY_RE = /^(.{2,80}?)\s+(?:at|@)\s+(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,3})$/u;
// A first line "Role @ Company (place, workplace)": a header with no separator but the at sign.
const AT_HEADER_RE = /^(.{2,80}?)\s+@\s+([^()@|]{2,40}?)\s*(?:\(([^()]{2,80})\))?\s*$/;
// A dash starting a tagline after a company's name ("Clutch  - building future of padel").
const TAGLINE_RE = /\s+[-–—]\s+/;
// A field label opening a line ("Tech stack: Rust | Go", "Role: …"): body text, not the header.
const LABEL_LINE_RE = /^[\p{L}][\p{L} ]{1,30}:\s/u;
// A separator opening a line: the line continues the header above it.
const LEADING_PIPE_RE = /^\s*\|\s*/;
// A first segment that announces the post instead of naming the company ("Hiring", "We're hiring").
const NOT_COMPANY_RE = /^(?:(?:we(?:'|’)?re|we are|now|is)\s+)?hiring\b/i;
// A role word as HN headers write them too ("Staff SWE", "Multiple roles", "Sales").
const HEADER_ROLE_RE = new RegExp(String.raw`\b(?:${ROLE_NOUN}|${HEADER_ROLE_WORDS})s?\b`, "i");
// A perk note whose last word is a role word ("RELOCATION SUPPORT", "Visa sponsorship"): it
// says what the job offers, not who is hired, so its words do not make the segment a role.
const PERK_NOTE_RE = /\b(?:relocation|visa|immigration)\s+(?:support|assistance|sponsorship|help)\b/gi;
// Every role word of a segment, to read its places apart from them.
const HEADER_ROLE_ALL_RE = new RegExp(HEADER_ROLE_RE.source, "gi");
// Any employment-type word ("Full-time", "Contract or Full-time", "Intern").
const TYPE_WORD_RE = new RegExp(String.raw`(?<![\w-])(?:${EMPLOYMENT_TYPE_WORDS.map((w) => w.pattern).join("|")})(?![\w-])`, "i");
// A figure with a thousands multiplier and no currency ("90K - 150K", "150-200k"): pay in a header.
const BARE_KILO_RE = /\d\s?[kK]\b/;
// Words right after a figure that make it not pay ("$1B+ exits", "$20M raised", "10k users").
const NOT_PAY_AFTER_RE = /^[\s+]*(?:in\s+)?(?:exits?|raised|funding|funded|valuation|ARR|MRR|revenue|GMV|AUM|users|customers|downloads|members|seed|series\b|investment|backed)/i;
// Words right before a figure that make it not pay ("raised $20M", "backed by $5M").
const NOT_PAY_BEFORE_RE = /\b(?:raised|raising|funding|funded|backed|valuation|ARR|MRR|revenue|exits?)\b[^$€£\d]{0,20}$/i;

/** The line cut into segments, or null when it has no separator to cut at. */
export function splitHeaderLine(line: string): string[] | null {
  const text = unbracketed(line.slice(0, MAX_LINE_CHARS));
  // With pipes, dashes stay inside segments ("Senior Engineer - Payments", "US - Remote").
  const raw = text.includes("|") ? text.split(PIPE_SPLIT_RE) : text.split(DASH_SPLIT_RE);
  const pieces: string[] = [];
  for (const piece of raw.map((p) => p.trim())) {
    const prev = pieces.at(-1);
    // "$182k - $272k": the dash between two figures joins a range, it does not separate.
    if (prev !== undefined && !text.includes("|") && ENDS_IN_FIGURE_RE.test(prev) && STARTS_WITH_FIGURE_RE.test(piece)) pieces[pieces.length - 1] = `${prev} - ${piece}`;
    else pieces.push(piece);
  }
  const segments = pieces.filter(Boolean);
  if (segments.length >= 2) return segments;
  const slashed = text.split(SLASH_SPLIT_RE).map((p) => p.trim()).filter(Boolean);
  return slashed.length >= MIN_SLASH_SEGMENTS && !slashed.some(unbalanced) ? slashed : null;
}

// "Tiger Data (FKA Timescale) [ Global | 100% Remote | Multiple Roles ]": the segments after the
// name held in one pair of brackets that closes the line.
const BRACKETED_SEGMENTS_RE = /^([^[\]|]+?)\s*\[\s*([^[\]]*\|[^[\]]*?)\s*\]\s*$/;

/** The line with brackets around its segments opened up ("Acme [ Remote | Eng ]" → "Acme | Remote | Eng"). */
function unbracketed(line: string): string {
  const m = BRACKETED_SEGMENTS_RE.exec(line);
  return m ? `${m[1]} | ${m[2]}` : line;
}

/** A piece cut inside parentheses ("(AU ONLY", "Engineer (Python"): the slash was inside a note. */
function unbalanced(piece: string): boolean {
  return piece.split("(").length !== piece.split(")").length;
}

/** The segment's URL: an http(s) URL anywhere, or a bare domain it opens with. */
export function segmentUrl(text: string): string | null {
  const http = HTTP_URL_RE.exec(text);
  if (http) return http[0];
  const bare = BARE_DOMAIN_RE.exec(text);
  if (bare && !NOT_DOMAIN_RE.test(bare[0])) return `https://${bare[0]}`;
  return null;
}

/** A range that is pay: a real figure with a currency (or a `k`), not funding, exits or users. */
function isPayRange(text: string, r: MoneyRange): boolean {
  if (r.large || Math.max(r.min ?? 0, r.max ?? 0) <= 1) return false;
  if (!r.currency && !BARE_KILO_RE.test(r.raw)) return false;
  return !NOT_PAY_AFTER_RE.test(text.slice(r.end)) && !NOT_PAY_BEFORE_RE.test(text.slice(0, r.start));
}

/** The segment states a salary ("$175k–$225k base + equity", "€58–65k + 1.0–1.5% equity"); "$1B+ exits" does not. */
export function isSalarySegment(text: string): boolean {
  return findMoney(text).some((r) => isPayRange(text, r));
}

/** The segment names a place or a workplace ("Berlin (Hybrid)", "REMOTE (US only)", "US time zones"). */
export function isLocationSegment(text: string): boolean {
  const parsed = parseLocationText(text);
  if (parsed.workplace) return true;
  const places = parsed.countries.length + parsed.regions.length + parsed.cities.length;
  // A place with a few other words ("Austin, SF (US work auth required)"), not a sentence naming one.
  return places > 0 && parsed.unknownWords <= Math.max(2, places);
}

/** What one segment holds, the company aside (that one is positional: see readSegmentedHeader). */
export function classifySegment(text: string): SegmentKind[] {
  const kinds: SegmentKind[] = [];
  const url = segmentUrl(text);
  // An http(s) URL anywhere in the segment ("$182k USD - https://…"), or a bare domain it opens with.
  if (url) kinds.push("url");
  if (text.length > MAX_SEGMENT_CHARS && !isShortPieceList(text)) {
    // The header ran on into the body ("REMOTE (UK) Company: We are…", "Paris (HQ) or Remote (Europe)
    // We're building…"): a workplace it opens with, or one in its head up to a closing parenthesis.
    const close = text.lastIndexOf(")", MAX_RUN_ON_HEAD_CHARS);
    if (LEADING_WORKPLACE_RE.test(text) || (close > 0 && parseLocationText(text.slice(0, close + 1)).workplace) || YC_PLACE_RE.test(text)) kinds.push("location");
    return kinds;
  }
  const rest = url ? cutUrl(text, url) : text;
  if (isSalarySegment(rest)) kinds.push("salary");
  if (TYPE_WORD_RE.test(rest)) kinds.push("employmentType");
  const salary = kinds.includes("salary");
  const role = HEADER_ROLE_RE.test(rest.replace(PERK_NOTE_RE, " ")) && !salaryOnly(rest);
  // Places are looked for beside the role words, so "Staff SWE" is no Sweden.
  const location = isLocationSegment(rest.replace(HEADER_ROLE_ALL_RE, " "));
  // "Founding Engineer (San Francisco)" is the role; "Remote (Engineering roles only)" the location;
  // "INTERNS, HYBRID/REMOTE, Zurich" both: a workplace word always says how the job is worked.
  if (role && !(location && !ROLE_NOUN_RE.test(rest))) kinds.push("role");
  if (location && !salary && (!kinds.includes("role") || parseLocationText(rest).workplace)) kinds.push("location");
  return kinds;
}

// Where a list segment divides its pieces: commas, slashes, semicolons, a spaced dash, a label's colon.
const LIST_PIECE_SPLIT_RE = /[,;/]|\s+[-–—]\s+|:\s/;
// A sentence break inside a segment ("… SF.  We're in-office …"): prose ran on.
const SENTENCE_BREAK_RE = /[.!?]\s/;

/**
 * A long segment that is a list of short pieces ("Multiple roles: Computational Biologists (all
 * levels), Principal Full-stack Engineer, …", "REMOTE or San Francisco, Los Angeles, … or
 * Washington DC"): a header's segment all the same, however many roles or places it lists.
 * Prose run on after the header has a sentence in it, or pieces of many words.
 */
function isShortPieceList(text: string): boolean {
  if (segmentUrl(text) || SENTENCE_BREAK_RE.test(text)) return false;
  return text.split(LIST_PIECE_SPLIT_RE).every((piece) => piece.trim().split(/\s+/).length <= MAX_LIST_PIECE_WORDS);
}

/** The segment is a salary with role words only in its notes ("$150k + equity (Senior)"). */
function salaryOnly(text: string): boolean {
  return isSalarySegment(text) && !ROLE_NOUN_RE.test(text);
}

/** The text with `url` cut out, written with or without its scheme ("Coram.ai https://www.coram.ai"). */
function cutUrl(text: string, url: string): string {
  return text.replace(url, "").replace(url.replace(/^https:\/\//, ""), "");
}

/** A role segment with its URL cut out ("Principal Engineer (Backend) https://…" → the role as
 *  written before it): the link is the posting's applyUrl, not part of the role's name. */
function withoutUrl(text: string): string {
  const url = segmentUrl(text);
  const cut = url ? cutUrl(text, url).replace(/\(\s*\)/g, " ").replace(/\s+/g, " ").trim() : text;
  return cut || text;
}

/** "Founders Associate at Corgi Labs" → role and company; null when the text is not one. */
function roleAtCompany(text: string): RegExpExecArray | null {
  const at = ROLE_AT_COMPANY_RE.exec(text);
  return at && HEADER_ROLE_RE.test(at[1]) ? at : null;
}

/** A place and its country or state, or a list of places, and nothing else ("Cologne, Germany",
 *  "SF / NYC / DC"): a header opening with
 *  where, not who. "Mesa", "Antioch" and "Berlin Brands Group" hold a place and are names. */
function purePlace(text: string): boolean {
  const parsed = parseLocationText(text);
  const places = parsed.countries.length + parsed.cities.length + parsed.regions.length;
  if (places === 0) return false;
  // "Cleveland OH": two words or more, every one a place, make a place too ("Mesa" alone may be a name).
  if (parsed.unknownWords === 0) return /[,/]/.test(text) || text.trim().split(/\s+/).length >= 2;
  return text.includes(",") && !text.includes("(") && parsed.unknownWords < places;
}

/** A first segment that is the company: none of the other kinds, or only a URL after a name. */
function companyOf(segment: HeaderSegment): string | null {
  // "Careers - Software Engineer, Core": the site's jobs section, not who is hiring.
  if (NOT_COMPANY_RE.test(segment.text) || BARE_SITE_SECTION_RE.test(segment.text.trim()) || roleAtCompany(segment.text)) return null;
  const other = segment.kinds.filter((k) => k !== "url");
  if (other.length) {
    // A company whose name holds a type or place word is still the company ("Full Stack Labs"),
    // unless the segment is a strict role ("Head of Engineering") or a workplace/money statement.
    if (other.some((k) => k === "salary") || ROLE_NOUN_RE.test(segment.text)) return null;
    const parsed = parseLocationText(segment.text);
    if (parsed.workplace || purePlace(segment.text)) return null;
  }
  // "Coram.ai https://www.coram.ai": the name without its link; "Nomi.ai" alone is the name as written.
  const url = segmentUrl(segment.text);
  const name = (url ? cutUrl(segment.text, url) : segment.text).trim();
  // "Clutch https://clutchapp.io - building future of padel": a tagline after the name and its link.
  const tagline = url ? TAGLINE_RE.exec(name) : null;
  return (tagline ? name.slice(0, tagline.index) : name).trim() || segment.text;
}

/**
 * A pipe line's first segment cut at a spaced dash when what stands before it is a bare name
 * ("PetsApp – The future of pet care", "40GRID - Full-time Remote"): the name, then a tagline, a
 * team or more segments. A role before the dash ("Senior Engineer - Payments") keeps its segment whole.
 */
function nameThenTagline(segment: string): string[] {
  const dash = TAGLINE_RE.exec(segment);
  if (!dash) return [segment];
  const name = segment.slice(0, dash.index).trim();
  const rest = segment.slice(dash.index + dash[0].length).trim();
  if (!name || !rest || classifySegment(name).length > 0 || HEADER_ROLE_RE.test(name)) return [segment];
  return [name, rest];
}

/** Words a name before a role may have in a two-part dash line ("Global Partners — Senior Director"). */
const MAX_NAME_BEFORE_ROLE_WORDS = 4;

/** Two segments: a short name, then a role ending in a role noun — "Company — Role" on a line of its own. */
function companyThenRole(segments: readonly HeaderSegment[], company: string | null): boolean {
  if (segments.length !== 2 || company === null || company.split(/\s+/).length > MAX_NAME_BEFORE_ROLE_WORDS) return false;
  // "Hey HN — Adobe is hiring an AI Agent Engineer.": a greeting, then a sentence.
  if (/^(?:hey|hi|hello)\b/i.test(company) || /[.!?]$/.test(segments[1].text)) return false;
  return segments[1].kinds.includes("role") && ROLE_NOUN_RE.test(segments[1].text);
}

/** The segmented header a first line makes, or null when the line is not one. */
export function readSegmentedHeader(line: string, options: { continued?: boolean } = {}): SegmentedHeader | null {
  const pieces = splitHeaderLine(line);
  if (!pieces) return null;
  const piped = line.includes("|");
  if (!piped && pieces.slice(0, -1).some((p) => p.length > MAX_DASH_SEGMENT_CHARS)) return null;
  if (piped && !options.continued) pieces.splice(0, 1, ...nameThenTagline(pieces[0]));
  const segments: HeaderSegment[] = pieces.map((text) => ({ text, kinds: classifySegment(text) }));
  const header: SegmentedHeader = { segments };
  // A line continuing a header above it names no company: the line above did, or its lead line.
  const company = options.continued ? null : companyOf(segments[0]);
  if (company !== null) {
    header.company = company;
    segments[0].kinds = ["company", ...segments[0].kinds.filter((k) => k === "url")];
  }
  // "Cologne, Germany | UMH | Product Engineer": after a place, the next segment that is nothing else names the company.
  if (company === null && !options.continued && segments[0].kinds.includes("location") && purePlace(segments[0].text)) {
    const named = segments[1];
    if (named && named.kinds.length === 0 && !NOT_COMPANY_RE.test(named.text)) {
      header.company = named.text;
      named.kinds = ["company"];
    }
  }
  const known = segments.slice(company !== null ? 1 : 0).filter((s) => s.kinds.length > 0).length;
  // A pipe line is a header when one segment reads as something; a dash line needs two, or one
  // among three segments ("Acme - London (Hybrid) - No sponsorship"), or a short name and then a
  // role of its own noun ("Global Partners — Senior Director, Data Engineering").
  if (known < (piped || segments.length >= 3 || companyThenRole(segments, company) ? 1 : 2)) return null;
  const first = (kind: SegmentKind) => segments.find((s) => s.kinds.includes(kind));
  const role = first("role");
  if (role) {
    // "Head of Engineering at Kyber": the role, and the company when no segment named it.
    const at = options.continued ? null : roleAtCompany(role.text);
    if (at) {
      header.role = at[1];
      header.company ??= at[2];
    } else header.role = hiredRole(withoutUrl(role.text)) ?? withoutUrl(role.text);
  }
  for (const s of segments) if (s.kinds.includes("location") && s.text.length > MAX_SEGMENT_CHARS) s.place = YC_PLACE_RE.exec(s.text)?.[1];
  const locations = segments.filter((s) => s.kinds.includes("location"));
  if (locations.length) header.location = locations.map((s) => s.place ?? s.text).join(" | ");
  const salary = first("salary");
  if (salary) header.salary = salary.text;
  const type = first("employmentType");
  if (type) header.employmentType = type.text;
  const link = first("url");
  const url = link && segmentUrl(link.text);
  if (url) header.url = url;
  return header;
}

/**
 * The header of a posting's first lines: the first line, or a piped second line under a short first
 * one ("Lucia Protocol" / "Remote | Full time | https://…"); that first line is then the role when
 * it names one and the header does not, else the company when the header has none. Up to two
 * piped lines after the header line continue it ("Acme | Senior & Lead Engineers" / "Onsite
 * (Stockholm) or Remote | Full-time"): they fill what it left out, never what it stated.
 * `lineIndex` is the index in `lines` of the header line itself.
 */
export function readHeaderLines(lines: readonly string[]): (SegmentedHeader & { lineIndex: number }) | null {
  const [first, second] = lines;
  if (first === undefined) return null;
  let header: SegmentedHeader | null = readSegmentedHeader(first);
  let index = 0;
  let underLead = false;
  if (!header && second !== undefined && first.length <= MAX_LEAD_LINE_CHARS && second.includes("|")) {
    header = readSegmentedHeader(second);
    if (!header) return null;
    const lead = first.trim();
    if (ROLE_NOUN_RE.test(lead)) header.role ??= lead;
    else header.company ??= lead;
    index = 1;
    underLead = true;
  }
  header ??= readAtHeader(first);
  // Under a line of prose ("At Peregrine, we are transforming…", "CLOSED - thanks…"), a later line
  // cut into four segments or more is the header all the same.
  for (let i = 1; !header && i < lines.length; i++) {
    if (lines[i].split("|").length < MIN_LATE_HEADER_SEGMENTS || LABEL_LINE_RE.test(lines[i])) continue;
    header = readSegmentedHeader(lines[i]);
    index = i;
  }
  if (!header) return null;
  continueHeader(header, lines.slice(index + 1, index + 1 + MAX_CONTINUATION_LINES), underLead);
  return { ...header, lineIndex: index };
}

/**
 * Fills `header`'s missing parts from the piped lines after it, stopping at the first line that
 * is not one. A role comes from a line opening with its separator (" | Remote | Engineer"), or
 * under a lead line; a line of its own that names roles is a list of other roles' headers.
 */
function continueHeader(header: SegmentedHeader, lines: readonly string[], underLead: boolean) {
  for (const line of lines) {
    if (!line.includes("|") || LABEL_LINE_RE.test(line)) return;
    const opensWithPipe = LEADING_PIPE_RE.test(line);
    const more = readSegmentedHeader(line.replace(LEADING_PIPE_RE, ""), { continued: true });
    if (!more) return;
    const roleAllowed = opensWithPipe || underLead;
    if (more.role && !header.role && roleAllowed) header.role = more.role;
    // Another role's segment ("Tech Lead - San Francisco") says where that role is, not the posting.
    const places = more.segments.filter((s) => s.kinds.includes("location") && (roleAllowed || !s.kinds.includes("role")));
    if (places.length && !header.location) header.location = places.map((s) => s.place ?? s.text).join(" | ");
    if (more.salary && !header.salary) header.salary = more.salary;
    if (more.employmentType && !header.employmentType) header.employmentType = more.employmentType;
    if (more.url && !header.url) header.url = more.url;
    header.segments.push(...more.segments);
  }
}

/** "Founding Engineer @ Conductor (San Francisco, ONSITE)": role, company and, in parentheses, the location. */
function readAtHeader(line: string): SegmentedHeader | null {
  const m = AT_HEADER_RE.exec(line.trim());
  if (!m || !ROLE_NOUN_RE.test(m[1]) || ROLE_NOUN_RE.test(m[2])) return null;
  const segments: HeaderSegment[] = [{ text: m[1], kinds: ["role"] }, { text: m[2], kinds: ["company"] }];
  const header: SegmentedHeader = { segments, role: m[1], company: m[2] };
  if (m[3] && isLocationSegment(m[3])) {
    segments.push({ text: m[3], kinds: ["location"] });
    header.location = m[3];
  }
  return header;
}

// A line announcing a list of open roles ("Open roles:", "We're hiring for:", "Current openings:",
// "Hiring:"), short, ending in its colon.
const ROLE_LIST_LABEL_RE = /^(?=.{2,60}:$).*(?:\b(?:roles?|positions?|openings?|vacanc(?:y|ies))\b|\bhiring(?:\s+for)?)\s*:$/i;
/** Items read under a role-list label. */
const MAX_LISTED_ROLES = 12;

/** A line that opens a list of open roles. */
export function isRoleListLabel(line: string): boolean {
  return ROLE_LIST_LABEL_RE.test(line.trim());
}

/**
 * The role one line of a role list names, without what it says about the role: its salary
 * ("Support Engineer £30k–£55k | Full-time"), its link, and a place after a dash ("Founding
 * Product Engineer - Estonia (remote)"). Null when the line names no role.
 */
export function listedRole(line: string): { role: string; employmentType?: string } | null {
  const seg = readSegmentedHeader(line, { continued: true });
  let role = seg?.role ?? withoutUrl(line.trim());
  if (!HEADER_ROLE_RE.test(role)) return null;
  const pay = findMoney(role).find((r) => isPayRange(role, r));
  if (pay) role = role.slice(0, pay.start);
  const dash = TAGLINE_RE.exec(role);
  if (dash && isLocationSegment(role.slice(dash.index + dash[0].length))) role = role.slice(0, dash.index);
  role = role.replace(/[\s,;:|–—-]+$/, "").trim();
  if (!role || !HEADER_ROLE_RE.test(role)) return null;
  return { role, employmentType: seg?.employmentType };
}

/**
 * The one role a list of open roles names (SPEC: the title of a header naming no role): every
 * line under the label names the same role ("Founding Product Engineer - London" and "… -
 * Estonia (remote)"). Null when the lines name two roles or more, or one names none.
 */
export function soleListedRole(items: readonly string[]): { role: string; employmentType?: string } | null {
  if (items.length === 0 || items.length > MAX_LISTED_ROLES) return null;
  const roles = items.map(listedRole);
  if (roles.some((r) => r === null)) return null;
  const names = new Set(roles.map((r) => r!.role.toLowerCase()));
  if (names.size !== 1) return null;
  return { role: roles[0]!.role, employmentType: roles.find((r) => r!.employmentType)?.employmentType };
}
