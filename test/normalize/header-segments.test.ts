// One-line segmented headers (SPEC §1 "Segmented header lines"): each segment read for what it is.
import { describe, expect, it } from "vitest";
import { classifySegment, isSalarySegment, readHeaderLines, readSegmentedHeader, soleListedRole, splitHeaderLine } from "../../src/normalize/header-segments.js";
import { parseLocationText } from "../../src/normalize/location-text.js";

describe("splitHeaderLine", () => {
  it.each([
    ["Acme | Backend Engineer | Remote", ["Acme", "Backend Engineer", "Remote"]],
    ["Acme|Remote, Worldwide|Node.js Engineer", ["Acme", "Remote, Worldwide", "Node.js Engineer"]],
    // With pipes, a dash stays inside its segment.
    ["Acme | Senior Engineer - Payments | US - Remote", ["Acme", "Senior Engineer - Payments", "US - Remote"]],
    ["Acme — Data Engineer — Lisbon", ["Acme", "Data Engineer", "Lisbon"]],
    ["Acme · Designer · Hybrid", ["Acme", "Designer", "Hybrid"]],
    // The dash between two figures joins a range.
    ["Acme - Staff Engineer - $182k - $272k - Remote", ["Acme", "Staff Engineer", "$182k - $272k", "Remote"]],
    // A double hyphen and a semicolon separate too.
    ["Qualcomm (San Diego, CA) -- Staff Platform Engineer -- onsite", ["Qualcomm (San Diego, CA)", "Staff Platform Engineer", "onsite"]],
    ["Krea; Fulltime; Onsite, San Francisco, CA, USA.", ["Krea", "Fulltime", "Onsite, San Francisco, CA, USA."]],
    ["We build tools for teams.", null],
    // Slashes with a space beside them separate when nothing else does; three segments at least.
    ["Acme/ Engineering Manager/ NYC-Hybrid/ Full-time", ["Acme", "Engineering Manager", "NYC-Hybrid", "Full-time"]],
    ["Looking for a CTO / Tech Lead", null],
    ["(AU ONLY / REMOTE / CONTRACT)", null],
    ["Backend Engineer (Python/Go)", null],
  ])("%j", (line, expected) => {
    expect(splitHeaderLine(line)).toEqual(expected);
  });
});

describe("classifySegment", () => {
  it.each([
    ["Senior Backend Engineer", ["role"]],
    ["Staff SWE, Platform", ["role"]],
    ["Multiple roles", ["role"]],
    ["Berlin, Germany (Hybrid)", ["location"]],
    ["REMOTE (US only)", ["location"]],
    ["ONSITE", ["location"]],
    ["in office 3 days", ["location"]],
    ["US time zones", ["location"]],
    ["€80–100k", ["salary"]],
    ["$175k–$225k base + equity", ["salary"]],
    ["£100–140k (or local equivalent)", ["salary"]],
    ["Full-time", ["employmentType"]],
    ["https://acme.dev/jobs/42", ["url"]],
    ["acme.dev", ["url"]],
    // Two things in one segment.
    ["Full-time/Remote (Canada)", ["employmentType", "location"]],
    ["Full time in Austin, TX (ONSITE)", ["employmentType", "location"]],
    // Notes: visa, equity, funding, a tech stack.
    ["Visa sponsorship available", []],
    ["Equity", []],
    ["$1B+ exits", []],
    ["Python/Django", []],
  ])("%j → %j", (segment, kinds) => {
    expect(classifySegment(segment)).toEqual(kinds);
  });
});

describe("isSalarySegment", () => {
  it.each([
    ["$170-190K base + equity + bonus", true],
    ["€58–65k + 1.0–1.5% equity", true],
    ["$200K USD+", true],
    ["$80k-$110k+ (can go higher)", true],
    ["$60-75/hr", true],
    ["up to $9,000 per month", true],
    ["90K - 150K", true],
    ["$1B+ exits", false],
    ["raised $12M", false],
    ["$5M ARR", false],
    ["Series A", false],
  ])("%j → %s", (segment, expected) => {
    expect(isSalarySegment(segment)).toBe(expected);
  });
});

describe("readSegmentedHeader", () => {
  it("reads each segment by what it is, in any order", () => {
    const h = readSegmentedHeader("Acme | €80–100k | Full-time | Berlin (Hybrid) | Senior Backend Engineer | https://acme.dev/jobs/7");
    expect(h).toMatchObject({
      company: "Acme",
      role: "Senior Backend Engineer",
      location: "Berlin (Hybrid)",
      salary: "€80–100k",
      employmentType: "Full-time",
      url: "https://acme.dev/jobs/7",
    });
  });

  it("joins location segments and keeps a place and a workplace apart", () => {
    expect(readSegmentedHeader("Acme | Data Scientist | Toronto, ON | ONSITE")?.location).toBe("Toronto, ON | ONSITE");
  });

  it("takes a name with its homepage as the company, without the link", () => {
    expect(readSegmentedHeader("Acme.io https://acme.io | Designer | Remote")?.company).toBe("Acme.io");
    expect(readSegmentedHeader("Acme.io | Designer | Remote")?.company).toBe("Acme.io");
  });

  it.each([
    // A perk note is no role, though it ends in a role word ("support").
    ["Acme | Bilbao, Spain | ONSITE | VISA SPONSORSHIP | RELOCATION SUPPORT", undefined],
    ["Acme | Customer Support | Remote", "Customer Support"],
    // The link after a role is the applyUrl, not part of the role's name.
    ["Acme | USA Remote | Principal Software Engineer (Backend) https://jobs.acme.dev/42", "Principal Software Engineer (Backend)"],
    ["Acme | Data Engineer (https://acme.dev/jobs) | Remote", "Data Engineer"],
    // Function names HN headers use for a role.
    ["Acme | Business Development | REMOTE (US)", "Business Development"],
    ["Acme | Cloud Consulting Leader | Bengaluru, India", "Cloud Consulting Leader"],
    // An "X is hiring a Y" segment names the role after the verb.
    ["Acme (YC W23) Is Hiring Software Engineers | Remote", "Software Engineers"],
  ])("role of %j", (line, role) => {
    expect(readSegmentedHeader(line)?.role).toBe(role);
  });

  it("has no company when the first segment is the role", () => {
    const h = readSegmentedHeader("Head of Platform | Full-Time | Remote | $180k - $220k USD");
    expect(h?.company).toBeUndefined();
    expect(h?.role).toBe("Head of Platform");
    expect(h?.salary).toBe("$180k - $220k USD");
  });

  it("has no role when no segment names one", () => {
    const h = readSegmentedHeader("Acme | Remote | $150–250K + equity | North/South America");
    expect(h?.role).toBeUndefined();
    expect(h?.salary).toBe("$150–250K + equity");
  });

  it("does not take funding for pay", () => {
    expect(readSegmentedHeader("Acme | Backend Engineer | NYC | backed by founders with $1B+ exits")?.salary).toBeUndefined();
  });

  it("is not a header when the line is prose", () => {
    expect(readSegmentedHeader("We are a small team - we ship fast - and we like tea")).toBeNull();
  });
});

describe("readHeaderLines", () => {
  it("fills what the header line left out from the piped lines after it", () => {
    const h = readHeaderLines(["Acme | Senior & Lead Engineers", "Onsite (Oslo) or Remote | Full-time", "We build boats."]);
    expect([h?.company, h?.role, h?.location, h?.employmentType, h?.lineIndex]).toEqual(["Acme", "Senior & Lead Engineers", "Onsite (Oslo) or Remote", "Full-time", 0]);
  });

  it("takes a role from a line that opens with the separator", () => {
    const h = readHeaderLines(["Acme Bakery | https://acme.example", " | Remote (EU time zones) | Senior Software Engineer"]);
    expect([h?.company, h?.role, h?.location, h?.url]).toEqual(["Acme Bakery", "Senior Software Engineer", "Remote (EU time zones)", "https://acme.example"]);
  });

  it("reads a lead line, the header under it and a third line", () => {
    const h = readHeaderLines(["Acme", "Partnerships Manager | Content Lead", "Remote | Full-time"]);
    expect([h?.company, h?.role, h?.location, h?.employmentType, h?.lineIndex]).toEqual(["Acme", "Partnerships Manager", "Remote", "Full-time", 1]);
  });

  it("reads a role segment naming its company, and a YC job-board copy's place", () => {
    const yc = "Head of Engineering at Kyber | Y Combinator Open menu About What Happens at YC? Apply YC Interview Guide FAQ People Apply Kyber Instantly draft notices. Head of Engineering $220K - $280K • 0.50% - 1.50% • New York, NY, US Job type Full-time Role Engineering";
    const h = readHeaderLines(["Kyber (YC W23) Is Hiring a Head of Engineering", yc]);
    expect([h?.company, h?.role, h?.location]).toEqual(["Kyber", "Head of Engineering", "New York, NY, US"]);
    expect(readHeaderLines(["Founders Associate at Corgi Labs | Remote"])?.company).toBe("Corgi Labs");
  });

  it("finds a header line under a line of prose", () => {
    const h = readHeaderLines(["At Peregrine, we are transforming the way organizations engage with their data, making it easily accessible.", "SF / NYC / DC | In-office | Full-time | $130,000 - $275,000"]);
    expect([h?.company, h?.location, h?.salary, h?.lineIndex]).toEqual([undefined, "SF / NYC / DC | In-office", "$130,000 - $275,000", 1]);
    expect(readHeaderLines(["Parabola Labs (NYC / SF) | Enterprise Account Exec | Full-time | On-site Hybrid"])?.company).toBe("Parabola Labs (NYC / SF)");
  });

  it("drops a tagline after the company's link", () => {
    expect(readHeaderLines(["Clutch https://www.clutchapp.io - building future of padel | Full-time | Frontend Engineer | Remote"])?.company).toBe("Clutch");
  });

  it("reads 'Role @ Company (place)' as a header", () => {
    const h = readHeaderLines(["Founding Engineer @ Conductor (San Francisco, ONSITE)", "We build agents."]);
    expect([h?.company, h?.role, h?.location]).toEqual(["Conductor", "Founding Engineer", "San Francisco, ONSITE"]);
    expect(readHeaderLines(["Ping me @ Slack"])).toBeNull();
  });

  it("takes the company after a place that opens the line; a one-word place name is a company", () => {
    const h = readHeaderLines(["Cologne, Germany | UMH | Product Engineer | ONSITE (part remote)"]);
    expect([h?.company, h?.role, h?.location]).toEqual(["UMH", "Product Engineer", "Cologne, Germany | ONSITE (part remote)"]);
    expect(readHeaderLines(["Mesa | San Francisco - On-site | Software Engineers"])?.company).toBe("Mesa");
  });

  it("reads a city with its state's code and no comma as a place, not a company", () => {
    const h = readHeaderLines(["Acme University Lecturer in Statistics", "Dayton OH | Onsite"]);
    expect(h?.company).toBe("Acme University Lecturer in Statistics");
    expect(h?.location).toBe("Dayton OH | Onsite");
  });

  it("never takes the site's jobs section for the company", () => {
    expect(readSegmentedHeader("Careers - Platform Engineer, Core")?.company).toBeUndefined();
    expect(readSegmentedHeader("Open positions | Data Analyst | Remote")?.company).toBeUndefined();
  });

  it("reads a long segment that lists roles or places as one segment, not as prose run on", () => {
    const roles = "Multiple roles: Platform Engineers (all levels), Principal Backend Engineer, Senior Data Engineer, Staff Research Scientist (Vision)";
    expect(readSegmentedHeader(`Acme Bio | ${roles} | REMOTE (US) | Full-time`)?.role).toBe(roles);
    // A sentence after the header stays prose: only a workplace it opens with is read.
    const prose = readSegmentedHeader("Acme | Paris (HQ) or Remote (Europe) We're building the hub for quantum computing, hosting datasets and running competitions worldwide");
    expect(prose?.role).toBeUndefined();
  });

  it("cuts a first segment at a spaced dash after a bare name: the name, then a tagline or more segments", () => {
    expect(readSegmentedHeader("PetsCo – The future of pet care | Remote (UK) | https://petsco.example")?.company).toBe("PetsCo");
    const h = readSegmentedHeader("40WATT - Full-time Remote | Program Manager");
    expect([h?.company, h?.role, h?.employmentType]).toEqual(["40WATT", "Program Manager", "Full-time Remote"]);
    // A role before the dash keeps its segment whole.
    expect(readSegmentedHeader("Senior Engineer - Payments | Acme | Remote")?.role).toBe("Senior Engineer - Payments");
  });

  it("reads an area a segment hires for as the role", () => {
    expect(readSegmentedHeader("Acme Aero | Denver, CO | iOS & Backend | Full-Time")?.role).toBe("iOS & Backend");
  });

  it("never overrides the header line, and stops at a label line or prose", () => {
    const h = readHeaderLines(["Acme | Staff Engineer | Berlin (Hybrid) | €90k", "Acme | Designer | Remote | €70k"]);
    expect([h?.role, h?.location, h?.salary]).toEqual(["Staff Engineer", "Berlin (Hybrid)", "€90k"]);
    expect(readHeaderLines(["Acme | Staff Engineer", "Tech stack: Rust | Remote | Postgres"])?.location).toBeUndefined();
    // Another role's line names where that role is, not the posting.
    expect(readHeaderLines(["Acme | https://acme.example", "Marketing Lead - Remote friendly | Tech Lead - Paris"])?.location).toBeUndefined();
  });
});

describe("places named only to exclude them", () => {
  it.each([
    ["Remote, anywhere but the US", []],
    ["Remote (not US)", []],
    ["Remote - no US", []],
    ["Remote (Europe, except Russia)", []],
    ["Remote but US only", ["US"]],
    ["REMOTE (US only)", ["US"]],
    ["Remote (US/Canada)", ["US", "CA"]],
  ])("%j → %j", (text, countries) => {
    expect(parseLocationText(text).countries).toEqual(countries);
  });

  it.each([
    ["US time zones", ["US"], []],
    ["LATAM time zones", [], ["LATAM"]],
    ["EST", [], []],
    ["CET", [], []],
  ])("time zones: %j", (text, countries, regions) => {
    const p = parseLocationText(text);
    expect([p.countries, p.regions]).toEqual([countries, regions]);
  });
});

describe("soleListedRole", () => {
  it("names the one role every line of a role list names, without its pay, place or link", () => {
    expect(soleListedRole(["Support Engineer £30k–£55k | Full-time"])).toEqual({ role: "Support Engineer", employmentType: "Full-time" });
    expect(soleListedRole(["Founding Engineer - London, UK | https://jobs.example/1", "Founding Engineer - Estonia (remote) | https://jobs.example/2"])?.role).toBe("Founding Engineer");
  });

  it("names none when the lines name two roles or one names none", () => {
    expect(soleListedRole(["Backend Engineer", "Product Designer"])).toBeNull();
    expect(soleListedRole(["Backend Engineer", "We move fast."])).toBeNull();
    expect(soleListedRole([])).toBeNull();
  });
});
