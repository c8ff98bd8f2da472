import { describe, expect, it } from "vitest";
import { SummaryCollector } from "../../src/summary/collect.js";
import { renderSummary } from "../../src/summary/render.js";
import { makePosting } from "../format/posting.js";

function salaryPosting(min: number, max: number, currency = "USD", period: "year" | "month" = "year") {
  return makePosting({ salary: { min, max, currency, period, raw: `${min}-${max}` } });
}

describe("SummaryCollector", () => {
  it("counts postings with each field, lists only when they have items", () => {
    const c = new SummaryCollector();
    c.add(makePosting());
    c.add(makePosting({ company: null, skills: [], salary: null, location: { raw: null, workplace: null, countries: ["DE"], regions: [], cities: [] } }));
    const s = c.result();
    expect(s.postings).toBe(2);
    expect(s.fields.title).toBe(2);
    expect(s.fields.company).toBe(1);
    expect(s.fields.skills).toBe(1);
    expect(s.fields.niceToHave).toBe(0);
    expect(s.fields["location.countries"]).toBe(1);
    expect(s.fields["location.regions"]).toBe(1);
    expect(s.fields).not.toHaveProperty("file");
    expect(s.fields).not.toHaveProperty("warnings");
  });

  it("gives exact quantiles of each currency and period, a range counting as its middle", () => {
    const c = new SummaryCollector();
    for (const [min, max] of [[90, 110], [190, 210], [290, 310], [390, 410], [490, 510]]) c.add(salaryPosting(min * 1000, max * 1000));
    c.add(salaryPosting(5000, 7000, "PLN", "month"));
    const [usd, pln] = c.result().salary;
    expect(usd).toMatchObject({ currency: "USD", period: "year", count: 5, min: 100000, p25: 200000, median: 300000, p75: 400000, max: 500000 });
    expect(pln).toMatchObject({ currency: "PLN", period: "month", count: 1, median: 6000 });
    expect(usd.histogram.reduce((n, b) => n + b.count, 0)).toBe(5);
  });

  it("keeps its memory bounded: 20,000 distinct figures fold into a digest of far fewer centroids", () => {
    // Past 1,000 distinct figures the digest stops keeping each one, so 20,000 shows the
    // folding as well as any larger number would.
    const c = new SummaryCollector();
    for (let i = 0; i < 20_000; i++) c.add(salaryPosting(i, i));
    const [usd] = c.result().salary;
    expect(usd.count).toBe(20_000);
    expect(Math.abs(usd.median - 10_000)).toBeLessThan(200);
    expect(usd.histogram.reduce((n, b) => n + b.count, 0)).toBe(20_000);
    // The collector's one salary group: its digest holds a couple of thousand centroids (as
    // many at 200,000 figures), not one per figure.
    const groups = (c as unknown as { salaryGroups: Map<string, { digest: { size(): number } }> }).salaryGroups;
    expect([...groups.values()][0].digest.size()).toBeLessThan(5_000);
  });

  it("tallies workplace, places, skills and levels, most common first", () => {
    const c = new SummaryCollector();
    c.add(makePosting({ skills: ["Go", "Rust"], seniority: "senior" }));
    c.add(makePosting({ skills: ["Rust"], seniority: "junior", location: { raw: "Berlin", workplace: "onsite", countries: ["DE"], regions: [], cities: ["Berlin"] } }));
    const s = c.result({ top: 1 });
    expect(s.skills).toEqual([["Rust", 2]]);
    expect(s.workplace).toEqual({ remote: 1, onsite: 1 });
    expect(s.cities).toEqual([["Berlin", 1]]);
    expect(s.seniority).toEqual([["senior", 1], ["junior", 1]]);
  });
});

describe("renderSummary", () => {
  const c = new SummaryCollector();
  for (let i = 1; i <= 6; i++) c.add(salaryPosting(i * 10000, i * 10000));
  const summary = c.result();

  it("draws bars and a salary histogram on a terminal", () => {
    const text = renderSummary(summary, { bars: true, columns: 80 });
    expect(text).toContain("█");
    expect(text).toMatch(/USD\/yr\s+6\s+min 10K\s+p25 20K\s+median 30K/);
    expect(text).toMatch(/^\s+< \S+\s+\d+\s+█/m);
  });

  it("prints plain lines on a pipe: no bar glyphs", () => {
    const text = renderSummary(summary, { bars: false });
    expect(text).not.toMatch(/[█▏▎▍▌▋▊▉]/);
    expect(text).toMatch(/^6 postings$/m);
    expect(text).toMatch(/^ {2}title\s+6\s+100%$/m);
  });
});
