// Workplace vocabulary (SPEC §1 "location.workplace"): the words of a location statement
// ("Remote", "Hybrid", "On-site") and the body sentences that state how the job is worked
// ("fully remote", "hybrid, 2 days in office", "this role is on-site"). Remote wins when
// fully remote work is allowed at all ("Remote or San Francisco", "Hybrid or Remote").
import type { Workplace } from "../schema.js";
import { foldPlace } from "./fold.js";

/** The languages with a column of their own in the workplace tables (ISO 639-1). */
type WorkplaceLanguage = "pt" | "es" | "de" | "fr";
type WordColumns = Readonly<Record<WorkplaceLanguage, readonly string[]>>;

/**
 * Workplace words of a location statement in other languages ("Remoto", "Híbrido", "vor Ort",
 * "télétravail"), written as postings write them; matched folded (no accents, "100%" as "100"),
 * whole words. A statement is short, so a bare word is enough to state how the job is worked.
 */
export const STATEMENT_WORKPLACE_WORDS: Readonly<Record<Workplace | "notRemote", WordColumns>> = {
  remote: {
    pt: ["remoto", "remota", "100% remoto", "trabalho remoto", "home office", "teletrabalho"],
    es: ["remoto", "remota", "100% remoto", "trabajo remoto", "teletrabajo", "a distancia", "home office"],
    de: ["Homeoffice", "Home-Office", "mobiles Arbeiten", "Fernarbeit"],
    fr: ["télétravail", "full remote", "à distance", "en remote"],
  },
  // Saying no to remote work: "sem home office", "kein Homeoffice", "pas de télétravail".
  notRemote: {
    pt: ["não remoto", "sem home office", "nada de remoto"],
    es: ["no remoto", "sin teletrabajo"],
    de: ["kein Homeoffice", "kein Home-Office", "nicht remote"],
    fr: ["pas de télétravail", "pas de full remote", "sans télétravail"],
  },
  hybrid: {
    pt: ["híbrido", "híbrida", "remoto parcial", "remoto - parcial"],
    es: ["híbrido", "híbrida", "semipresencial", "semi presencial"],
    de: ["hybrides Arbeiten", "hybride Arbeit"],
    fr: ["hybride", "télétravail partiel"],
  },
  onsite: {
    // "Alocação: Alocado", the Brazilian boards' word for working at the employer's or a client's office.
    pt: ["presencial", "100% presencial", "alocado", "alocada"],
    es: ["presencial", "100% presencial"],
    de: ["vor Ort", "Präsenz"],
    fr: ["sur site", "en présentiel", "présentiel"],
  },
};

/**
 * Body phrases that state how the job is worked, in other languages: longer than a statement's
 * words, since in prose a bare "remoto" or "Homeoffice" is often a perk ("Homeoffice-Option"),
 * not the whole job. Read only when the English body sentences state nothing.
 */
export const BODY_WORKPLACE_PHRASES: Readonly<Record<Workplace | "notRemote", WordColumns>> = {
  remote: {
    // "de qualquer lugar": working from any place at all is remote work ("trabalhe de qualquer lugar do Brasil").
    pt: ["100% remoto", "100% remota", "remoto 100%", "totalmente remoto", "totalmente remota", "trabalho remoto", "vaga remota", "vaga é remota", "vaga é remoto", "modelo remoto", "regime remoto", "formato remoto", "modalidade remota", "full remote", "100% home office", "home office integral", "totalmente home office", "trabalhar de qualquer lugar", "trabalhe de qualquer lugar", "remoto de qualquer lugar", "remota de qualquer lugar"],
    es: ["100% remoto", "100% remota", "remoto 100%", "totalmente remoto", "totalmente remota", "trabajo remoto", "trabajar remoto", "trabajo en remoto", "posición remota", "puesto remoto", "vacante remota", "es remoto", "es remota", "modalidad remota", "de forma remota", "teletrabajo", "full remote", "trabajar desde cualquier", "trabajes desde cualquier", "trabajo desde cualquier", "remoto desde cualquier"],
    // "remote innerhalb Deutschlands", "ortsunabhängig": the place named is where the hire may live, not an office.
    de: ["100% remote", "vollständig remote", "komplett remote", "ausschließlich remote", "100% Homeoffice", "komplett im Homeoffice", "vollständig im Homeoffice", "komplette Remote-Arbeit", "vollständige Remote-Arbeit", "Remote-Arbeit in Vollzeit", "Full Remote", "ortsunabhängig", "standortunabhängig", "remote innerhalb", "remote oder", "oder remote", "deutschlandweit remote", "bundesweit remote", "arbeitest remote", "arbeitest du remote", "100% mobil", "vollständig mobil"],
    fr: ["full remote", "100% télétravail", "100% remote", "télétravail complet", "télétravail total", "télétravail intégral", "télétravail à 100%", "100% en télétravail", "entièrement en télétravail", "totalement en télétravail", "entièrement à distance", "100% à distance"],
  },
  notRemote: {
    pt: ["não é remoto", "não é remota", "sem home office"],
    es: ["no es remoto", "no es remota", "sin teletrabajo"],
    de: ["kein Homeoffice", "nicht remote"],
    fr: ["pas de full remote", "pas de télétravail"],
  },
  hybrid: {
    pt: ["modelo híbrido", "regime híbrido", "trabalho híbrido", "formato híbrido", "modalidade híbrida", "modelo de trabalho híbrido", "vaga híbrida", "atuação híbrida", "parcialmente remoto", "presencial na maior parte", "dias presenciais", "dias por semana no escritório", "dias na semana no escritório"],
    es: ["modalidad híbrida", "esquema híbrido", "modelo híbrido", "trabajo híbrido", "formato híbrido", "vacante híbrida", "puesto híbrido", "posición híbrida", "modalidad mixta", "remoto parcial", "remoto parcialmente", "parcialmente remoto", "parcialmente en remoto", "presencial la mayor parte", "días presenciales", "días a la semana en la oficina", "días por semana en la oficina"],
    de: ["hybrides Arbeiten", "hybrides Arbeitsmodell", "hybriden Arbeitsmodell", "hybride Arbeit", "hybrides Modell", "Hybridmodell", "hybrid arbeiten", "teilweise remote", "teilweise Homeoffice", "teilweise mobil", "anteilig Homeoffice", "anteilig remote", "Tage Homeoffice", "Tage im Homeoffice", "Tage pro Woche im Büro"],
    fr: ["télétravail partiel", "jours de télétravail", "jour de télétravail", "télétravail possible", "télétravail est possible", "télétravail jusqu'à", "télétravail jusqu’à", "mode hybride", "travail hybride", "poste hybride", "format hybride", "organisation hybride", "en hybride"],
  },
  onsite: {
    pt: ["100% presencial", "totalmente presencial", "trabalho presencial", "trabalho é presencial", "vaga presencial", "vaga é presencial", "atuação presencial", "posição presencial", "modelo presencial", "regime presencial", "modalidade presencial"],
    es: ["100% presencial", "totalmente presencial", "trabajo presencial", "trabajo es presencial", "modalidad presencial", "puesto presencial", "puesto es presencial", "posición presencial", "posición es presencial", "vacante presencial"],
    de: ["Arbeit vor Ort", "Tätigkeit vor Ort", "ist vor Ort", "Präsenzpflicht", "Präsenzstelle", "in Präsenz"],
    fr: ["100% présentiel", "100% sur site", "100% en présentiel", "poste sur site", "poste en présentiel", "travail en présentiel", "mission en présentiel", "en présentiel à"],
  },
};

/**
 * A count of office or home days next to the word for those days ("2 Tage Homeoffice pro Woche",
 * "2 jours de télétravail", "3x na semana no escritório", "mobiles Arbeiten bis zu 3 Tage"): some
 * days, not all, is hybrid work even where a remote word stands ("Homeoffice", "télétravail"). A
 * count of days with no such word is the working week ("4 días a la semana"), not a workplace.
 */
export const PART_WEEK_WORDS: Readonly<{ days: WordColumns; modes: WordColumns; joins: WordColumns }> = {
  days: { pt: ["dia", "dias", "x"], es: ["día", "días", "x"], de: ["Tag", "Tage", "x"], fr: ["jour", "jours", "x"] },
  // Where, or how, those days are worked.
  modes: {
    pt: ["escritório", "presencial", "presenciais", "remoto", "home office"],
    es: ["oficina", "presencial", "presenciales", "remoto", "home office", "teletrabajo"],
    de: ["Büro", "vor Ort", "Homeoffice", "Home-Office", "mobiles Arbeiten", "mobil", "remote"],
    fr: ["bureau", "locaux", "sur site", "présentiel", "télétravail", "remote"],
  },
  // Words joining two counts: "2 a 3 dias", "2 bis 3 Tage", "2 ou 3 jours" (a hyphen folds to a space).
  joins: { pt: ["a", "ou", "e"], es: ["a", "o", "y"], de: ["bis", "oder"], fr: ["à", "ou"] },
};
// Counts over a month or a year ("1 dia por mês no escritório") are visits, not a working week.
const PART_WEEK_OTHER_PERIOD = ["mes", "mês", "mois", "Monat", "ano", "año", "an", "Jahr"];
/** Characters between the count and its word, within one clause. */
const PART_WEEK_GAP = 40;

// Fully remote work, in the tables' languages (folded): "100% remoto", "full remote", "komplett remote".
const FULLY_REMOTE_RE = /\b(?:100 (?:remot[oa]|remote|teletravail|teletrabajo|home ?office)|totalmente remot[oa]|full remote|(?:vollstandig|komplett|ausschliesslich) (?:remote|im homeoffice))\b/;

// Where a body sentence ends.
const SENTENCE_END_RE = /[.;!?\n]+/;

let partWeekRe: RegExp | undefined;
/** The count, then its word within the clause, or the word, then the count (folded text); built once. */
function partWeekPattern(): RegExp {
  if (partWeekRe) return partWeekRe;
  const period = PART_WEEK_OTHER_PERIOD.map((v) => foldPlace(v)).join("|");
  const count = String.raw`\b[1-4](?:\s(?:(?:${foldedAlternatives(PART_WEEK_WORDS.joins)})\s)?[1-4])?\s?(?:${foldedAlternatives(PART_WEEK_WORDS.days)})\b(?!\s(?:por|par|pro|al|a|au|im)?\s?(?:${period})\b)`;
  const mode = String.raw`\b(?:${foldedAlternatives(PART_WEEK_WORDS.modes)})\b`;
  const gap = `.{0,${PART_WEEK_GAP}}?`;
  return (partWeekRe = new RegExp(`${count}${gap}${mode}|${mode}${gap}${count}`));
}

/** Every variant of every language column, folded, once each, longest first, as regex alternatives. */
function foldedAlternatives(columns: WordColumns): string {
  return [...new Set(Object.values(columns).flat().map((v) => foldPlace(v)))].sort((a, b) => b.length - a.length).join("|");
}

/** One folded whole-word pattern for every variant of every language column. */
function foldedWordsRe(columns: WordColumns): RegExp {
  // Global, for stripping hybrid phrases; tested with search(), which ignores lastIndex.
  return new RegExp(`\\b(?:${foldedAlternatives(columns)})\\b`, "g");
}

// Built from the tables above on first use: folded statement words, then body phrases, per meaning.
let statementWordRes: Readonly<Record<Workplace | "notRemote", RegExp>> | undefined;
let bodyPhraseRes: Readonly<Record<Workplace | "notRemote", RegExp>> | undefined;

function compiled(table: Readonly<Record<Workplace | "notRemote", WordColumns>>): Readonly<Record<Workplace | "notRemote", RegExp>> {
  return { remote: foldedWordsRe(table.remote), notRemote: foldedWordsRe(table.notRemote), hybrid: foldedWordsRe(table.hybrid), onsite: foldedWordsRe(table.onsite) };
}

/** Reads words of the tables' languages in folded text: remote (unless said no) > hybrid > onsite. */
function localWorkplace(folded: string, res: Readonly<Record<Workplace | "notRemote", RegExp>>, hybridFirst: boolean, partWeek: () => boolean): Workplace | null {
  const notRemote = folded.search(res.notRemote) >= 0;
  const hybrid = folded.search(res.hybrid) >= 0;
  // "remoto parcial", "télétravail partiel": the remote word inside a hybrid phrase is not remote work.
  const remote = !notRemote && (hybrid ? folded.replace(res.hybrid, " ") : folded).search(res.remote) >= 0;
  if (hybrid && (hybridFirst || !remote)) return "hybrid";
  // Remote on some days of the week only ("2 jours de télétravail par semaine"), unless fully remote work is stated too.
  if (remote && !FULLY_REMOTE_RE.test(folded) && partWeek()) return "hybrid";
  if (remote) return "remote";
  const onsite = folded.search(res.onsite) >= 0;
  // Office days counted in the week ("3 jours sur site", "2 dias presenciais"): some days, not all, is hybrid.
  if (onsite && partWeek()) return "hybrid";
  if (notRemote || onsite) return "onsite";
  return null;
}

// Remote words of a statement (folded text: lower case, hyphens as spaces).
const STATEMENT_REMOTE_RE = /\b(?:remote(?:ly)?|wfh|work from home|home based|home office|telecommut[a-z]*|anywhere)\b/;
// Negated remote in a statement ("not remote", "no remote").
const STATEMENT_NOT_REMOTE_RE = /\b(?:not|no|non) remote\b/;
// Hybrid in a statement.
const STATEMENT_HYBRID_RE = /\bhybrid\b/;
// Office-only words of a statement.
const STATEMENT_ONSITE_RE = /\b(?:on ?site|in office|office based|in person)\b/;

// Some office days, not all, in a statement: "ONSITE (3 days/week in office)", "3x/week in office",
// "on-site (4 days)", "In-Office 3-4 days", "partial onsite" (folded: "3 days week", "3x week").
const STATEMENT_PART_WEEK_RE = /\b[1-4](?: (?:to )?[1-4])? ?(?:x|days?)\b(?! (?:a |per )?month)|\bpartial(?:ly)? (?:on ?site|in office)\b/;

// Days counted per week ("SF (2-3 days/week)"): office days even without an office word.
const STATEMENT_DAYS_A_WEEK_RE = /\bdays? (?:a |per )?week\b/;

// Remote work for part of the week, not all of it: "Onsite (2 days remote OK)", "ONSITE+PART REMOTE",
// "Hybrid (2 days remote, 3 days in NYC)", "partially remote" (folded text).
// Also a share of the time under 100 % ("80% in-office / 20% WFH", folded "20 wfh").
const STATEMENT_PART_REMOTE_RE = /\b(?:part(?:ial(?:ly)?|ly)?|[1-4](?: (?:to )?[1-4])? (?:x|days?)(?: (?:a |per )?week)?|[1-9]\d?) (?:remote(?:ly)?|wfh|work from home)\b/g;

/** The workplace a (folded) location statement states, or null. */
export function statementWorkplace(folded: string): Workplace | null {
  const notRemote = STATEMENT_NOT_REMOTE_RE.test(folded);
  // Part-week remote days are hybrid work; a remote word outside them still allows fully remote work.
  const partRemote = folded.search(STATEMENT_PART_REMOTE_RE) >= 0;
  if (partRemote) folded = folded.replace(STATEMENT_PART_REMOTE_RE, " ");
  if (STATEMENT_REMOTE_RE.test(folded) && !notRemote) return "remote";
  if (partRemote) return "hybrid";
  if (STATEMENT_HYBRID_RE.test(folded)) return "hybrid";
  const onsite = STATEMENT_ONSITE_RE.test(folded);
  if ((onsite || STATEMENT_DAYS_A_WEEK_RE.test(folded)) && STATEMENT_PART_WEEK_RE.test(folded)) return "hybrid";
  if (onsite || notRemote) return "onsite";
  // "Remoto ou Presencial": remote wins here too, as in "Remote or San Francisco".
  return localWorkplace(folded, (statementWordRes ??= compiled(STATEMENT_WORKPLACE_WORDS)), false, () => partWeekPattern().test(folded));
}

// Body sentences allowing fully remote work: "fully remote", "remote-first", "remote work",
// "work remotely", "this role is remote", "The flexibility of remote work" (Deel's perk), "an all-remote team",
// "open to extremely talented remote folks", "can be remote or from one of our offices",
// "We're hiring (Remote - US) for:", "a team spread out remotely across the USA", a role line's
// "(Remote Europe / LATAM)" or "(REMOTE)", "Position: remote, CET", "while work is remote",
// "Remote/hybrid UK.", "We're hiring for 3 roles Remote (UK/EU preferred):".
// Also "remote or in-office", "in-person or remote".
const BODY_REMOTE_RE =
  /\b(?:fully[\s-]+remote|all[\s-]remote|100\s?%\s*remote|remote[\s-]+(?:first|friendly|position|role|job|opportunity|work(?:ing|force)?|option|based|environment|company|culture|setup|employment)|work(?:ing)?\s+(?:fully\s+|100\s?%\s+)?remotely|work\s+from\s+(?:home|anywhere)|(?:role|position|job|team)s?\s+(?:is|are|can\s+be)\s+(?:fully\s+|100\s?%\s+)?remote|works?\s+(?:fully\s+)?remotely|remote\s+(?:is\s+)?available|(?:is|are)\s+an?\s+(?:fully\s+)?remote|open\s+to\s+(?:[\w-]+\s+){0,3}remote|can\s+be\s+(?:fully\s+)?remote|hiring\b[^.\n]{0,25}?\(?\s*remote|remote\s*\/\s*hybrid|hybrid\s*\/\s*remote|(?:spread\s+out|distributed)\s+remotely|position\s*:\s*(?:fully\s+)?remote|work\s+is\s+(?:fully\s+)?remote|remote\s+or\s+in[\s-](?:house|office|person)|in[\s-](?:house|office|person)\s+or\s+remote)\b|\(\s*remote\b(?!\s*(?:not|no)\b)/i;
// Body sentences that rule fully remote out: "not a remote role", "no remote".
// Also "remote work is not an option", "working remotely is not possible".
const BODY_NOT_REMOTE_RE =
  /\b(?:not\s+(?:a\s+)?(?:fully\s+)?remote|no\s+remote|non[\s-]remote|remote(?:ly)?\s+(?:work(?:ing)?\s+)?(?:is\s+|will\s+)?not\s+(?:be\s+)?(?:an?\s+)?(?:option|possible|available|offered)|(?:work(?:ing)?\s+)?remotely\s+is\s+not\s+(?:an?\s+)?(?:option|possible))\b/i;
// Body sentences requiring some office days: "hybrid work model", "3 days a week in the office",
// "working onsite at our Toronto office, 3 days per week", "ONSITE 4 days/week in Pleasanton",
// "Hybrid/Onsite 3 days/week", "(hybrid set up with 3 to 4 days/week in-office)",
// "2 days a week in the downtown sf office", "Be in the Santa Cruz office 3 days per week".
// Also "twice-weekly in-person collaboration", "in the office twice a week", "a flexible work-at-home policy" (with an office),
// "80% in-office / 20% WFH", "Remote work is okay, but some time in the downtown LA office is required".
const BODY_HYBRID_RE =
  /\(hybrid\b|\b\d{1,2}\s?%\s*(?:in[\s-](?:the\s+)?office|on[\s-]?site|in[\s-]person)\b[^.\n]{0,20}?\b\d{1,2}\s?%\s*(?:remote|wfh|work(?:ing)?\s+from\s+home)\b|\b\d{1,2}\s?%\s*(?:remote|wfh)\b[^.\n]{0,20}?\b\d{1,2}\s?%\s*(?:in[\s-](?:the\s+)?office|on[\s-]?site|in[\s-]person)\b|\b(?:once|twice|two|three|[1-4])[\s-](?:(?:days?\s+)?(?:a|per)[\s-])?week(?:ly)?\s+in[\s-](?:person|office)\b|\bin[\s-](?:person|the\s+office)\s+(?:\w+\s+)?(?:once|twice)\s+a\s+week\b|\bflexible\s+(?:work[\s-](?:at|from)[\s-]home|wfh|remote[\s-]work)\s+(?:policy|days)\b|\bon[\s-]?site\b[^.\n]{0,60}?\b[1-4]\s+days?\s*(?:(?:a|per|each)\s+|\/\s*)week\b|\bhybrid\s*(?:work|working|model|role|position|schedule|environment|arrangement|set\s?up|policy|job|opportunity|basis|approach|\/\s*(?:on[\s-]?site|in[\s-]person))\b|\b(?:[1-4]|one|two|three|four)(?:\s*(?:-|to|or)\s*[1-4])?\s+days?\s+(?:(?:a|per|each)\s+week\s+|\/\s*week\s+)?(?:in|at)\s+(?:the|our|an?)\s+(?:[\w-]+\s+){0,3}?(?:office|hub|studio)|\boffice\s+(?:[1-4]|one|two|three|four)(?:\s*(?:-|to|or)\s*[1-4])?\s+days?\s*(?:(?:a|per|each)\s+|\/\s*)week|\b(?:some|occasional|regular|periodic)\s+(?:time|days|visits?)\s+(?:in|at|to)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}?office\s+(?:is|are)\s+(?:required|expected|needed|mandatory)/i;
// Body sentences keeping the job at an office: "this role is on-site", "on-site position",
// "the job is full-time and on-site", "on-site in our Kraków office", "Cambridge, MA (ONSITE)",
// "San Francisco (in-person)", "We're in-person, 5 days a week", "build in person every day",
// "We work together in-person at an office", a role line's "(Full-time, ONSITE)", "recruited as on-site roles",
// "work locally at our Cambridge office".
const BODY_ONSITE_RE =
  /\b(?:(?:role|position|job)s?\s+(?:is|are)\s+(?:all\s+)?(?:fully\s+|100\s?%\s+|[\w-]{1,20}\s+and\s+)?(?:in\s+)?(?:on[\s-]?site|in[\s-]office|in[\s-]person)|(?:on[\s-]?site|in[\s-]person)\s+(?:role|position|job)s?|(?:on[\s-]?site|in[\s-]person)\s+only|on[\s-]?site\s+(?:in|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}?(?:office|plant|studio|lab)\b|(?:fully|100\s?%)\s+(?:on[\s-]?site|in[\s-]office)|we(?:'|’)?re\s+(?:all\s+)?(?:in[\s-]person|in[\s-]office|on[\s-]?site)\b[^.\n]{0,12}?\b5\s+days|in[\s-]person\s+every\s+day|work\s+together\s+in[\s-]person|(?:role|position|job)\s+based\s+(?:in|at|out\s+of)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}?(?:office|headquarters|HQ)|work\s+(?:[\w()-]+\s+){0,3}?(?:in|at)\s+our\s+(?:[\w-]+\s+)?office)\b|\((?:[\w-]+,\s*)?(?:on[\s-]?site|in[\s-]person|in[\s-]office)\)/i;
// A body sentence offering remote work or an office as alternatives ("you can work fully remote, in an
// office, or a mixture of both", "remote or from our office"): the office is one of the job's places.
const BODY_REMOTE_OR_OFFICE_RE = /\bremote(?:ly)?\s*(?:,|\bor\b|\/)\s*(?:(?:in|at|from)\s+)?(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+)?office\b|\boffice\s*(?:,|\bor\b|\/)\s*(?:fully\s+)?remote(?:ly)?\b/i;

/** The body offers remote work and an office as alternatives. */
export function remoteOrOffice(text: string): boolean {
  return BODY_REMOTE_OR_OFFICE_RE.test(text);
}

// A body sentence allowing both hybrid and fully remote work ("hybrid or remote").
const BODY_EITHER_RE = /\b(?:hybrid\s+or\s+(?:fully\s+)?remote|remote\s+or\s+hybrid|remote\s*\/\s*hybrid|hybrid\s*\/\s*remote|fully[\s-]+remote|100\s?%\s*remote)\b/i;

// "ONSITE in San Francisco", "located onsite in New York", "ONSITE: New York City", "in person in NYC":
// the office named right after the word (capitalised, so "onsite in a pinch" is not one).
const BODY_ONSITE_AT_RE = /\b(?:ONSITE|[Oo]n[\s-]?[Ss]ite|[Ii]n[\s-][Oo]ffice|[Ii]n[\s-][Pp]erson)(?:\s+only)?\s*(?:in|at|:)\s+(?:our\s+)?\p{Lu}/u;

// A perk line of its own, "- Work from Home" among "Free lunch" and "Laptop": some home days, not a fully remote job.
const HOME_PERK_LINE_RE = /^[^\p{L}\n]*(?:(?:flexible|optional|occasional)\s+)?work(?:ing)?\s+from\s+home(?:\s+(?:days?|options?|policy))?[^\p{L}\n]*$/gimu;

/** The workplace the body's sentences state, or null; `text` is capped by the caller. */
export function bodyWorkplace(text: string): Workplace | null {
  const remote = BODY_REMOTE_RE.test(text.includes("ome") ? text.replace(HOME_PERK_LINE_RE, "") : text);
  const hybrid = BODY_HYBRID_RE.test(text);
  const notRemote = BODY_NOT_REMOTE_RE.test(text);
  if (hybrid && !BODY_EITHER_RE.test(text)) return "hybrid";
  if (remote && !notRemote) return "remote";
  if (BODY_ONSITE_RE.test(text) || BODY_ONSITE_AT_RE.test(text) || notRemote) return "onsite";
  // Body sentences in other languages; a hybrid model wins over remote words, as above.
  // Folding drops the full stops, so the count and its word are looked for sentence by sentence.
  const partWeek = () => text.split(SENTENCE_END_RE).some((sentence) => partWeekPattern().test(foldPlace(sentence)));
  return localWorkplace(foldPlace(text), (bodyPhraseRes ??= compiled(BODY_WORKPLACE_PHRASES)), true, partWeek);
}

/**
 * A sentence placing the work itself at the employer's office, in the tables' languages: "Es un trabajo a
 * tiempo completo en nuestras oficinas en Palermo", "o trabalho é no nosso escritório", "du arbeitest in
 * unserem Büro in Köln", "le poste est basé dans nos locaux à Lyon". The work word and the office in one
 * sentence: an office named alone (an address, "nuestras oficinas en …" describing the company) places no job.
 */
export const OFFICE_WORK_WORDS: Readonly<{ work: WordColumns; office: WordColumns }> = {
  work: {
    pt: ["trabalho", "trabalhar", "trabalhará", "trabalharás", "atuar", "atuação", "vaga"],
    es: ["trabajo", "trabajar", "trabajarás", "trabajaras", "puesto", "posición", "vacante"],
    de: ["Arbeit", "arbeiten", "arbeitest", "Stelle", "Tätigkeit", "Arbeitsplatz"],
    fr: ["travail", "travailler", "travailleras", "travaillerez", "poste"],
  },
  office: {
    pt: ["no nosso escritório", "em nosso escritório", "nos nossos escritórios", "em nossos escritórios", "no escritório"],
    es: ["en nuestras oficinas", "en nuestra oficina", "en la oficina"],
    de: ["in unserem Büro", "in unseren Büros", "im Büro", "an unserem Standort"],
    fr: ["dans nos locaux", "dans nos bureaux", "dans notre bureau", "au bureau"],
  },
};
// The office nouns as written, looked for before any sentence is folded (most postings name none).
const OFFICE_NOUN_RE = /escrit[óo]rio|oficina|B[üu]ro|Standort|locaux|bureau/i;
// Any word of remote or hybrid work, even a bare one ("remoto", "Homeoffice", "hybrid"): with one, an office
// sentence may describe the office days of a hybrid or remote job, so it decides nothing.
const ANY_REMOTE_WORD_RE = /\b(?:remote|hybrid|wfh)\b/;
/** Sentences of the work word, then an office phrase (folded), built on first use. */
let officeWorkRe: RegExp | undefined;

/** `onsite` when a sentence places the work at the employer's office and no word speaks of remote or hybrid work; else null. */
export function officeWorkplace(text: string): Workplace | null {
  if (!OFFICE_NOUN_RE.test(text)) return null;
  const folded = foldPlace(text);
  const words = (statementWordRes ??= compiled(STATEMENT_WORKPLACE_WORDS));
  if (ANY_REMOTE_WORD_RE.test(folded) || folded.search(words.remote) >= 0 || folded.search(words.hybrid) >= 0) return null;
  officeWorkRe ??= new RegExp(String.raw`\b(?:${foldedAlternatives(OFFICE_WORK_WORDS.work)})\b.{0,80}?\b(?:${foldedAlternatives(OFFICE_WORK_WORDS.office)})\b`);
  const re = officeWorkRe;
  return text.split(SENTENCE_END_RE).some((sentence) => OFFICE_NOUN_RE.test(sentence) && re.test(foldPlace(sentence))) ? "onsite" : null;
}

// LinkedIn's recruiter tags at a posting's foot ("#LI-Remote", "#LI-Hybrid", "#LI-Onsite"): the
// workplace the recruiter filed the job under, read only when no statement or sentence gives one
// (a "#LI-Hybrid" under "onsite or remote" prose is the recruiter's filing, not the job's rule).
const HIRING_TAG_RE = /(?<![\w#])#LI[-_](Remote|Hybrid|On[-_ ]?[Ss]ite|Office)\b/i;

/** The workplace a LinkedIn tag files the job under, or null. */
export function hiringTagWorkplace(text: string): Workplace | null {
  const m = HIRING_TAG_RE.exec(text);
  if (!m) return null;
  const tag = m[1].toLowerCase();
  return tag === "remote" ? "remote" : tag === "hybrid" ? "hybrid" : "onsite";
}

// The value of a `Remote:` field: yes/no and their variants.
const FIELD_YES_RE = /^(?:yes|y|true|ok|allowed|possible|optional|fully|100\s?%)\b/i;
// A `Remote:` field saying no.
const FIELD_NO_RE = /^(?:no|n|false|not)\b/i;

/** The workplace a `Remote: …` field states: yes → remote, no → onsite (hybrid if the statement says so). */
export function remoteFieldWorkplace(value: string): Workplace | null {
  if (FIELD_YES_RE.test(value)) return "remote";
  if (FIELD_NO_RE.test(value)) return "onsite";
  return null;
}
