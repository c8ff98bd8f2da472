// What a folder of postings holds, gathered one posting at a time: how many have each field,
// salary figures by currency and period, and the most common places, skills and levels.
// Memory does not grow with the number of postings: quantiles live in a t-digest per salary
// group (exact while a group has few distinct figures, estimated past that), and the tallies
// are keyed by vocabularies that are bounded (countries, regions, the skills table, levels).
// Quantiles are nearest-rank (the median of 10, 20, 30, 40 is 20), as the digest reports them.
import { Digest } from "tdigest";
import type { Posting } from "../schema.js";
import { POSTING_KEYS } from "../schema.js";

/** Fields counted for coverage; `file` and `warnings` are always there, so they say nothing. */
const NOT_COVERAGE = new Set(["file", "warnings"]);

export interface SalaryGroupSummary {
  currency: string | null;
  period: string | null;
  count: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
  /** Equal-width bins from p5 to p95; the first and last also hold what lies beyond. */
  histogram: { from: number; to: number; count: number }[];
}

export interface Summary {
  postings: number;
  /** Postings with a value for each field (a list counts when it has an item). */
  fields: Record<string, number>;
  salary: SalaryGroupSummary[];
  workplace: Record<string, number>;
  countries: [string, number][];
  regions: [string, number][];
  cities: [string, number][];
  skills: [string, number][];
  seniority: [string, number][];
  employmentType: [string, number][];
}

export interface SummaryOptions {
  /** How many entries the top lists keep (default 10). */
  top?: number;
  /** Bins of each salary histogram (default 8). */
  bins?: number;
}

function hasValue(value: unknown): boolean {
  if (value == null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "string") return value.length > 0;
  return true;
}

/** The coverage paths: every top-level field, and each part of `location`. */
function coveragePaths(posting: Posting): string[] {
  const paths: string[] = [];
  for (const key of POSTING_KEYS) {
    if (NOT_COVERAGE.has(key)) continue;
    const value = posting[key];
    if (key === "location" && value && typeof value === "object") for (const sub of Object.keys(value)) paths.push(`location.${sub}`);
    else paths.push(key);
  }
  return paths;
}

function valueAtPath(posting: Posting, path: string): unknown {
  let v: unknown = posting;
  for (const key of path.split(".")) v = v == null ? undefined : (v as Record<string, unknown>)[key];
  return v;
}

class Tally {
  private readonly counts = new Map<string, number>();
  add(key: string | null | undefined): void {
    if (key) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  /** Most common first; ties in the order first seen, so the output is deterministic. */
  top(n: number): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1]).slice(0, n);
  }
}

interface SalaryGroup {
  currency: string | null;
  period: string | null;
  count: number;
  digest: Digest;
}

/** One figure per posting: the middle of its range, or the end it states. */
function salaryFigure(posting: Posting): number | null {
  const s = posting.salary;
  if (!s) return null;
  if (s.min != null && s.max != null) return (s.min + s.max) / 2;
  return s.min ?? s.max;
}

export class SummaryCollector {
  private postings = 0;
  private paths: string[] | null = null;
  private readonly fieldCounts = new Map<string, number>();
  private readonly salaryGroups = new Map<string, SalaryGroup>();
  private readonly workplace = new Tally();
  private readonly countries = new Tally();
  private readonly regions = new Tally();
  private readonly cities = new Tally();
  private readonly skills = new Tally();
  private readonly seniority = new Tally();
  private readonly employmentType = new Tally();

  add(posting: Posting): void {
    this.postings++;
    this.paths ??= coveragePaths(posting);
    for (const path of this.paths) if (hasValue(valueAtPath(posting, path))) this.fieldCounts.set(path, (this.fieldCounts.get(path) ?? 0) + 1);
    const figure = salaryFigure(posting);
    if (figure != null && posting.salary) {
      const { currency, period } = posting.salary;
      const key = `${currency ?? ""}/${period ?? ""}`;
      let group = this.salaryGroups.get(key);
      if (!group) this.salaryGroups.set(key, (group = { currency, period, count: 0, digest: new Digest() }));
      group.count++;
      group.digest.push(figure);
    }
    this.workplace.add(posting.location.workplace ?? "not stated");
    for (const c of posting.location.countries) this.countries.add(c);
    for (const r of posting.location.regions) this.regions.add(r);
    for (const c of posting.location.cities) this.cities.add(c);
    for (const s of posting.skills) this.skills.add(s);
    this.seniority.add(posting.seniority);
    this.employmentType.add(posting.employmentType);
  }

  result(options: SummaryOptions = {}): Summary {
    const top = options.top ?? 10;
    const bins = options.bins ?? 8;
    const fields: Record<string, number> = {};
    for (const path of this.paths ?? []) fields[path] = this.fieldCounts.get(path) ?? 0;
    return {
      postings: this.postings,
      fields,
      salary: [...this.salaryGroups.values()].sort((a, b) => b.count - a.count).map((g) => salaryGroupSummary(g, bins)),
      workplace: Object.fromEntries(this.workplace.top(Infinity)),
      countries: this.countries.top(top),
      regions: this.regions.top(top),
      cities: this.cities.top(top),
      skills: this.skills.top(top),
      seniority: this.seniority.top(Infinity),
      employmentType: this.employmentType.top(Infinity),
    };
  }
}

function salaryGroupSummary(group: SalaryGroup, bins: number): SalaryGroupSummary {
  const d = group.digest;
  const [min, p5, p25, median, p75, p95, max] = d.percentile([0, 0.05, 0.25, 0.5, 0.75, 0.95, 1]) as number[];
  return {
    currency: group.currency,
    period: group.period,
    count: group.count,
    min,
    p25,
    median,
    p75,
    max,
    histogram: histogram(d, group.count, p5, p95, bins),
  };
}

/** Counts per equal-width bin from the digest's distribution; the edge bins take the tails. */
function histogram(d: Digest, count: number, from: number, to: number, bins: number): SalaryGroupSummary["histogram"] {
  if (!(to > from)) return [{ from, to, count }];
  const width = (to - from) / bins;
  const out: SalaryGroupSummary["histogram"] = [];
  let below = 0;
  for (let i = 0; i < bins; i++) {
    const upper = i === bins - 1 ? Infinity : from + width * (i + 1);
    const atOrBelow = upper === Infinity ? count : Math.round(rankAtOrBelow(d, upper) * count);
    out.push({ from: from + width * i, to: from + width * (i + 1), count: Math.max(0, atOrBelow - below) });
    below = Math.max(below, atOrBelow);
  }
  return out;
}

/** Share of figures at or below x. The digest's own p_rank interpolates between points; a
 * histogram wants the step, so discrete digests are counted directly. */
function rankAtOrBelow(d: Digest, x: number): number {
  if ((d as unknown as { discrete: boolean }).discrete) {
    let n = 0;
    let total = 0;
    for (const c of d.toArray()) {
      total += c.n;
      if (c.mean <= x) n += c.n;
    }
    return total ? n / total : 0;
  }
  return d.p_rank(x) as number;
}
