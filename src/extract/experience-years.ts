// experienceYears (SPEC §1): the years of experience the requirements ask for — "5+ years",
// "at least 3 years", "3-5 years", "minimum of four years". Runs after section-lists and reads
// `earlier.requirements` (years under nice-to-have do not count, label notes) plus `Experience:`
// fields ("Experience : 8 to 13 Years"); only a posting with no requirements list falls back to
// body lines that mention experience. Of several statements, the largest minimum wins, with its
// own maximum. Not "20+ teams", not "4+ months", not "founded 10 years ago".
import type { PostingDoc } from "../core/document.js";
import type { Earlier, Extracted } from "../core/types.js";
import type { ExperienceYears } from "../schema.js";
import { NUMBER_WORDS, parseNumberWord } from "../normalize/number-words.js";
import { WordPattern } from "../normalize/latin1-classes.js";

/** Characters of one item or line scanned (hostile input stays linear and cheap). */
const SCAN_MAX_CHARS = 2000;
/** More than this is not a years-of-experience figure ("100 years of combined history"). */
const MAX_PLAUSIBLE_YEARS = 30;

// One number: a figure (`5`, `2.5`) or a number word from the table, longest words first.
const NUM_SRC = `(\\d{1,2}(?:\\.\\d)?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join("|")})`;
// "three (3)": a word followed by its figure in brackets, read once.
const ECHO_SRC = `(?:\\s*\\(\\s*\\d{1,2}\\s*\\+?\\s*\\))?`;
// A years statement: optional "at least"/"minimum of", a number, an optional "+"/"plus"/"or more", an
// optional second number after -, – or "to", then "years"/"yrs" (not "years ago"/"years old").
// Not years of study: "2 ans d'étude", "4 anos de faculdade". In pt/es/de/fr/it too: "1 o 2 años",
// "2 a 4 anos", "3 bis 5 Jahre", "1 an minimum", "5 années d’expérience", "au moins 2 ans", "almeno 3 anni".
const YEARS_RE = new WordPattern(
  `(?<![\\p{L}\\p{N}])(at least|minimum(?: of)?|min\\.?|a minimum of|over|more than|upwards of|au moins|pelo menos|no m[íi]nimo|al menos|m[íi]nimo(?: de)?|mindestens|almeno)?\\s*${NUM_SRC}${ECHO_SRC}\\s*(\\+|\\s?plus|\\s?or\\s+more)?` +
    `(?:\\s*(?:-|–|—|to|o|ou|a|à|bis|e|y)\\s*${NUM_SRC}${ECHO_SRC}\\s*(\\+)?)?\\s*(?:\\+\\s*)?(?:years?|yrs?|yoe|ans?|ann[ée]es?|años?|anos?|jahren?|jahr|anni)(?:'s|’s)?(?![\\p{L}\\p{N}])(?!\\s+(?:ago|old|d['’]\\s?[ée]tudes?|de\\s+estudos?|de\\s+estudios?|de\\s+carrera|de\\s+faculdade))`,
  "giu",
);
// "between 5 and 10 years", "zwischen 3 und 5 Jahren", "entre 3 et 5 ans": a range whose joining
// word ("and") is read as one only after "between", so "Python 3 and 5+ years" stays five.
const BETWEEN_RE = new RegExp(`\\b(?:between|zwischen|entre)\\s+${NUM_SRC}\\s+(?:and|und|et)\\s+(?=\\S)`, "gi");
// "several years (5+) of experience": the figure in brackets after the word.
const YEARS_BRACKET_RE = /\byears?\s*\(\s*(\d{1,2})\s*\+?\s*\)/gi;
// A body line about experience (fallback scan when there is no requirements list).
// "YOE" (years of experience) names it too: "2 X Fullstack Engineer (5+ YOE)".
const EXPERIENCE_WORD_RE = /\b(?:experience|experi[êe]ncia|exp[ée]rience|erfahrung|yoe\b)/i;
// "Software Engineer (1–3 years)", "Senior (5+ yrs):": an open-ended or ranged years figure in
// brackets beside a role names the years the role asks for, with no word "experience".
const ROLE_YEARS_BRACKET_RE = /\(\s*\d{1,2}\s*(?:\+|[-–]\s*\d{1,2}\s*\+?)\s*(?:years?|yrs?)\s*\)/i;
// "Established company (20+ years)", "in business (10+ years)": the company's age, not the role's years.
const COMPANY_AGE_BEFORE_RE = /\b(?:company|established|founded|business|firm|existence|history|around|operating)\b[^()]{0,25}$/i;

/** The line gives a role's years in brackets ("Senior (5+ yrs)"), not the company's age. */
function hasRoleYearsBracket(line: string): boolean {
  const m = ROLE_YEARS_BRACKET_RE.exec(line);
  return !!m && !COMPANY_AGE_BEFORE_RE.test(line.slice(0, m.index));
}

// A sentence about the person sought: "We are looking to add…", "seeking an engineer with…"; in
// pt/es/de/fr "estamos buscando personas con…", "procuramos alguém com…", "wir suchen…", "On attend un⋅e candidat⋅e ayant…".
const SOUGHT_CANDIDATE_RE =
  /\b(?:looking\s+(?:for|to\s+(?:add|hire|find))|seeking|we(?:'re|’re|\s+are)\s+hiring|the\s+(?:ideal\s+)?candidate|candidates?\s+(?:with|should|must|will)|estamos\s+(?:buscando|procurando)|buscamos|procuramos|wir\s+suchen|suchen\s+wir|nous\s+(?:re)?cherchons|on\s+(?:re)?cherche|on\s+attend)\b/i;

interface Found {
  min: number;
  max: number | null;
}

// "a team with 20+ years of combined experience": the team's years together, not what the job asks
// ("5 years combined experience as an engineer" with no team before it is the candidate's).
const COMBINED_AFTER_RE = /^\s+(?:of\s+)?(?:combined|collective|cumulative)\b/i;
const TEAM_BEFORE_RE = /\b(?:team|founders?|we|our)\b[^.;]{0,40}$/i;

// "5+ years of curiosity exploring computers", "10 years of tinkering": years of an interest, not of work.
const NOT_WORK_AFTER_RE = /^\s+(?:of\s+)?(?:curiosity|tinkering|hobby|hobbyist|passion|interest|fascination|exploring|playing)\b/i;

// Chinese: "3年以上 iOS 开发经验", "三年以上…经验", "至少1年…经验", "3-5年…经验" — years (年) and, in the same
// clause, experience (经验); "2018年" or "五险一金" name none.
const ZH_YEARS_RE = /(?:至少|最少)?\s*(?<!\d)(\d{1,2}|[一二两三四五六七八九十])\s*(?:(?:-|–|~|～|至|到)\s*(\d{1,2}|[一二两三四五六七八九十])\s*)?年(以上|及以上)?[^，。；;,\n]{0,24}?经验/gu;
const ZH_NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function zhNumber(text: string): number {
  return ZH_NUMERALS[text] ?? Number(text);
}

function statementsIn(text: string): Found[] {
  const out: Found[] = [];
  const scanned = text.slice(0, SCAN_MAX_CHARS).replace(BETWEEN_RE, "$1 to ");
  for (const m of scanned.matchAll(YEARS_RE.for(scanned))) {
    const at = m.index ?? 0;
    const after = scanned.slice(at + m[0].length, at + m[0].length + 30);
    if (COMBINED_AFTER_RE.test(after) && TEAM_BEFORE_RE.test(scanned.slice(Math.max(0, at - 60), at))) continue;
    if (NOT_WORK_AFTER_RE.test(after)) continue;
    const min = parseNumberWord(m[2]);
    // "5-8+ years" is open-ended: at least five.
    const max = m[4] === undefined || m[5] !== undefined ? null : parseNumberWord(m[4]);
    if (!Number.isFinite(min) || min > MAX_PLAUSIBLE_YEARS) continue;
    if (max !== null && (!Number.isFinite(max) || max < min || max > MAX_PLAUSIBLE_YEARS)) continue;
    out.push({ min, max });
  }
  if (scanned.includes("年")) {
    for (const m of scanned.matchAll(ZH_YEARS_RE)) {
      const min = zhNumber(m[1]);
      const max = m[2] === undefined || m[3] !== undefined ? null : zhNumber(m[2]);
      if (min <= MAX_PLAUSIBLE_YEARS && (max === null || (max >= min && max <= MAX_PLAUSIBLE_YEARS))) out.push({ min, max });
    }
  }
  for (const m of scanned.matchAll(YEARS_BRACKET_RE)) {
    const min = Number(m[1]);
    if (min <= MAX_PLAUSIBLE_YEARS) out.push({ min, max: null });
  }
  return out;
}

// A value that is only a whole number of years ("4").
const BARE_YEARS_RE = /^\d{1,2}$/;

export function extractExperienceYears(doc: PostingDoc, earlier: Earlier): Extracted<ExperienceYears | null> {
  // A bare number under an experience key ("experience: 4" in a careers page's frontmatter) counts its years.
  const texts = doc.fields.filter((f) => f.key.includes("experience")).map((f) => (BARE_YEARS_RE.test(f.value) ? `${f.value}+ years` : f.value));
  const experienceLines = () => doc.plainText.split("\n").filter((l) => EXPERIENCE_WORD_RE.test(l) || hasRoleYearsBracket(l));
  const requirements = earlier.requirements ?? [];
  if (requirements.length) {
    // Beside a requirements list, only a sentence about whom the job asks for ("looking to add Data
    // Engineers with at least 1 – 5 years of experience"), not the company's own years.
    const soughtLines = () => experienceLines().filter((l) => SOUGHT_CANDIDATE_RE.test(l) || hasRoleYearsBracket(l));
    // Concatenated, not spread: a spread of 200,000 lines overflows the stack.
    return { value: largestMinimum(texts.concat(requirements)) ?? largestMinimum(soughtLines()) };
  }
  // A posting whose only qualifications are preferred ones states its years there; one whose
  // nice-to-haves name no years ("Nice-to-have: fintech" beside an unheaded "5+ years" list) leaves
  // them to the body's lines about experience.
  return { value: largestMinimum(texts.concat(earlier.niceToHave ?? [])) ?? largestMinimum(experienceLines()) };
}

/** Of the statements in `texts`, the one with the largest minimum (with its own maximum). */
function largestMinimum(texts: readonly string[]): Found | null {
  let best: Found | null = null;
  for (const text of texts) {
    for (const found of statementsIn(text)) if (!best || found.min > best.min) best = found;
  }
  return best;
}
