// --format jsonld (issue 7): every fixture and hand-made postings come out as schema.org
// JobPostings that pass the checks Google's Rich Results Test makes for job postings — required
// and recommended properties, their types and Google's value lists — written out by hand here
// (no network). A required property may be missing only when the posting does not state it:
// nothing is invented, and nothing the posting states is lost.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createFormatter } from "../../src/format/index.js";
import { toJobPosting } from "../../src/format/jsonld.js";
import { parsePosting } from "../../src/index.js";
import type { Posting } from "../../src/schema.js";
import { makePosting, memorySink } from "./posting.js";

type Node = Record<string, unknown>;
interface Issue {
  property: string;
  kind: "missing-required" | "missing-recommended" | "type";
  detail?: string;
}

// schema.org JobPosting properties (https://schema.org/JobPosting, incl. inherited Thing ones) this format may use.
const JOBPOSTING_PROPERTIES = new Set([
  "@context", "@type", "title", "description", "datePosted", "validThrough", "hiringOrganization", "jobLocation",
  "jobLocationType", "applicantLocationRequirements", "baseSalary", "employmentType", "experienceRequirements",
  "educationRequirements", "qualifications", "responsibilities", "jobBenefits", "skills", "url", "directApply", "identifier",
]);
// Google's employmentType values.
const GOOGLE_EMPLOYMENT_TYPES = new Set(["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"]);
// Google's QuantitativeValue.unitText values for baseSalary.
const GOOGLE_UNIT_TEXTS = new Set(["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]);
// ISO 4217 code; ISO 3166-1 alpha-2 code (Google recommends it for addressCountry).
const CURRENCY_RE = /^[A-Z]{3}$/;
const COUNTRY_RE = /^[A-Z]{2}$/;

const isText = (v: unknown) => typeof v === "string" && v.trim() !== "";
const isTextOrTexts = (v: unknown) => isText(v) || (Array.isArray(v) && v.length > 0 && v.every(isText));
const isNode = (v: unknown, type: string): v is Node => typeof v === "object" && v !== null && (v as Node)["@type"] === type;
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
const isNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0;

/** What Google's checker says about one JobPosting node. */
function googleCheck(n: Node): Issue[] {
  const issues: Issue[] = [];
  const type = (property: string, ok: boolean, detail?: string) => ok || issues.push({ property, kind: "type", detail });
  const has = (p: string) => n[p] !== undefined;
  const required = (p: string) => has(p) || issues.push({ property: p, kind: "missing-required" });
  const recommended = (p: string) => has(p) || issues.push({ property: p, kind: "missing-recommended" });

  type("@context", n["@context"] === "https://schema.org");
  type("@type", n["@type"] === "JobPosting");
  for (const key of Object.keys(n)) type(key, JOBPOSTING_PROPERTIES.has(key), "not a JobPosting property");
  for (const p of ["datePosted", "description", "hiringOrganization", "title"]) required(p);
  const remote = n.jobLocationType === "TELECOMMUTE";
  // jobLocation is required unless the job is fully remote; then applicantLocationRequirements is.
  if (!remote) required("jobLocation");
  if (remote) required("applicantLocationRequirements");
  for (const p of ["baseSalary", "employmentType", "validThrough", "directApply", "identifier"]) recommended(p);

  if (has("title")) type("title", isText(n.title));
  if (has("description")) type("description", isText(n.description));
  if (has("hiringOrganization")) type("hiringOrganization", isNode(n.hiringOrganization, "Organization") && isText(n.hiringOrganization.name));
  if (has("jobLocationType")) type("jobLocationType", n.jobLocationType === "TELECOMMUTE");
  if (has("jobLocation")) {
    for (const place of asList(n.jobLocation)) {
      const address = isNode(place, "Place") ? place.address : undefined;
      type("jobLocation", isNode(address, "PostalAddress"), "Place with a PostalAddress");
      if (!isNode(address, "PostalAddress")) continue;
      if (address.addressLocality !== undefined) type("jobLocation.address.addressLocality", isText(address.addressLocality));
      if (address.addressCountry !== undefined) type("jobLocation.address.addressCountry", COUNTRY_RE.test(String(address.addressCountry)));
      type("jobLocation.address", address.addressLocality !== undefined || address.addressCountry !== undefined, "an empty address");
      if (address.addressCountry === undefined) issues.push({ property: "jobLocation.address.addressCountry", kind: "missing-recommended" });
    }
  }
  if (has("applicantLocationRequirements")) {
    for (const area of asList(n.applicantLocationRequirements)) {
      type("applicantLocationRequirements", (isNode(area, "Country") || isNode(area, "AdministrativeArea")) && isText(area.name));
    }
  }
  if (has("baseSalary")) {
    const amount = n.baseSalary;
    const value = isNode(amount, "MonetaryAmount") ? amount.value : undefined;
    type("baseSalary", isNode(value, "QuantitativeValue"), "MonetaryAmount with a QuantitativeValue");
    if (isNode(amount, "MonetaryAmount")) {
      if (amount.currency === undefined) issues.push({ property: "baseSalary.currency", kind: "missing-required" });
      else type("baseSalary.currency", CURRENCY_RE.test(String(amount.currency)));
    }
    if (isNode(value, "QuantitativeValue")) {
      const figures = ["value", "minValue", "maxValue"].filter((k) => value[k] !== undefined);
      type("baseSalary.value", figures.length > 0 && figures.every((k) => isNumber(value[k])), "value or minValue/maxValue numbers");
      if (value.value !== undefined) type("baseSalary.value", value.minValue === undefined && value.maxValue === undefined, "value or a range, not both");
      if (isNumber(value.minValue) && isNumber(value.maxValue)) type("baseSalary.value", (value.minValue as number) <= (value.maxValue as number), "minValue <= maxValue");
      if (value.unitText === undefined) issues.push({ property: "baseSalary.value.unitText", kind: "missing-required" });
      else type("baseSalary.value.unitText", GOOGLE_UNIT_TEXTS.has(String(value.unitText)));
    }
  }
  if (has("employmentType")) type("employmentType", asList(n.employmentType).every((t) => GOOGLE_EMPLOYMENT_TYPES.has(String(t))));
  if (has("experienceRequirements")) {
    const e = n.experienceRequirements;
    type("experienceRequirements", isNode(e, "OccupationalExperienceRequirements") && isNumber(e.monthsOfExperience));
  }
  for (const p of ["qualifications", "responsibilities", "jobBenefits", "skills"]) if (has(p)) type(p, isTextOrTexts(n[p]));
  if (has("url")) type("url", URL.canParse(String(n.url)));
  return issues;
}

/** Why the posting may leave a property out: the field it would come from is not stated. */
function unstated(p: Posting, property: string): boolean {
  const remote = p.location.workplace === "remote";
  switch (property) {
    case "datePosted": case "validThrough": case "directApply": case "identifier":
      return true; // never in a posting's text
    case "title": return p.title === null;
    case "hiringOrganization": return p.company === null;
    case "description": return [p.responsibilities, p.requirements, p.niceToHave, p.benefits].every((l) => l.length === 0);
    case "jobLocation": return p.location.cities.length === 0 && (remote || p.location.countries.length === 0);
    case "jobLocation.address.addressCountry": return p.location.countries.length !== 1;
    case "applicantLocationRequirements": return p.location.countries.length === 0 && p.location.regions.every((r) => r === "Worldwide");
    case "baseSalary": return p.salary === null || (p.salary.min === null && p.salary.max === null);
    case "baseSalary.currency": return p.salary?.currency === null;
    case "baseSalary.value.unitText": return p.salary?.period === null;
    case "employmentType": return p.employmentType === null;
    default: return false;
  }
}

/** The node says what the posting says: values carried over, nothing added. */
function expectFaithful(p: Posting, n: Node): void {
  expect(n.title).toBe(p.title ?? undefined);
  expect((n.hiringOrganization as Node | undefined)?.name).toBe(p.company ?? undefined);
  // A path on the posting's own site ("/apply") has no host to resolve it against: no url.
  expect(n.url).toBe(p.applyUrl && /^https?:\/\//.test(p.applyUrl) ? p.applyUrl : undefined);
  expect(n.jobLocationType === "TELECOMMUTE").toBe(p.location.workplace === "remote");
  expect(n.qualifications ?? []).toEqual(p.requirements);
  expect(n.responsibilities ?? []).toEqual(p.responsibilities);
  expect(n.jobBenefits ?? []).toEqual(p.benefits);
  expect(n.skills ?? []).toEqual(p.skills);
  expect(n.datePosted).toBeUndefined();
  expect(n.validThrough).toBeUndefined();
  const months = (n.experienceRequirements as Node | undefined)?.monthsOfExperience;
  expect(months).toBe(p.experienceYears ? Math.round(p.experienceYears.min * 12) : undefined);
  const text = String(n.description ?? "");
  for (const item of [...p.responsibilities, ...p.requirements, ...p.niceToHave, ...p.benefits]) {
    expect(text).toContain(item.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;"));
  }
}

function expectValid(p: Posting): Node {
  const n = toJobPosting(p);
  const issues = googleCheck(n);
  expect(issues.filter((i) => i.kind === "type")).toEqual([]);
  expect(issues.filter((i) => !unstated(p, i.property))).toEqual([]);
  expectFaithful(p, n);
  return n;
}

const root = fileURLToPath(new URL("../../fixtures/", import.meta.url));
// Every posting under fixtures/ (not the expected files beside them), as paths under root.
const fixtures = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && !d.name.endsWith(".json"))
  .map((d) => relative(root, join(d.parentPath, d.name)))
  .sort();

describe("jsonld: every fixture is a JobPosting Google's checks accept", () => {
  it("finds the fixtures", () => expect(fixtures.length).toBeGreaterThan(0));
  it.each(fixtures)("%s", (file) => {
    expectValid(parsePosting(readFileSync(join(root, file)), { file }));
  });
});

describe("jsonld: hand-made postings", () => {
  it("a complete onsite posting has every required property but datePosted", () => {
    const p = makePosting({
      location: { raw: "Berlin, Germany", workplace: "onsite", countries: ["DE"], regions: [], cities: ["Berlin"] },
      salary: { min: 65000, max: 80000, currency: "EUR", period: "year", raw: "€65.000–€80.000" },
      niceToHave: ["Kafka"],
      benefits: ["30 days off"],
    });
    const n = expectValid(p);
    expect(googleCheck(n).filter((i) => i.kind === "missing-required").map((i) => i.property)).toEqual(["datePosted"]);
    expect(n.jobLocation).toEqual([{ "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Berlin", addressCountry: "DE" } }]);
    expect(n.jobLocationType).toBeUndefined();
    expect(n.baseSalary).toEqual({ "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", minValue: 65000, maxValue: 80000, unitText: "YEAR" } });
    expect(n.employmentType).toBe("FULL_TIME");
    expect(n.description).toBe(
      "<h3>Responsibilities</h3><ul><li>Build APIs</li></ul><h3>Requirements</h3><ul><li>Go</li><li>SQL</li></ul>" +
        "<h3>Nice to have</h3><ul><li>Kafka</li></ul><h3>Benefits</h3><ul><li>30 days off</li></ul>",
    );
  });

  it("remote: TELECOMMUTE with the countries and regions applicants may live in, no office invented", () => {
    const n = expectValid(makePosting({ location: { raw: "Remote (US, Canada, LATAM)", workplace: "remote", countries: ["US", "CA"], regions: ["LATAM"], cities: [] } }));
    expect(n.jobLocationType).toBe("TELECOMMUTE");
    expect(n.jobLocation).toBeUndefined();
    expect(n.applicantLocationRequirements).toEqual([
      { "@type": "Country", name: "United States" },
      { "@type": "Country", name: "Canada" },
      { "@type": "AdministrativeArea", name: "LATAM" },
    ]);
  });

  it("remote worldwide: no location requirement is claimed", () => {
    const n = expectValid(makePosting({ location: { raw: "Anywhere", workplace: "remote", countries: [], regions: ["Worldwide"], cities: [] } }));
    expect(n.applicantLocationRequirements).toBeUndefined();
    expect(googleCheck(n).map((i) => i.property)).toContain("applicantLocationRequirements");
  });

  it("hybrid is not TELECOMMUTE; several countries with a city leave the city's country unsaid", () => {
    const n = expectValid(makePosting({ location: { raw: "London or Lisbon", workplace: "hybrid", countries: ["GB", "PT"], regions: [], cities: ["London"] } }));
    expect(n.jobLocationType).toBeUndefined();
    expect(n.jobLocation).toEqual([{ "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "London" } }]);
  });

  it.each([
    ["one figure", { min: 40, max: 40, period: "hour" as const }, { value: 40, unitText: "HOUR" }],
    ["up to X", { min: null, max: 150000 }, { maxValue: 150000, unitText: "YEAR" }],
    ["from X", { min: 120000, max: null }, { minValue: 120000, unitText: "YEAR" }],
    ["no period", { period: null }, { minValue: 120000, maxValue: 150000 }],
  ])("baseSalary, %s: only the stated figures", (_name, over, value) => {
    const n = expectValid(makePosting({ salary: { min: 120000, max: 150000, currency: "USD", period: "year", raw: "…", ...over } }));
    expect((n.baseSalary as Node).value).toEqual({ "@type": "QuantitativeValue", ...value });
  });

  it("a salary with no currency keeps its figures and leaves currency out", () => {
    const n = expectValid(makePosting({ salary: { min: 50, max: 60, currency: null, period: "hour", raw: "50-60/hr" } }));
    expect(n.baseSalary).not.toHaveProperty("currency");
  });

  it.each([
    ["full-time", "FULL_TIME"],
    ["part-time", "PART_TIME"],
    ["contract", "CONTRACTOR"],
    ["temporary", "TEMPORARY"],
    ["internship", "INTERN"],
  ] as const)("employmentType %s → %s", (type, google) => {
    expect(expectValid(makePosting({ employmentType: type })).employmentType).toBe(google);
  });

  it("an empty posting states nothing, so nothing is said", () => {
    const empty = parsePosting("   \n", { file: "empty.md" });
    expect(toJobPosting(empty)).toEqual({ "@context": "https://schema.org", "@type": "JobPosting" });
  });

  it("text is escaped for HTML in the description, and the output is safe inside <script>", async () => {
    const p = makePosting({ requirements: ['Knows <script> & "quotes"</script>'] });
    expectValid(p);
    const sink = memorySink();
    const f = await createFormatter("jsonld", sink, { color: false });
    f.write(p);
    f.end();
    expect(sink.text()).not.toContain("</");
    expect(JSON.parse(sink.text())[0].qualifications).toEqual(p.requirements);
  });

  it("streams one JSON array, each element with its own @context; [] for none", async () => {
    const sink = memorySink();
    const f = await createFormatter("jsonld", sink, { color: false });
    f.write(makePosting());
    expect(sink.text().startsWith("[\n  {")).toBe(true);
    f.write(makePosting({ title: "Second" }));
    f.end();
    const all = JSON.parse(sink.text());
    expect(all.map((n: Node) => [n["@context"], n.title])).toEqual([["https://schema.org", "Backend Engineer"], ["https://schema.org", "Second"]]);
    const none = memorySink();
    (await createFormatter("jsonld", none, { color: false })).end();
    expect(none.text()).toBe("[]\n");
  });
});
