// Seniority vocabulary (SPEC §1 "seniority"): the level words of a job title and of an explicit
// "Experience level:" field, each mapped to one SENIORITIES value. One table, read in order of
// position in the text: the first level word in the title wins ("Senior/Staff" → senior).
import type { Seniority } from "../schema.js";

/** Languages with a column of their own (ISO 639-1); English is `pattern`. */
export const LEVEL_WORD_LANGUAGES = ["pt", "es", "de", "fr"] as const;

export interface SeniorityWord extends Readonly<Partial<Record<(typeof LEVEL_WORD_LANGUAGES)[number], string>>> {
  /** Regex source for the word in English, matched case-insensitively on word boundaries; the
   *  language columns hold the same level's words in that language (a title may mix them). */
  pattern: string;
  level: Seniority;
}

/** One regex source for a row: its English words and every language column's. */
export function seniorityPattern(word: SeniorityWord): string {
  return [word.pattern, ...LEVEL_WORD_LANGUAGES.map((l) => word[l])].filter(Boolean).join("|");
}

// "Manager" is a level only for people managers of a team; "Community Manager", "Product
// Manager" name a function (eval notes), so the words before it decide.
const PEOPLE_MANAGER = String.raw`(?:engineering|software\s+development|software|team|people|qa|devops|machine\s+learning|ml|infrastructure|platform|sre)\s+manager|manager,?\s+(?:of\s+)?(?:software\s+)?(?:engineering|development)`;

export const SENIORITY_WORDS: readonly SeniorityWord[] = [
  {
    pattern: String.raw`interns?|internship|working\s+student`,
    level: "intern",
    pt: String.raw`estagi[áa]ri[oa]s?|est[áa]gio`,
    es: String.raw`becari[oa]s?|pasante|practicante|pr[áa]cticas`,
    de: String.raw`werkstudent(?:in|en)?|werkstudierende[rn]?|praktikant(?:in|en)?|praktikum`,
    // "Stage" opening a title ("Stage UX (6 mois)"): elsewhere in a title it is an English word ("Early-Stage").
    fr: String.raw`stagiaire|alternant(?:e)?|(?<![\s\S])stage(?=\s)`,
  },
  {
    pattern: String.raw`junior|jr\.?|entry[\s-]level|new[\s-]grad(?:uate)?`,
    level: "junior",
    pt: String.raw`j[úu]nior|trainee`,
    es: String.raw`j[úu]nior|trainee`,
    // An apprentice ("Azubi", "Auszubildender") is hired as a trainee on a years-long training, not as an intern (SPEC: Trainee → junior).
    de: String.raw`berufseinsteiger(?:in)?|trainee|azubi|auszubildende[rn]?`,
    fr: String.raw`d[ée]butant(?:e)?|trainee`,
  },
  // Bare "Mid" only before a role word: "Mid-Market Account Executive" names a market segment.
  // "Middle Golang Developer" (the Eastern-European level word), only right before a role word.
  { pattern: String.raw`medior|mid[\s-]?level|(?:mid|middle(?!\s+east))(?=[\s+]+(?:\w+[\s/+.#]+){0,2}(?:software|backend|back-end|frontend|front-end|full|developer|engineer|designer|data|qa))|intermediate`, level: "mid", pt: String.raw`pleno`, es: String.raw`semi[\s-]?senior|semi[\s-]?sr\.?|ssr|semisenior`,
    // French titles grade junior / confirmé / senior: "confirmé" is the middle step, as "intermédiaire" is.
    fr: String.raw`confirm[ée](?:e|\(e\))?s?|interm[ée]diaire` },
  // Not "expérimenté": French titles give it to hires of two years and of ten, so it names no one grade.
  { pattern: String.raw`senior|sr\.?`, level: "senior", pt: String.raw`s[êe]nior`, es: String.raw`s[ée]nior|señor` },
  { pattern: String.raw`staff`, level: "staff" },
  { pattern: String.raw`principal`, level: "principal" },
  // "Team leader" / "Technical Leader" name the same level as "Team Lead".
  { pattern: String.raw`(?:tech(?:nical)?\s+|team\s+)?lead|(?:tech(?:nical)?|team)\s+leader`, level: "lead",
    // French puts the noun first: "Leader Technique Full-Stack", "Leader Qualité"; a "responsable
    // technique" leads a team's technical choices as a tech lead does ("Responsable d'affaires" sells).
    fr: String.raw`leader\s+(?:technique|qualit[ée]|d['’][ée]quipe)|responsable\s+technique|chef\s+d['’][ée]quipe`,
    pt: String.raw`l[íi]der\s+t[ée]cnic[oa]|l[íi]der\s+de\s+equipe`,
    es: String.raw`l[íi]der\s+t[ée]cnic[oa]|l[íi]der\s+de\s+equipo`,
    de: String.raw`teamleit(?:er(?::in|\*in|/in|in)?|ung)|technische[rn]?\s+leit(?:er(?::in|\*in|/in|in)?|ung)` },
  { pattern: PEOPLE_MANAGER, level: "manager" },
  { pattern: String.raw`director`, level: "director", pt: String.raw`diretor(?:a)?`, fr: String.raw`directeur|directrice`, de: String.raw`direktor(?:in)?` },
  { pattern: String.raw`head\s+of|vp|svp|evp|vice\s+president|chief|c[tefoi]o|ciso`, level: "executive",
    // German "Head of": the head of a department ("Leiter:in des Bereichs Fundraising", "Abteilungsleitung IT").
    de: String.raw`(?:leiter(?::in|\*in|/in|in)?|leitung)\s+(?:des|der|für\s+den|für\s+die)\s+(?:bereichs?|abteilung)|bereichsleit(?:er(?::in|\*in|/in|in)?|ung)|abteilungsleit(?:er(?::in|\*in|/in|in)?|ung)` },
];

// Values of an explicit level field that the title words above do not cover.
export const SENIORITY_FIELD_VALUES: readonly SeniorityWord[] = [
  { pattern: String.raw`mid[\s-]senior`, level: "mid" },
  { pattern: String.raw`executive`, level: "executive" },
  { pattern: String.raw`manager`, level: "manager" },
];
