// jsonld: each posting as a schema.org JobPosting (https://schema.org/JobPosting), the
// structured data Google reads for job search (developers.google.com/search/docs/appearance/
// structured-data/job-posting). Written like `json`: one JSON array, element by element, in
// input order. An array of node objects is a valid JSON-LD document and Google's Rich Results
// Test reads each element; every element carries its own @context. `jsonld-script` prints each
// posting as the whole <script type="application/ld+json"> element, ready for its page.
//
// Posting text is untrusted and this output is meant to be pasted into HTML: every <, >, & and
// U+2028/U+2029 in a string is written as a \u escape, so neither `</script>` nor `<!--` can
// end or bend the element, whatever the posting holds. The JSON means the same; only a tool
// that decodes and re-encodes it (jq) writes the characters back — so take one posting's
// object with `jobparse --format jsonld posting.md` or `--format jsonld-script`, not jq.
//
// Nothing is invented: a property whose source field is null or empty is left out, even where
// Google requires it. Google requires datePosted (never in a posting: left out; add it when you
// publish), description, hiringOrganization, jobLocation (or TELECOMMUTE with
// applicantLocationRequirements) and title. `description` is built only from the posting's own
// list items (responsibilities, requirements, nice to have, benefits) as HTML lists under plain
// labels — the posting's words, not the whole text; no lists, no description.
// directApply is left out: a link alone does not say whether its page lets one apply at once.
import type { Posting } from "../schema.js";
import type { EmploymentType, PayPeriod } from "../schema.js";
import type { Formatter, Sink } from "./types.js";

// An absolute http(s) URL.
const ABSOLUTE_URL_RE = /^https?:\/\//i;

// Every line break of one pretty-printed posting, to indent it inside the array.
const NEWLINE_RE = /\n/g;
// Characters HTML reads inside a <script> element (tag and comment openers, entities) and the
// line separators older JavaScript parsers refuse in a string: written as \u escapes.
const HTML_UNSAFE_JSON_RE = /[<>&\u2028\u2029]/g;
// Characters HTML gives a meaning to, escaped in the description's items.
const HTML_SPECIAL_RE = /[&<>"]/g;

/** SPEC employmentType → Google's employmentType values. */
export const JSONLD_EMPLOYMENT_TYPES: Readonly<Record<EmploymentType, string>> = {
  "full-time": "FULL_TIME",
  "part-time": "PART_TIME",
  contract: "CONTRACTOR",
  temporary: "TEMPORARY",
  internship: "INTERN",
};

/** SPEC salary.period → QuantitativeValue.unitText as Google expects it. */
export const JSONLD_UNIT_TEXTS: Readonly<Record<PayPeriod, string>> = {
  hour: "HOUR",
  day: "DAY",
  week: "WEEK",
  month: "MONTH",
  year: "YEAR",
};

/** The description's sections: list field → the label shown above its items. */
const DESCRIPTION_SECTIONS = [
  ["responsibilities", "Responsibilities"],
  ["requirements", "Requirements"],
  ["niceToHave", "Nice to have"],
  ["benefits", "Benefits"],
] as const satisfies readonly (readonly [keyof Posting, string])[];

type Node = Record<string, unknown>;

const HTML_ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const html = (text: string) => text.replace(HTML_SPECIAL_RE, (c) => HTML_ENTITIES[c]);

let countryNames: Intl.DisplayNames | undefined;
/** "DE" → "Germany" (ICU's English name); the code itself if ICU has none. */
function countryName(code: string): string {
  countryNames ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
  return countryNames.of(code) ?? code;
}

function description(p: Posting): string | undefined {
  const parts = DESCRIPTION_SECTIONS.filter(([field]) => p[field].length).map(
    ([field, label]) => `<h3>${label}</h3><ul>${p[field].map((item) => `<li>${html(item)}</li>`).join("")}</ul>`,
  );
  return parts.length ? parts.join("") : undefined;
}

/** Places people work at: one per city (with the country when only one is named), else per country. */
function jobLocation(p: Posting): Node[] {
  const { cities, countries, workplace } = p.location;
  const country = countries.length === 1 ? { addressCountry: countries[0] } : {};
  if (cities.length) return cities.map((city) => ({ "@type": "Place", address: { "@type": "PostalAddress", addressLocality: city, ...country } }));
  // A remote job's countries say where applicants may live, not where an office is.
  if (workplace === "remote") return [];
  return countries.map((c) => ({ "@type": "Place", address: { "@type": "PostalAddress", addressCountry: c } }));
}

/** Where a remote worker may live. `Worldwide` is no requirement, so it is left out. */
function applicantLocationRequirements(p: Posting): Node[] {
  if (p.location.workplace !== "remote") return [];
  return [
    ...p.location.countries.map((c) => ({ "@type": "Country", name: countryName(c) })),
    ...p.location.regions.filter((r) => r !== "Worldwide").map((r) => ({ "@type": "AdministrativeArea", name: r })),
  ];
}

function baseSalary(p: Posting): Node | undefined {
  const s = p.salary;
  if (!s || (s.min === null && s.max === null)) return undefined;
  const value: Node = { "@type": "QuantitativeValue" };
  if (s.min !== null && s.min === s.max) value.value = s.min;
  else {
    if (s.min !== null) value.minValue = s.min;
    if (s.max !== null) value.maxValue = s.max;
  }
  if (s.period) value.unitText = JSONLD_UNIT_TEXTS[s.period];
  return { "@type": "MonetaryAmount", ...(s.currency ? { currency: s.currency } : {}), value };
}

/** One posting → one JobPosting node; only what the posting states. */
export function toJobPosting(p: Posting): Node {
  const node: Node = { "@context": "https://schema.org", "@type": "JobPosting" };
  const set = (key: string, value: unknown) => {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return;
    node[key] = value;
  };
  set("title", p.title);
  set("description", description(p));
  set("hiringOrganization", p.company ? { "@type": "Organization", name: p.company } : undefined);
  set("jobLocation", jobLocation(p));
  set("jobLocationType", p.location.workplace === "remote" ? "TELECOMMUTE" : undefined);
  set("applicantLocationRequirements", applicantLocationRequirements(p));
  set("baseSalary", baseSalary(p));
  set("employmentType", p.employmentType ? JSONLD_EMPLOYMENT_TYPES[p.employmentType] : undefined);
  set(
    "experienceRequirements",
    p.experienceYears ? { "@type": "OccupationalExperienceRequirements", monthsOfExperience: Math.round(p.experienceYears.min * 12) } : undefined,
  );
  set("qualifications", p.requirements);
  set("responsibilities", p.responsibilities);
  set("jobBenefits", p.benefits);
  set("skills", p.skills);
  // schema.org's url is absolute; an apply path on the posting's own site ("/apply?role=…") has no host to resolve it against.
  set("url", p.applyUrl && ABSOLUTE_URL_RE.test(p.applyUrl) ? p.applyUrl : undefined);
  return node;
}

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** JSON text of `value` with every HTML-unsafe character of its strings as a \u escape. */
export function htmlSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(HTML_UNSAFE_JSON_RE, unicodeEscape);
}

export function jsonldFormatter(sink: Sink): Formatter {
  let count = 0;
  return {
    write(posting) {
      const body = htmlSafeJson(toJobPosting(posting), 2).replace(NEWLINE_RE, "\n  ");
      sink.write((count++ === 0 ? "[\n  " : ",\n  ") + body);
    },
    end() {
      sink.write(count === 0 ? "[]\n" : "\n]\n");
    },
  };
}

/** Each posting as its own `<script type="application/ld+json">` element, one per posting. */
export function jsonldScriptFormatter(sink: Sink): Formatter {
  return {
    write(posting) {
      sink.write(`<script type="application/ld+json">\n${htmlSafeJson(toJobPosting(posting), 2)}\n</script>\n`);
    },
    end() {},
  };
}
