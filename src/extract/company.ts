// company (SPEC §1): the hiring company, not the job board. Precedence: the header's `### Company`
// (unless a placeholder such as None/N/A) > a `Company:` field or frontmatter (company,
// organization, hiringOrganization.name) > the first field of a "Company | Role | Place" first
// line > a pt/es/de/fr job-board title ("Desenvolvedor na Acme", "Acme - Desarrollador";
// normalize/title-company.ts) > the name the body uses for the hiring company (normalize/company-name-patterns.ts) >
// an HTML page's site name (og:site_name, its <title> beside "Careers") > the domain of an apply URL or email, only when the text itself names it >
// the holder of an HTML page's copyright notice > a <title> that is only the site's name > null.
import type { PostingDoc } from "../core/document.js";
import type { Earlier, Extracted, Found } from "../core/types.js";
import { COMPANY_PLACEHOLDERS, COMPANY_PREFIXES, COMPANY_SUFFIXES } from "../normalize/company-names.js";
import { bodyCompanyName, companyFromDomains, leadingName } from "../normalize/company-name-patterns.js";
import { companyOfTitle, languageOfRole, trailingNameTag } from "../normalize/title-company.js";
import { ANY_ROLE_NOUN_RE } from "../normalize/role-words.js";
import { COMPANY_INTRO_WORDS, isIntroLanguage, type IntroLanguage } from "../normalize/company-intro-words.js";

// How much of the body is read for a second mention of a title's bracketed name.
const MAX_TAG_BODY_CHARS = 20_000;

const COMPANY_FIELD_KEYS = [
  "company",
  "company name",
  "companyname",
  "company_name",
  "employer",
  "organization",
  "organisation",
  "hiring organization",
  "hiringorganization",
  "hiring company",
  "client",
];
// A job board's fact block names the advertiser as "Recruiter:" ("Recruiter: Acme Ltd" over "Salary:" and
// "Location:"); alone, as in a signature ("Recruiter: Jane Doe"), the key names a person.
const ADVERTISER_FIELD_KEYS = ["recruiter", "advertiser"];
// Keys of the job facts beside it in such a block.
const JOB_FACT_KEYS = ["salary", "location", "job type", "hours", "contract", "employment type"];
/** Lines between an advertiser field and the nearest job fact of its block at most. */
const MAX_FACT_BLOCK_GAP = 3;
/** A field value with more words than this is prose ("Company: TextQL is working to…"). */
const MAX_NAME_WORDS = 6;
/** A "(YC W21)"-style note after a name: at most this many characters between its parentheses. */
const MAX_NOTE_CHARS = 80;
// One whitespace character.
const SPACE_CHAR_RE = /\s/;
// One character of trailing punctuation after a name (or whitespace).
const TAIL_CHAR_RE = /[\s,;:.!?|–—-]/;

/**
 * `name` without its tail: trailing punctuation, before it any "(…)" notes of up to 80
 * characters, each with blanks around it — what the pattern
 * `\s*(?:\([^()]{0,80}\)\s*)*[\s,;:.!?|–—-]*$` removes, found walking back from the end.
 * The pattern itself retried every start: 4.9 s on "Acme" + 40,000 commas + "x" (issue 6).
 */
function withoutNameTail(name: string): string {
  let end = name.length;
  while (end > 0 && TAIL_CHAR_RE.test(name[end - 1])) end--;
  for (;;) {
    let start = end;
    while (start > 0 && SPACE_CHAR_RE.test(name[start - 1])) start--;
    if (name[start - 1] !== ")") return name.slice(0, start);
    const open = name.lastIndexOf("(", start - 2);
    const inner = open < 0 ? "" : name.slice(open + 1, start - 1);
    if (open < 0 || inner.length > MAX_NOTE_CHARS || inner.includes(")")) return name.slice(0, start);
    end = open;
  }
}

/** A header or field value as a name: careers-page wording removed; null for a placeholder. */
export function cleanCompanyName(raw: string): string | null {
  let name = withoutNameTail(raw.trim());
  const lower = name.toLowerCase();
  for (const prefix of COMPANY_PREFIXES) if (lower.startsWith(prefix)) name = name.slice(prefix.length);
  for (const suffix of COMPANY_SUFFIXES) if (name.toLowerCase().endsWith(suffix) && name.length > suffix.length) name = name.slice(0, -suffix.length);
  name = name.trim();
  if (!name || COMPANY_PLACEHOLDERS.has(name.toLowerCase().replace(/[.\s]+$/, ""))) return null;
  return name;
}

// A value that is a sentence about hiring ("organization: EFF is hiring for a designer."): its
// subject is a name, but the body's own wording of it comes first.
const HIRING_SENTENCE_RE = /^(.{1,60}?)\s+(?:is|are)\s+(?:now\s+|currently\s+)?(?:hiring|seeking|looking|recruiting)\b/i;
// A value of three or more words, all lower case after the first and without a digit: a description
// of an employer the page does not name ("company: Logiciels open source"), not a name.
const DESCRIPTION_VALUE_RE = /^\p{Lu}[\p{Ll}'’-]*(?:\s+[\p{Ll}'’-]+){2,}$/u;

// The subject of a line announcing the hire is a name when it reads as one: capitalised, no
// clause punctuation ("Hey HN — Adobe"), not a pronoun or greeting ("We", "Who", "Hi all").
const NAME_SUBJECT_RE = /^[\p{Lu}\p{N}][^:!?—–|@]*$/u;
const NOT_NAME_SUBJECT_RE = /^(?:we|who|i|hey|hi|hello|this|our|my|the)\b/i;
// A pronoun inside the subject makes it a clause, not a name: "For our Product Team we are looking for…".
const PRONOUN_IN_SUBJECT_RE = /\b(?:we|our|us|you|your)\b/;

/** "Activeloop (YC S18) Is Hiring Back End Engineer (Go)" → "Activeloop"; null when the line is no such sentence. */
function subjectOfHiringLine(line: string): string | null {
  const subject = HIRING_SENTENCE_RE.exec(line.trim())?.[1];
  if (!subject || !NAME_SUBJECT_RE.test(subject) || NOT_NAME_SUBJECT_RE.test(subject) || PRONOUN_IN_SUBJECT_RE.test(subject) || subject.split(/\s+/).length > MAX_NAME_WORDS) return null;
  return cleanCompanyName(subject);
}

function nameFromValue(value: string): string | null {
  if (HIRING_SENTENCE_RE.test(value) || DESCRIPTION_VALUE_RE.test(value.trim())) return null;
  if (value.split(/\s+/).length <= MAX_NAME_WORDS) return cleanCompanyName(value);
  const lead = leadingName(value);
  return lead ? cleanCompanyName(lead) : null;
}

function frontmatterOrganization(doc: PostingDoc): Found | undefined {
  const org = doc.frontmatter?.hiringOrganization ?? doc.frontmatter?.organization ?? doc.frontmatter?.company;
  if (org && typeof org === "object" && !Array.isArray(org)) {
    const name = (org as Record<string, unknown>).name;
    if (typeof name === "string" && name.trim()) return { text: name.trim(), line: 1, via: "frontmatter" };
  }
  return undefined;
}

/**
 * The subject of a company field written as a hiring sentence ("EFF is hiring for a designer."),
 * else of a first line that is one ("Converge (YC S23) Is Hiring a Founding Platform Engineer").
 */
function hiringSubject(doc: PostingDoc): { name: string; found: Found } | null {
  const fields = doc.fields.filter((f) => COMPANY_FIELD_KEYS.includes(f.key));
  for (const f of fields) {
    const subject = HIRING_SENTENCE_RE.exec(f.value)?.[1];
    const name = subject ? cleanCompanyName(subject) : null;
    if (name) return { name, found: { text: f.value, line: f.line, via: f.via } };
  }
  const first = doc.blocks[0];
  const line = first?.lines[0];
  const name = line ? subjectOfHiringLine(line) : null;
  return name ? { name, found: { text: line ?? name, line: first.line, via: "body" } } : null;
}

// A header's first segment that speaks instead of naming ("We are - REMOTE US Hours - …").
// "We The Flywheel" is a name: a lone "We" counts only before a lower-case word or alone.
const PRONOUN_LEAD_RE = /^(?:we(?:'|’)re|we are|our|i(?:'|’)m|i am)\b|^(?:[Ww]e|I)(?:\s+\p{Ll}|$)/u;
/** Words a header's first segment may have and still be a name; more make a sentence ("Backed by Sequoia, Peregrine is the…"). */
const MAX_HEADER_NAME_WORDS = 8;

/**
 * The company a header's first segment names: the subject of a hiring sentence, else the segment
 * as a name; null when it is a sentence, speaks of "we", or describes an employer it does not name
 * ("Small boutique consulting").
 */
function headerName(text: string): string | null {
  const subject = subjectOfHiringLine(text);
  if (subject) return subject;
  const name = withoutNameTail(text.trim());
  if (PRONOUN_LEAD_RE.test(name) || /^(?:WE ARE|OUR)\b/.test(name) || DESCRIPTION_VALUE_RE.test(name) || name.split(/\s+/).length > MAX_HEADER_NAME_WORDS) return null;
  return cleanCompanyName(text);
}

function hnFirstLine(doc: PostingDoc): Found | undefined {
  const first = doc.blocks[0];
  const line = first?.lines[0];
  if (!line || !line.includes(" | ")) return undefined;
  const lead = line.split(" | ")[0];
  // "# Desarrolladores | Mobiik": a first segment naming the role is not the company.
  if (ANY_ROLE_NOUN_RE.test(lead)) return undefined;
  return { text: lead, line: first.line, via: "body" };
}

/** An advertiser field inside a block of job facts (see ADVERTISER_FIELD_KEYS). */
function isAdvertiserField(doc: PostingDoc, field: PostingDoc["fields"][number]): boolean {
  return ADVERTISER_FIELD_KEYS.includes(field.key) && doc.fields.some((f) => JOB_FACT_KEYS.includes(f.key) && Math.abs(f.line - field.line) <= MAX_FACT_BLOCK_GAP);
}

function structured(doc: PostingDoc): { name: string; found: Found } | null {
  const header = doc.header.company;
  const fields = doc.fields.filter((f) => COMPANY_FIELD_KEYS.includes(f.key) || isAdvertiserField(doc, f));
  const candidates: (Found | undefined)[] = [
    header,
    ...fields.map((f): Found => ({ text: f.value, line: f.line, via: f.via })),
    frontmatterOrganization(doc),
    // A segmented header that found no company segment ("Head of Engineering | Remote | $180k") has none.
    doc.header.segmented ? undefined : hnFirstLine(doc),
  ];
  for (const found of candidates) {
    // A header company that is a hiring sentence ("Legion Health (YC) Is Hiring Cracked SWEs…") is its subject.
    const name = found && (found === header ? headerName(found.text) : nameFromValue(found.text));
    if (found && name) return { name, found };
  }
  return null;
}

const nounLeadRes = new Map<IntroLanguage, RegExp>();

/** "Grupo Frogtek" → [the noun's length, "Frogtek"]: a name opening on a noun of what a company is in `language`. */
function nounLead(name: string, language: IntroLanguage): RegExpExecArray | null {
  let re = nounLeadRes.get(language);
  if (!re) {
    const nouns = COMPANY_INTRO_WORDS[language].nouns.split("|").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("|");
    nounLeadRes.set(language, (re = new RegExp(String.raw`^(?:${nouns})\s+([\p{Lu}\p{N}][^\s]*(?:\s+[^\s]+){0,2})$`, "u")));
  }
  return re.exec(name);
}

/**
 * A name found as "Grupo Frogtek" or "Plataforma Vibbra!" is the name after the noun when the text
 * also writes that name alone, or the noun in lower case before it ("Somos a plataforma Vibbra"):
 * the noun says what the company is, as "the Acme platform" does in English.
 */
function withoutLeadingNoun(name: string, doc: PostingDoc, language: string | null | undefined): string {
  if (!isIntroLanguage(language)) return name;
  const lead = nounLead(name.replace(/[!¡.]+$/, ""), language);
  if (!lead) return name;
  const bare = lead[1];
  const noun = name.slice(0, name.indexOf(bare)).trim();
  const text = doc.plainText.slice(0, 60_000);
  const alone = text.split(bare).length - text.split(`${noun} ${bare}`).length;
  return alone > 0 || text.includes(`${noun.toLowerCase()} ${bare}`) ? bare : name;
}

export function extractCompany(doc: PostingDoc, earlier: Earlier): Extracted<string | null> {
  const hit = structured(doc);
  if (hit) return { value: hit.name, from: { line: hit.found.line, via: hit.found.via, text: hit.found.text } };
  // A posting too short for the detector to name its language is read in its title's role noun's ("Desarrollador…").
  const language = earlier.language ?? (earlier.title ? languageOfRole(earlier.title) : null);
  const fromTitle = earlier.title ? companyOfTitle(earlier.title, language) : null;
  if (fromTitle) return { value: withoutLeadingNoun(fromTitle, doc, language), from: { line: doc.header.title?.line ?? 1, via: "title", text: earlier.title ?? undefined } };
  const body = bodyCompanyName(doc, language);
  if (body) return { value: withoutLeadingNoun(body.name, doc, language), from: { line: body.line, via: "body", text: body.evidence } };
  const hiring = hiringSubject(doc);
  if (hiring) return { value: hiring.name, from: { line: hiring.found.line, via: hiring.found.via, text: hiring.found.text } };
  const site = doc.header.siteName;
  if (site) return { value: site.text, from: { line: site.line, via: site.via, text: site.text } };
  const domain = companyFromDomains(doc);
  if (domain) return { value: domain.name, from: { line: domain.line, via: "url", text: domain.evidence } };
  const holder = doc.header.copyrightHolder ?? doc.header.titleName;
  if (holder) return { value: holder.text, from: { line: holder.line, via: holder.via, text: holder.text } };
  const tagged = earlier.title ? trailingNameTag(earlier.title, language, doc.plainText.slice(0, MAX_TAG_BODY_CHARS)) : null;
  if (tagged) return { value: tagged, from: { line: doc.header.title?.line ?? 1, via: "title", text: earlier.title ?? undefined } };
  return { value: null };
}
