import { ALL_LOCAL_ROLES } from "./company-intro-words.js";

// Role words (SPEC §1 "title"): the nouns a job title ends in ("Senior Data Engineer",
// "Head of Growth"), used to tell a title from a tagline and, in a one-line segmented header
// (`Acme | Staff SWE | Remote`), the role segment from the company, a team or a tech stack.

/** Nouns that name a role in a title or a hiring sentence ("looking for a … Engineer"). */
export const ROLE_NOUN = String.raw`engineer|developer|designer|manager|scientist|analyst|architect|intern|lead|director|administrator|admin|specialist|consultant|writer|researcher|programmer|sre|officer|coordinator|technician|recruiter|marketer|representative|executive|head of [\w ]{1,40}|vp of [\w ]{1,40}`;

// A role noun in English or in any language of normalize/company-intro-words.ts ("Desenvolvedora", "Entwickler").
export const ANY_ROLE_NOUN_RE = new RegExp(String.raw`(?<![\p{L}])(?:${ROLE_NOUN}|${ALL_LOCAL_ROLES})(?![\p{L}])`, "iu");

/**
 * Further words that make a header segment a role, as Hacker News headers write them: short
 * forms (`SWE`, `Eng`, `PM`), functions hired as a whole (`DevOps`, `Product Design`, `Sales`),
 * C-level titles, the words multi-role posts use (`Multiple roles`, `Openings`), and the areas a
 * segment hires for on their own (`iOS & Backend`, `backend, tooling and/or infra`).
 */
export const HEADER_ROLE_WORDS = String.raw`back-?end|front-?end|full[\s-]?stack|mobile|ios|android|infra|swes?|eng|engs|engineering|devops|mle|pm|pms|tpm|cto|ceo|cfo|coo|vp|founding|founder|design|product\s+design|sales|support|marketing|operations|ops|qa|sdet|associate|partner|generalist|roles?|positions?|openings?|staff|principal|senior|sr|junior|jr|gtm|recruiting|counsel|accountant|editor|tutor|teacher|instructor|nurse|physician|clinician|hacker|builder|strategist|producer|artist|animator|owner|expert|fellow|apprentice|trainee|assistant|agent|advocate|evangelist|rep|bdr|sdr|ae|leader|business\s+development|bizdev`;

// A line announcing the hire ("Roboflow (YC S20) Is Hiring a Security Engineer for AI Infra").
const IS_HIRING_LINE_RE = /^.{1,60}?\s(?:is|are)\s+(?:now\s+)?hiring\s+(?:for\s+)?(?:an?\s+)?(.+)$/i;
/** A role noun of a title, singular or plural ("Senior Data Engineer", "Engineers", "Head of Growth"). */
export const ROLE_NOUN_RE = new RegExp(String.raw`\b(?:${ROLE_NOUN})s?\b`, "i");

/**
 * The role a "<Company> is hiring <role>" line names, as written after the verb ("Security
 * Engineer for AI Infra"); null when the line is not one or what follows names no role. The
 * company and the verb are not part of the title.
 */
export function hiredRole(line: string): string | null {
  const hired = IS_HIRING_LINE_RE.exec(line.trim())?.[1];
  return hired && ROLE_NOUN_RE.test(hired) ? hired : null;
}
