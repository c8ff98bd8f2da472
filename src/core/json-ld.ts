// A page's schema.org JobPosting (https://schema.org/JobPosting, in <script type=
// "application/ld+json">, also inside `@graph` or an array) read as the posting's header (SPEC §1
// "Input formats": publisher data). Each property becomes the text the field's extractor already
// reads — a location statement, a salary range with its currency and period, an employment
// type — so the header is parsed by the same normalisers as any other; `description` (HTML) is
// handed back for the page to use as its body when it has no other.
import type { EmploymentType, PayPeriod } from "../schema.js";
import { countryNameOfCode } from "../normalize/countries.js";
import { JSONLD_EMPLOYMENT_TYPES, JSONLD_UNIT_TEXTS } from "../format/jsonld.js";

export interface JobPostingData {
  title?: string;
  company?: string;
  /** A location statement: "Remote (Germany, France)", "Berlin, Germany; Munich, Germany". */
  location?: string;
  /** A salary statement: "USD 120000–150000 per year". */
  salary?: string;
  employmentType?: EmploymentType;
  url?: string;
  /** The posting's body, as HTML. */
  description?: string;
}

/** How deep a JSON-LD document is searched for a JobPosting (`@graph` > array > node). */
const MAX_SEARCH_DEPTH = 6;

// A named character reference or a numeric one, as publishers leave them in JSON-LD strings.
const ENTITY_RE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,9}));/gi;
// Runs of whitespace.
const SPACE_RE = /\s+/g;
// A description whose HTML was escaped once more ("&lt;p&gt;…"): it is decoded before parsing.
const ESCAPED_HTML_RE = /&lt;\/?[a-z]/i;
// A description holding real tags.
const TAG_RE = /<\/?[a-z]/i;
// The JobPosting type, also as a full IRI ("http://schema.org/JobPosting").
const JOB_POSTING_TYPE_RE = /(?:^|[/:])JobPosting$/;
// Remote work in jobLocationType.
const TELECOMMUTE_RE = /telecommute/i;

// The named references publishers and site generators' frontmatter use (pay lines: "&pound;40,000");
// any other name is left as written.
const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", pound: "£", euro: "€", yen: "¥", cent: "¢", dollar: "$",
  copy: "©", reg: "®", trade: "™", mdash: "—", ndash: "–", hellip: "…", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”",
  bull: "•", middot: "·", times: "×", deg: "°",
};

/** Character references decoded (the few publishers and pages use). */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY_RE, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (code >= 0) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    return NAMED[name!.toLowerCase()] ?? m;
  });
}

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => !!v && typeof v === "object" && !Array.isArray(v);
const asArray = (v: Json): Json[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** A plain string of a JSON-LD value: a string, a number, or a node's `name`. */
function text(v: Json): string | undefined {
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "number") return String(v);
  if (isObj(v)) return text(v.name ?? v["@value"]);
  if (typeof v !== "string") return undefined;
  const t = decodeEntities(v).replace(SPACE_RE, " ").trim();
  return t || undefined;
}

function isJobPosting(node: Obj): boolean {
  return asArray(node["@type"]).some((t) => typeof t === "string" && JOB_POSTING_TYPE_RE.test(t));
}

// The types of a site owner's node: Organization and its kinds ("Corporation", "NGO",
// "EducationalOrganization", "LocalBusiness"), also as full IRIs.
const ORGANIZATION_TYPE_RE = /(?:^|[/:])(?:\w*Organization|Corporation|NGO|LocalBusiness)$/;

function isOrganization(node: Obj): boolean {
  return asArray(node["@type"]).some((t) => typeof t === "string" && ORGANIZATION_TYPE_RE.test(t));
}

/** The first node `is` accepts in a JSON-LD document: the node itself, its `@graph`, an array's items or its `mainEntity`. */
function findNode(v: Json, is: (node: Obj) => boolean, depth = 0): Obj | undefined {
  if (depth > MAX_SEARCH_DEPTH) return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const found = findNode(x, is, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObj(v)) return undefined;
  if (is(v)) return v;
  return findNode(v["@graph"], is, depth + 1) ?? findNode(v.mainEntity, is, depth + 1);
}

/** "Berlin, BE, DE" from a Place or a PostalAddress (or a plain string). */
function placeText(place: Json): string | undefined {
  if (typeof place === "string") return text(place);
  if (!isObj(place)) return undefined;
  const address = place.address ?? place;
  if (typeof address === "string") return text(address);
  if (!isObj(address)) return text(place.name);
  const locality = text(address.addressLocality);
  const code = text(address.addressCountry);
  const country = (code && countryNameOfCode(code.toUpperCase())) ?? code;
  // With the country given, the region adds no place and, read as text, misleads: an unknown city
  // before a province ("Leuven, Flemish Brabant, Belgium") took the province for the city, and a
  // state code alone ("CA, US") read as a second country.
  const region = country ? undefined : text(address.addressRegion);
  const parts = [locality, region, country].filter((p): p is string => !!p);
  // Unique, in order: publishers repeat the city as region ("Singapore, Singapore, SG").
  return parts.filter((p, i) => parts.indexOf(p) === i).join(", ") || text(place.name);
}

function locationText(node: Obj): string | undefined {
  const places = asArray(node.jobLocation).map(placeText).filter((p): p is string => !!p);
  const remote = asArray(node.jobLocationType).some((t) => typeof t === "string" && TELECOMMUTE_RE.test(t));
  const allowed = asArray(node.applicantLocationRequirements).map(text).filter((p): p is string => !!p);
  if (!remote) return places.join("; ") || undefined;
  // A remote job's places (an office, a hub) follow where applicants may live.
  const remoteText = allowed.length ? `Remote (${allowed.join(", ")})` : "Remote";
  return places.length ? `${remoteText}; ${places.join("; ")}` : remoteText;
}

const PERIODS = Object.entries(JSONLD_UNIT_TEXTS) as [PayPeriod, string][];
const TYPES = Object.entries(JSONLD_EMPLOYMENT_TYPES) as [EmploymentType, string][];

function figure(v: Json): number | undefined {
  const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.replace(/[,\s]/g, "")) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** A MonetaryAmount as the salary text the salary extractor reads ("EUR 60000–80000 per year"). */
function salaryText(node: Obj): string | undefined {
  const amount = asArray(node.baseSalary ?? node.estimatedSalary)[0];
  if (!isObj(amount)) return undefined;
  const value = amount.value;
  const q: Obj = isObj(value) ? value : { value };
  const min = figure(q.minValue) ?? figure(q.value);
  const max = figure(q.maxValue) ?? figure(q.value);
  if (min === undefined && max === undefined) return undefined;
  const currency = text(amount.currency) ?? text(node.salaryCurrency);
  const unit = (text(q.unitText) ?? text(amount.unitText))?.toUpperCase();
  const period = PERIODS.find(([, u]) => u === unit)?.[0];
  const range = min !== undefined && max !== undefined && min !== max ? `${min}–${max}` : `${min ?? max}`;
  // A maximum alone (minValue 0 or absent) is a ceiling, not a fixed pay: "up to USD 10".
  const ceiling = min === undefined && figure(q.value) === undefined;
  return [ceiling ? "up to" : undefined, currency, range, period ? `per ${period}` : undefined].filter(Boolean).join(" ");
}

// schema.org leaves employmentType free text: besides Google's codes, publishers write the
// type's own word ("INTERNSHIP", "CONTRACT", "Full time"). Compared without spaces, "-" or "_".
const EMPLOYMENT_TYPE_WORDS: Readonly<Record<string, EmploymentType>> = {
  INTERNSHIP: "internship",
  CONTRACT: "contract",
  FREELANCE: "contract",
  TEMP: "temporary",
};

function employmentTypeOf(node: Obj): EmploymentType | undefined {
  for (const t of asArray(node.employmentType)) {
    const code = text(t)?.toUpperCase().replace(/[\s_-]/g, "");
    if (!code) continue;
    const type = TYPES.find(([, c]) => c.replace(/_/g, "") === code)?.[0] ?? EMPLOYMENT_TYPE_WORDS[code];
    if (type) return type;
  }
  return undefined;
}

/** Characters read to tell whether HTML was escaped once more. */
const UNESCAPE_SCAN_CHARS = 64 * 1024;

/**
 * HTML escaped once more, as an ATS API's `content` field holds it ("&lt;p&gt;At Acme…"): decoded
 * when it shows no real tag but escaped ones; other text is returned as it is.
 */
export function unescapedHtml(html: string): string {
  const head = html.slice(0, UNESCAPE_SCAN_CHARS);
  return !TAG_RE.test(head) && ESCAPED_HTML_RE.test(head) ? decodeEntities(html) : html;
}

/** The description HTML, decoded once more when the publisher escaped its tags. */
function descriptionOf(node: Obj): string | undefined {
  const d = node.description;
  if (typeof d !== "string" || !d.trim()) return undefined;
  return unescapedHtml(d);
}

/** Each script's JSON, in order; a script that is no JSON is skipped. */
function* parsedScripts(scripts: readonly string[]): Generator<Json> {
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script);
    } catch {
      continue;
    }
    yield data;
  }
}

/**
 * The name of the first Organization a page's JSON-LD describes (a site states its owner so,
 * a WebSite's `publisher` too): evidence of the employer on its own careers page, as its
 * og:site_name is. Null when none names one.
 */
export function organizationNameOf(scripts: readonly string[]): string | null {
  for (const data of parsedScripts(scripts)) {
    const node = findNode(data, (n) => isOrganization(n) || (isObj(n.publisher) && isOrganization(n.publisher)));
    const org = node && (isOrganization(node) ? node : (node.publisher as Obj));
    const name = org && text(org.name);
    if (name) return name;
  }
  return null;
}

/** The first JobPosting among a page's JSON-LD scripts; a script that is no JSON is skipped. */
export function jobPostingOf(scripts: readonly string[]): JobPostingData | null {
  for (const data of parsedScripts(scripts)) {
    const node = findNode(data, isJobPosting);
    if (!node) continue;
    return {
      title: text(node.title) ?? text(node.name),
      company: text(node.hiringOrganization),
      location: locationText(node),
      salary: salaryText(node),
      employmentType: employmentTypeOf(node),
      url: text(node.url),
      description: descriptionOf(node),
    };
  }
  return null;
}
