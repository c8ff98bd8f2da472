// Employment-type vocabulary (SPEC §1 "employmentType"): the written forms of each
// EMPLOYMENT_TYPES value. Listed in precedence order: when one statement names several
// ("Full-time contract position", "full-time internship/contract"), the first type listed here
// that it names wins — the engagement (internship, contract) says more than the hours.
import type { EmploymentType } from "../schema.js";

export interface EmploymentTypeWords {
  type: EmploymentType;
  /** Regex source of the written forms, matched case-insensitively on word boundaries. */
  pattern: string;
}

export const EMPLOYMENT_TYPE_WORDS: readonly EmploymentTypeWords[] = [
  { type: "internship", pattern: String.raw`internships?|interns?|working\s+student|praktikum` },
  {
    type: "contract",
    pattern: String.raw`contract(?:or|ual)?(?:[\s-]to[\s-]hire)?|freelance(?:r)?|independent\s+contractor|1099|c2c|corp[\s-]to[\s-]corp`,
  },
  { type: "temporary", pattern: String.raw`temporary|temp|seasonal|fixed[\s-]term` },
  { type: "part-time", pattern: String.raw`part[\s-]*-?[\s-]*time|parttime` },
  { type: "full-time", pattern: String.raw`full[\s-]*-?[\s-]*time|fulltime|ft|permanent` },
];

/** Nouns that make "full-time …" a statement about this role ("full-time position"). */
export const ROLE_NOUNS = [
  "position",
  "role",
  "job",
  "opportunity",
  "contract",
  "engagement",
  "assignment",
  "employment",
  "basis",
  "vacancy",
  "hire",
  "placement",
] as const;

/** Words allowed between the type word and the role noun ("full-time remote position"). */
export const ROLE_NOUN_ADJECTIVES = ["remote", "permanent", "salaried", "exempt", "w2", "hybrid", "onsite", "on-site", "fully remote", "contract", "paid"] as const;
