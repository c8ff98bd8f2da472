// Employment-type vocabulary (SPEC §1 "employmentType"): the written forms of each
// EMPLOYMENT_TYPES value. Listed in precedence order: when one statement names several
// ("Full-time contract position", "full-time internship/contract"), the first type listed here
// that it names wins — the engagement (internship, contract) says more than the hours.
import type { EmploymentType } from "../schema.js";

/** Languages with a column of their own (ISO 639-1); English is `pattern`. */
export const TYPE_WORD_LANGUAGES = ["pt", "es", "de", "fr", "zh"] as const;
export type TypeWordLanguage = (typeof TYPE_WORD_LANGUAGES)[number];

export interface EmploymentTypeWords extends Readonly<Partial<Record<TypeWordLanguage, string>>> {
  type: EmploymentType;
  /** Regex source of the written forms in English, matched case-insensitively on word boundaries.
   *  The language columns hold the forms in that language, read in a posting written in it (or
   *  one whose language is unknown): "stage" or "PJ" in an English posting mean something else. */
  pattern: string;
}

export const EMPLOYMENT_TYPE_WORDS: readonly EmploymentTypeWords[] = [
  {
    type: "internship",
    pattern: String.raw`internships?|interns?|working\s+student|praktikum`,
    pt: String.raw`est[áa]gios?|estagi[áa]ri[oa]s?`,
    es: String.raw`pr[áa]cticas(?:\s+profesionales)?|pasant[íi]as?|becari[oa]s?|practicante`,
    de: String.raw`praktik(?:um|a|ant(?:in)?)|werkstudent(?:in)?|werkstudierende[rn]?`,
    fr: String.raw`stages?|stagiaires?|alternance|alternant(?:e)?`,
    // Chinese runs words together: "实习生" (intern) is a noun of its own; "实习" and the hours below
    // count only set apart by brackets or punctuation ("前端开发者（全职）"), not inside a sentence
    // ("休学全职创业" is a founder working full time on a start-up).
    zh: String.raw`实习生|(?<=^|[\s（(【\[:：/|、，,])实习(?=$|[\s）)】\]/|、，,。；])`,
  },
  {
    type: "contract",
    pattern: String.raw`contract(?:or|ual)?(?:[\s-]to[\s-]hire)?|freelance(?:r)?|independent\s+contractor|1099|c2c|corp[\s-]to[\s-]corp`,
    pt: String.raw`PJ|pessoa\s+jur[íi]dica|freela|freelancers?|aut[ôo]nomo`,
    es: String.raw`aut[óo]nomo|por\s+proyecto|contrato\s+por\s+obra|monotributo|honorarios|freelancers?`,
    de: String.raw`freiberuflich|freie[rn]?\s+mitarbeit(?:er(?:in)?)?|selbstst[äa]ndig|freelancer(?:in)?`,
    fr: String.raw`ind[ée]pendant|portage\s+salarial|auto[\s-]?entrepreneur|freelances?`,
  },
  {
    type: "temporary",
    // A "fixed-term contract" is read whole: a temporary one, which "contract" alone would not say.
    pattern: String.raw`temporary|temp|seasonal|fixed[\s-]term(?:\s+contract)?`,
    pt: String.raw`tempor[áa]ri[oa]|prazo\s+determinado`,
    es: String.raw`temporal|plazo\s+fijo|eventual`,
    de: String.raw`befristet(?:e[rn]?)?|zeitlich\s+begrenzt`,
    fr: String.raw`CDD|int[ée]rim(?:aire)?|dur[ée]e\s+d[ée]termin[ée]e`,
  },
  {
    type: "part-time",
    // "Fractional" (a fractional CTO, "Fractional or full-time"): a share of someone's week.
    pattern: String.raw`part[\s-]*-?[\s-]*time|parttime|fractional`,
    pt: String.raw`meio\s+per[íi]odo|meio\s+expediente|tempo\s+parcial`,
    es: String.raw`medio\s+tiempo|media\s+jornada|tiempo\s+parcial|jornada\s+parcial`,
    de: String.raw`teilzeit`,
    fr: String.raw`temps\s+partiel|mi[\s-]temps`,
    zh: String.raw`(?<=^|[\s（(【\[:：/|、，,])兼职(?=$|[\s）)】\]/|、，,。；])`,
  },
  {
    type: "full-time",
    pattern: String.raw`full[\s-]*-?[\s-]*time|fulltime|ft|permanent`,
    pt: String.raw`CLT|tempo\s+integral|per[íi]odo\s+integral|efetiv[oa]`,
    es: String.raw`tiempo\s+completo|jornada\s+completa|indefinido|contrato\s+indefinido|planta\s+permanente`,
    de: String.raw`vollzeit|festanstellung|unbefristet(?:e[rn]?)?`,
    fr: String.raw`temps\s+plein|temps\s+complet|CDI`,
    zh: String.raw`(?<=^|[\s（(【\[:：/|、，,])全职(?=$|[\s）)】\]/|、，,。；])`,
  },
];

/**
 * Full-time words of the language columns that name a permanent contract, not only the hours
 * ("CLT", "CDI", "indefinido", "unbefristet"): beside another engagement ("PJ", "CDD") they are a
 * choice between two contracts, where "Vollzeit" beside "befristet" is hours and a fixed term.
 */
export const PERMANENT_CONTRACT_WORDS: Readonly<Record<TypeWordLanguage, string>> = {
  pt: String.raw`CLT|efetiv[oa]`,
  es: String.raw`indefinido|planta\s+permanente`,
  de: String.raw`festanstellung|unbefristet(?:e[rn]?)?`,
  fr: String.raw`CDI`,
  // No Chinese word names a permanent contract apart from the hours.
  zh: String.raw`(?!)`,
};

/**
 * Words after a type that make it an option, not the role's type: "Temps partiel négociable",
 * "Teilzeit möglich", "meio período possível". English "optional" in every column.
 */
export const OPTION_WORDS: Readonly<Record<TypeWordLanguage, string>> = {
  pt: String.raw`poss[íi]vel|opcional|optional`,
  es: String.raw`posible|opcional|optional`,
  de: String.raw`m[öo]glich|denkbar|optional`,
  fr: String.raw`n[ée]gociables?|possibles?|envisageable|optional`,
  zh: String.raw`可选|均可`,
};

/**
 * Words before a type that make it a prospect, what may follow the role: "La possibilité de
 * prolonger ton stage", "opportunités en CDI à l'issue de l'alternance", "Estágio com possibilidade
 * de efetivação", "Möglichkeit zur Übernahme". A line is read for a type only up to them.
 */
export const PROSPECT_WORDS: Readonly<Record<TypeWordLanguage, string>> = {
  pt: String.raw`possibilidades?`,
  es: String.raw`posibilidad(?:es)?`,
  de: String.raw`m[öo]glichkeit(?:en)?|[üu]bernahme`,
  fr: String.raw`possibilit[ée]s?|opportunit[ée]s?|[àa]\s+l['’]issue`,
  // "实习期满可转正": conversion to a regular post after the internship.
  zh: String.raw`转正`,
};

/**
 * Words of the language columns that prose uses for other things ("trabalho autônomo" is
 * working on one's own, "selbstständiges Arbeiten" likewise, "indépendant" an adjective): in
 * body prose they state a type only right after a contract noun ("contrato autónomo").
 */
export const PROSE_AMBIGUOUS_TYPE_WORDS: Readonly<Record<TypeWordLanguage, { words: string; contractNouns: string }>> = {
  pt: { words: String.raw`aut[ôo]nom[oa]s?|efetiv[oa]s?|tempor[áa]ri[oa]s?`, contractNouns: String.raw`contrato|regime|contrata[çc][ãa]o|vaga` },
  // "buenas prácticas" are good practice; "en prácticas", "prácticas profesionales" an internship.
  es: { words: String.raw`aut[óo]nom[oa]s?|temporal(?:es)?|eventual(?:es)?|pr[áa]cticas(?!\s+profesionales)`, contractNouns: String.raw`contrato|contrato de|contrataci[óo]n|modalidad|trabajador|en` },
  de: { words: String.raw`selbstst[äa]ndig\w*|freie[rn]?\s+mitarbeit\w*`, contractNouns: String.raw`als|Vertrag|Anstellung` },
  fr: { words: String.raw`ind[ée]pendants?`, contractNouns: String.raw`contrat|statut|en|travailleur` },
  zh: { words: String.raw`(?!)`, contractNouns: String.raw`(?!)` },
};

/**
 * Phrases that hold a type word of some language and never state a type, in any position (a
 * label line "*Programación y buenas prácticas*" included): good practice is no internship.
 */
export const NOT_A_TYPE_PHRASES: readonly string[] = [
  // es: "buenas/mejores prácticas" (good/best practice)
  String.raw`(?:buenas|mejores)\s+pr[áa]cticas`,
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
