// A complete posting for formatter tests, with overrides.
import type { Posting } from "../../src/schema.js";

export function makePosting(over: Partial<Posting> = {}): Posting {
  return {
    file: "posts/a.md",
    title: "Backend Engineer",
    company: "Deel",
    applyUrl: "https://example.com/apply",
    location: { raw: "Anywhere (LATAM)", workplace: "remote", countries: [], regions: ["LATAM"], cities: [] },
    salary: { min: 120000, max: 150000, currency: "USD", period: "year", raw: "$120k–$150k" },
    employmentType: "full-time",
    seniority: "senior",
    experienceYears: { min: 5, max: null },
    requirements: ["Go", "SQL"],
    niceToHave: [],
    responsibilities: ["Build APIs"],
    benefits: [],
    skills: ["Go", "PostgreSQL"],
    language: "en",
    warnings: [],
    ...over,
  };
}

/** A sink that remembers what was written, chunk by chunk. */
export function memorySink(): { write(s: string): void; chunks: string[]; text(): string } {
  const chunks: string[] = [];
  return { write: (s) => void chunks.push(s), chunks, text: () => chunks.join("") };
}
