// The company a job board's title names (SPEC §1 "company": job-board issue titles), in
// postings written in pt/es/de/fr: "[Remoto] Desenvolvedor Backend na Acme", "Android Developer
// na [Acme].", "Sr Back-end Developer (Node) @Acme", "Teilzeit-Entwickler/in bei Acme gesucht",
// "[São Paulo] Desenvolvedor Java [ACME]", and the two-part titles "Acme - Desarrollador
// frontend", "Desenvolvedor(a) PHP Pleno - Acme", "Desarrolladores | Acme", where one part
// names the role and the other does not. A part that is a place, a level, an employment type or
// a technology is no company.
import { COMPANY_INTRO_WORDS, INTRO_LANGUAGES, isIntroLanguage, type IntroLanguage } from "./company-intro-words.js";
import { EMPLOYMENT_TYPE_WORDS, TYPE_WORD_LANGUAGES } from "./employment-types.js";
import { parseLocationText } from "./location-text.js";
import { ROLE_NOUN } from "./role-words.js";
import { SENIORITY_WORDS, seniorityPattern } from "./seniority-words.js";
import { findSkills } from "./skills.js";
import { escapePattern } from "./escape-pattern.js";

/** Titles longer than this are cut before reading (hostile input). */
const MAX_TITLE_CHARS = 200;
/** A company part of a title has at most this many words. */
const MAX_NAME_WORDS = 4;

// The job boards' tags opening a title: "[Remoto] ", "[São Paulo/SP] - ", "(Remote) ".
const LEADING_TAGS_RE = /^(?:\s{0,5}[[(][^[\]()]{0,60}[\])]\s{0,5}[-–—:]?\s{0,5})+/;
// A round-bracketed tag opening a title, and the blanks and dash after it: "(Acme) Engenheiro…", "(Acme) - Dev…".
const LEADING_ROUND_TAG_RE = /^\s{0,5}\(([^()]{1,40})\)\s{0,5}[-–—:]?\s{0,5}/;
// A closing bracketed part: "… Desenvolvedor Java [CONFITEC]", "… na [Iventis].".
const TRAILING_BRACKET_RE = /\[([^[\]]{1,40})\]\s{0,3}\.?$/;
// The separators of a two-part title: a spaced pipe or dash.
const TWO_PART_SPLIT_RE = /\s+[|–—-]\s+/;
// A word a title adds after the company: "… bei 2030Watch gesucht".
const TITLE_TAIL_WORDS = String.raw`gesucht|procura-se|contrata`;
// A name closing on a one-letter abbreviation, dot included: "Vega I.T.".
const ABBREVIATION_END_RE = /(?:^|[\s.])\p{Lu}\.\p{Lu}\.$/u;
// One word of letters and digits holding a digit or a capital past its start: "commit42", "dLocal".
const LOWER_NAME_RE = /^\p{Ll}[\p{L}\p{N}]*[\p{N}\p{Lu}][\p{L}\p{N}]*$/u;
// A name's first character: a capital or a digit ("IT Singular", "2030Watch"), or a short lower-case start of a camel-cased name ("dLocal").
const NAME_START_RE = /^(?:[\p{Lu}\p{N}]|\p{Ll}{1,2}\p{Lu})/u;
// Any level word, the whole part ("Pleno", "Sr").
const LEVEL_ONLY_RE = new RegExp(String.raw`^(?:${SENIORITY_WORDS.map(seniorityPattern).join("|")})$`, "iu");
// Any employment-type word, the whole part ("CLT", "Freelance").
const TYPE_ONLY_RE = new RegExp(
  String.raw`^(?:${EMPLOYMENT_TYPE_WORDS.flatMap((w) => [w.pattern, ...TYPE_WORD_LANGUAGES.map((l) => w[l])]).filter(Boolean).join("|")})$`,
  "iu",
);

/** The regexes of one language, built the first time a title in it is read. */
interface TitleRes {
  /** "… na Acme", "… @Acme", "… bei Acme gesucht": group 1 is the name. */
  atTail: RegExp;
  /** "commit42 recrute …", "Acme sucht …", "Devmaker contrata: …": group 1 is the name opening the title. */
  hiringHead: RegExp;
  /** A role noun of the language or of English. */
  role: RegExp;
}
const titleRes = new Map<string, TitleRes>();

function resFor(language: string): TitleRes {
  let res = titleRes.get(language);
  if (!res) {
    const words = isIntroLanguage(language) ? COMPANY_INTRO_WORDS[language] : undefined;
    const at = words ? `\\s(?:${words.titleAt})\\s+|\\s@\\s?` : `\\s@\\s?`;
    res = {
      hiringHead: new RegExp(String.raw`^([\p{L}\p{N}][^\s]{0,30}(?:\s[\p{Lu}\p{N}][^\s]{0,30}){0,3})\s+(?:${words?.hiring ?? "hiring"})\s?:?\s`, "u"),
      atTail: new RegExp(String.raw`(?:${at})\[?([^[\]()|@]{1,40}?)\]?(?:\s+(?:${TITLE_TAIL_WORDS}))?\s{0,3}\.?$`, "u"),
      role: new RegExp(String.raw`(?<![\p{L}])(?:${ROLE_NOUN}${words ? `|${words.roles}` : ""})(?![\p{L}])`, "iu"),
    };
    titleRes.set(language, res);
  }
  return res;
}

// The gender note of a French or German title: "(F/H)", "H/F/N", "(H-F)", "(m/w/d)", "(all gender)".
const GENDER_NOTE_RE = /(?<![\p{L}\p{N}])(?:[HFXN](?:\s?[/-]\s?[HFXN]){1,3}|[mwdx](?:\s?\/\s?[mwdx]){1,3}|all genders?)(?![\p{L}\p{N}])/iu;

/**
 * `part` read as a company name: name-like, short, and no place, level, type or technology. A gender
 * note marks the role's part ("Développeur - Secteur Télécom (F/H)", "… - CDI H/F"), never the company's.
 */
function asName(part: string): string | null {
  if (GENDER_NOTE_RE.test(part)) return null;
  let name = part.trim().replace(/[\s,;:]+$/, "");
  // "Vega I.T." keeps the dot of its abbreviation; "Acme." at the end of a sentence does not.
  if (ABBREVIATION_END_RE.test(`${name}.`) && !name.endsWith(".")) name = `${name}.`;
  if (!name || !NAME_START_RE.test(name) || name.split(/\s+/).length > MAX_NAME_WORDS) return null;
  // "Stage FE - Data Scientist": a part opening on an employment type names the kind of job.
  if (LEVEL_ONLY_RE.test(name) || TYPE_ONLY_RE.test(name) || TYPE_ONLY_RE.test(name.split(/\s+/)[0])) return null;
  // A place alone ("São Paulo"); "Melhor Plano" holds Plano, Texas among words that are no place.
  const place = parseLocationText(name);
  if (place.workplace || (place.countries.length + place.regions.length + place.cities.length > 0 && place.unknownWords === 0)) return null;
  // "Desenvolvedor Java - Oracle": a technology the role works with, not the employer.
  if (!name.includes(" ") && findSkills(name, { title: true }).some((s) => s.index === 0)) return null;
  return name;
}

/**
 * The language a title's role noun is written in ("Desenvolvedor…" pt, "Entwickler…" de), for a
 * posting too short for the detector to name one; null when no one language's noun is there.
 */
export function languageOfRole(title: string): IntroLanguage | null {
  const found = INTRO_LANGUAGES.filter((l) => localRoleRe(l).test(title));
  return found.length === 1 ? found[0] : null;
}

const localRoleRes = new Map<IntroLanguage, RegExp>();
/** `language`'s own role nouns (not English ones) as whole words. */
function localRoleRe(language: IntroLanguage): RegExp {
  let re = localRoleRes.get(language);
  if (!re) localRoleRes.set(language, (re = new RegExp(String.raw`(?<![\p{L}])(?:${COMPANY_INTRO_WORDS[language].roles})(?![\p{L}])`, "iu")));
  return re;
}

/** "(Acme) Engenheiro de Software": a round-bracketed tag opening the title that is a name, before a role. */
function leadingNameTag(title: string, role: RegExp): string | null {
  const tag = LEADING_ROUND_TAG_RE.exec(title);
  if (!tag || !role.test(title.slice(tag[0].length))) return null;
  return asName(tag[1]);
}

// A closing round-bracketed part after the role: "Desarrollador Frontend c/exp en ReactJS (NUBI)".
const TRAILING_ROUND_RE = /\(([^()]{2,40})\)\s{0,3}\.?$/;

/**
 * The name in a title's closing round brackets after a role ("… Frontend (NUBI)"), when the body names
 * it again as a word of its own ("Conocés Nubi?"), spelt as the body spells it: brackets also hold notes ("(m/w/d)", "(CERRADA)",
 * "(VueJS)"), so only a name the text repeats counts, and only where nothing else names the company.
 */
export function trailingNameTag(title: string, language: string | null | undefined, body: string): string | null {
  if (!isIntroLanguage(language)) return null;
  const text = title.slice(0, MAX_TITLE_CHARS);
  const tag = TRAILING_ROUND_RE.exec(text);
  if (!tag || !resFor(language).role.test(text.slice(0, tag.index))) return null;
  const name = asName(tag[1]);
  if (!name) return null;
  const again = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapePattern(name)}(?![\p{L}\p{N}])`, "giu");
  // The title itself is usually the body's first line: the name must stand somewhere else too, and is
  // written as the text writes it there ("(NUBI)" in the title, "Conocés Nubi?" in the text).
  const mentions = [...body.matchAll(again)].map((m) => m[0]).filter((m) => NAME_START_RE.test(m));
  const elsewhere = body.includes(title) ? mentions.slice(1) : mentions;
  return elsewhere.find((m) => m !== name) ?? elsewhere[0] ?? null;
}

/** The company a board title in `language` names, or null. */
export function companyOfTitle(title: string, language: string | null | undefined): string | null {
  if (!isIntroLanguage(language)) return null;
  const { atTail, hiringHead, role } = resFor(language);
  const tagged = leadingNameTag(title.slice(0, MAX_TITLE_CHARS), role);
  if (tagged) return tagged;
  const text = title.slice(0, MAX_TITLE_CHARS).replace(LEADING_TAGS_RE, "").trim();
  const head = hiringHead.exec(text);
  // A company name the site writes in lower case ("commit42") is kept when it holds a digit or a capital.
  if (head && (asName(head[1]) ?? (LOWER_NAME_RE.test(head[1]) ? head[1] : null))) return asName(head[1]) ?? head[1];
  const tail = atTail.exec(text);
  if (tail) return asName(tail[1]);
  const bracket = TRAILING_BRACKET_RE.exec(text);
  if (bracket && role.test(text.slice(0, bracket.index))) {
    const name = asName(bracket[1]);
    if (name) return name;
  }
  const parts = text.split(TWO_PART_SPLIT_RE);
  if (parts.length !== 2) return null;
  const roles = parts.map((p) => role.test(p));
  if (roles[0] === roles[1]) return null;
  return asName(roles[0] ? parts[1] : parts[0]);
}
