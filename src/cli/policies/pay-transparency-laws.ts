// The pay-transparency laws `check --policy pay-transparency[-benefits]` stands for (issue 7), as
// data: where, since when, and whether the posting must also describe benefits. Used by the help
// text and the failure messages only — the rules apply to every posting, wherever it is, because
// a posting kept in a repository is usually published to candidates in all of these places.
// Summaries, not legal advice: each law has its own thresholds (employer size, remote roles, …).

export interface PayTransparencyLaw {
  /** Where the law applies, as people name it. */
  jurisdiction: string;
  /** When postings had to comply (the year, or the day when it is one). */
  since: string;
  /** The posting must also describe benefits (or other compensation). */
  benefits: boolean;
  /** The law's name, where the place alone does not say it. */
  law?: string;
}

export const PAY_TRANSPARENCY_LAWS: readonly PayTransparencyLaw[] = [
  { jurisdiction: "Colorado", since: "2021", benefits: true },
  { jurisdiction: "New York City", since: "2022", benefits: false },
  { jurisdiction: "California", since: "2023", benefits: false },
  { jurisdiction: "Washington", since: "2023", benefits: true },
  { jurisdiction: "New York State", since: "2023", benefits: false },
  { jurisdiction: "Illinois", since: "2025", benefits: true },
  { jurisdiction: "Minnesota", since: "2025", benefits: false },
  { jurisdiction: "New Jersey", since: "2025", benefits: false },
  { jurisdiction: "Vermont", since: "2025", benefits: false },
  { jurisdiction: "Massachusetts", since: "2025", benefits: false },
  // Member states had to transpose it by this day; the range is due before the interview.
  { jurisdiction: "EU member states", since: "7 June 2026", benefits: false, law: "Directive (EU) 2023/970" },
];

/** "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The places that ask for benefits too: "Colorado, Washington and Illinois". */
export function benefitsJurisdictions(): string {
  return listed(PAY_TRANSPARENCY_LAWS.filter((l) => l.benefits).map((l) => l.jurisdiction));
}

/** One line per law, for `check --help`. */
export function lawLines(): string[] {
  return PAY_TRANSPARENCY_LAWS.map((l) => `  ${l.jurisdiction} (${[l.since, l.law].filter(Boolean).join(", ")})${l.benefits ? " — also benefits" : ""}`);
}
