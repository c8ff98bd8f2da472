// company (SPEC §1): the hiring company, not the job board. Precedence: the header's `### Company`
// (unless a placeholder such as None/N/A) > a `Company:` field or frontmatter (company,
// organization, hiringOrganization.name) > the first field of a "Company | Role | Place" first
// line > the name the body uses for the hiring company (normalize/company-name-patterns.ts) >
// the domain of an apply URL or email, only when the text itself names it > null.
import type { PostingDoc } from "../core/document.js";
import type { Earlier, Extracted, Found } from "../core/types.js";
import { COMPANY_PLACEHOLDERS, COMPANY_PREFIXES, COMPANY_SUFFIXES } from "../normalize/company-names.js";
import { bodyCompanyName, companyFromDomains, leadingName } from "../normalize/company-name-patterns.js";

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
/** A field value with more words than this is prose ("Company: TextQL is working to…"). */
const MAX_NAME_WORDS = 6;
// Trailing punctuation and a "(YC W21)"-style note after a name.
const NAME_TAIL_RE = /\s*(?:\([^()]{0,80}\)\s*)*[\s,;:.!?|–—-]*$/;

/** A header or field value as a name: careers-page wording removed; null for a placeholder. */
export function cleanCompanyName(raw: string): string | null {
  let name = raw.trim().replace(NAME_TAIL_RE, "");
  const lower = name.toLowerCase();
  for (const prefix of COMPANY_PREFIXES) if (lower.startsWith(prefix)) name = name.slice(prefix.length);
  for (const suffix of COMPANY_SUFFIXES) if (name.toLowerCase().endsWith(suffix) && name.length > suffix.length) name = name.slice(0, -suffix.length);
  name = name.trim();
  if (!name || COMPANY_PLACEHOLDERS.has(name.toLowerCase().replace(/[.\s]+$/, ""))) return null;
  return name;
}

function nameFromValue(value: string): string | null {
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

function hnFirstLine(doc: PostingDoc): Found | undefined {
  const first = doc.blocks[0];
  const line = first?.lines[0];
  if (!line || !line.includes(" | ")) return undefined;
  return { text: line.split(" | ")[0], line: first.line, via: "body" };
}

function structured(doc: PostingDoc): { name: string; found: Found } | null {
  const header = doc.header.company;
  const fields = doc.fields.filter((f) => COMPANY_FIELD_KEYS.includes(f.key));
  const candidates: (Found | undefined)[] = [
    header,
    ...fields.map((f): Found => ({ text: f.value, line: f.line, via: f.via })),
    frontmatterOrganization(doc),
    hnFirstLine(doc),
  ];
  for (const found of candidates) {
    const name = found && (found === header ? cleanCompanyName(found.text) : nameFromValue(found.text));
    if (found && name) return { name, found };
  }
  return null;
}

export function extractCompany(doc: PostingDoc, _earlier: Earlier): Extracted<string | null> {
  const hit = structured(doc);
  if (hit) return { value: hit.name, from: { line: hit.found.line, via: hit.found.via, text: hit.found.text } };
  const body = bodyCompanyName(doc);
  if (body) return { value: body.name, from: { line: body.line, via: "body", text: body.evidence } };
  const domain = companyFromDomains(doc);
  if (domain) return { value: domain.name, from: { line: domain.line, via: "url", text: domain.evidence } };
  return { value: null };
}
