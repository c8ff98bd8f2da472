// Seniority vocabulary (SPEC §1 "seniority"): the level words of a job title and of an explicit
// "Experience level:" field, each mapped to one SENIORITIES value. One table, read in order of
// position in the text: the first level word in the title wins ("Senior/Staff" → senior).
import type { Seniority } from "../schema.js";

export interface SeniorityWord {
  /** Regex source for the word, matched case-insensitively on word boundaries. */
  pattern: string;
  level: Seniority;
}

// "Manager" is a level only for people managers of a team; "Community Manager", "Product
// Manager" name a function (eval notes), so the words before it decide.
const PEOPLE_MANAGER = String.raw`(?:engineering|software\s+development|software|team|people|qa|devops)\s+manager|manager,?\s+(?:of\s+)?(?:software\s+)?(?:engineering|development)`;

export const SENIORITY_WORDS: readonly SeniorityWord[] = [
  { pattern: String.raw`interns?|internship|working\s+student`, level: "intern" },
  { pattern: String.raw`junior|jr\.?|entry[\s-]level`, level: "junior" },
  // Bare "Mid" only before a role word: "Mid-Market Account Executive" names a market segment.
  // "Middle Golang Developer" (the Eastern-European level word), only right before a role word.
  { pattern: String.raw`medior|mid[\s-]?level|(?:mid|middle(?!\s+east))(?=[\s+]+(?:\w+[\s/+.#]+){0,2}(?:software|backend|back-end|frontend|front-end|full|developer|engineer|designer|data|qa))|intermediate`, level: "mid" },
  { pattern: String.raw`senior|sr\.?`, level: "senior" },
  { pattern: String.raw`staff`, level: "staff" },
  { pattern: String.raw`principal`, level: "principal" },
  { pattern: String.raw`(?:tech(?:nical)?\s+|team\s+)?lead`, level: "lead" },
  { pattern: PEOPLE_MANAGER, level: "manager" },
  { pattern: String.raw`director`, level: "director" },
  { pattern: String.raw`head\s+of|vp|svp|evp|vice\s+president|chief|c[tefoi]o|ciso`, level: "executive" },
];

// Values of an explicit level field that the title words above do not cover.
export const SENIORITY_FIELD_VALUES: readonly SeniorityWord[] = [
  { pattern: String.raw`mid[\s-]senior`, level: "mid" },
  { pattern: String.raw`executive`, level: "executive" },
  { pattern: String.raw`manager`, level: "manager" },
];
