// Labels that introduce where a job is (SPEC §1 "location"): a heading over the place ("## Local",
// "### Lugar"), a bold or bare label line with the place on the next line, or `Label: place` with
// a key in the posting's language ("Localização:", "Ubicación:", "Standort:", "Lieu :"). One column
// of variants per language; matched folded (no accents, lower case), as the whole label.
import { WordPattern } from "./latin1-classes.js";
import { foldPlace } from "./fold.js";
import { StringMemo } from "./memo.js";

/** Location labels per language (ISO 639-1), written as postings write them. */
export const LOCATION_LABELS: Readonly<Record<"en" | "pt" | "es" | "de" | "fr" | "zh", readonly string[]>> = {
  en: ["Location", "Locations", "Job location", "Work location", "Office location"],
  // The office's address ("Adresse" over "Campus de Beaulieu, IRISA/Inria Rennes") is where the job is too.
  // "Onde?", "¿Dónde?", "Wo?", "Où ?": a heading asking where, over the place.
  pt: ["Local", "Locais", "Onde", "Local de trabalho", "Local de atuação", "Localização", "Localidade", "Cidade", "Local da vaga", "Endereço", "País"],
  es: ["Ubicación", "Ubicaciones", "Ubicación del puesto", "Dónde", "Lugar", "Lugar de trabajo", "Localización", "Ciudad", "Locación", "Dirección", "País"],
  de: ["Standort", "Standorte", "Wo", "Arbeitsort", "Arbeitsorte", "Einsatzort", "Dienstort", "Ort", "Adresse", "Anschrift"],
  fr: ["Lieu", "Lieux", "Où", "Lieu de travail", "Lieu du poste", "Localisation", "Localisation du poste", "Ville", "Adresse", "Pays"],
  zh: ["地址", "工作地点", "工作地址", "地点", "办公地点", "工作城市"],
};

const FOLDED_LABELS: ReadonlySet<string> = new Set(Object.values(LOCATION_LABELS).flat().map((label) => foldPlace(label)));

// What joins two labels in one heading: "and", "&", "/", "+", a comma, "und", "et", "e", "y".
const JOINED_LABEL_RE = /\s*[&/+,]\s*|\s+(?:and|und|et|e|y)\s+/;

// Short lines ask the label tests below once each, and repeat across postings ("Requirements",
// "Python", "Remote"): their answers are remembered rather than folded again.
const LABEL_MEMO_SIZE = 4096;
const locationLabelMemo = new StringMemo((text) => FOLDED_LABELS.has(foldPlace(text)), LABEL_MEMO_SIZE);

/** True when `text` (a heading, a label line, or the key of `Key: value`) is a location label. */
export function isLocationLabel(text: string): boolean {
  return text.length <= 40 && locationLabelMemo.get(text);
}

/**
 * True when a heading joins the location label with another particular ("Hours and Location",
 * "Location & Schedule", "Standort und Arbeitszeit"): the place is among the blocks below, next
 * to lines about the other particular.
 */
export function isJoinedLocationLabel(text: string): boolean {
  if (text.length > 40) return false;
  const parts = text.toLowerCase().split(JOINED_LABEL_RE);
  return parts.length > 1 && parts.length <= 3 && parts.some((part) => FOLDED_LABELS.has(foldPlace(part)));
}

/**
 * Labels of the workplace alone, as job-board templates write them ("#### Alocação" then "- Híbrido",
 * "Modalidad: Remoto"): their value states the workplace where no place statement does.
 */
export const WORKPLACE_LABELS: Readonly<Record<"en" | "pt" | "es" | "de" | "fr", readonly string[]>> = {
  // A job's "type" is as often how it is worked as its hours ("type: Onsite" in a careers page's frontmatter).
  en: ["Workplace", "Workplace type", "Work model", "Work arrangement", "Work mode", "Type", "Job type", "Work type", "Position type"],
  pt: ["Alocação", "Modalidade", "Modelo de trabalho", "Regime de trabalho", "Formato de trabalho"],
  es: ["Modalidad", "Modalidad de trabajo", "Esquema de trabajo", "Modelo de trabajo"],
  de: ["Arbeitsmodell", "Arbeitsweise"],
  fr: ["Mode de travail", "Modalité de travail", "Organisation du travail"],
};

const FOLDED_WORKPLACE_LABELS: ReadonlySet<string> = new Set(Object.values(WORKPLACE_LABELS).flat().map((label) => foldPlace(label)));

/** True when `text` (a heading, a label line, or the key of `Key: value`) labels the workplace. */
export function isWorkplaceLabel(text: string): boolean {
  return text.length <= 40 && FOLDED_WORKPLACE_LABELS.has(foldPlace(text.replace(TRAILING_MARKS_RE, "")));
}

/**
 * Headings over a list of the job's particulars, one per item, often behind an emoji ("### Detalles"
 * then "* 🇲🇽 CDMX", "* 🏢 remoto", "* 🕐 Tiempo completo"): the items that are only a place or a
 * workplace make the location statement.
 */
export const DETAIL_LABELS: Readonly<Record<"en" | "pt" | "es" | "de" | "fr", readonly string[]>> = {
  en: ["Details", "Job details", "Position details", "Role details"],
  pt: ["Detalhes", "Detalhes da vaga"],
  es: ["Detalles", "Detalles del puesto", "Detalles de la vacante"],
  de: ["Eckdaten", "Details", "Rahmenbedingungen"],
  fr: ["Détails", "Détails du poste", "Informations pratiques"],
};

const FOLDED_DETAIL_LABELS: ReadonlySet<string> = new Set(Object.values(DETAIL_LABELS).flat().map((label) => foldPlace(label)));
const detailLabelMemo = new StringMemo((text) => FOLDED_DETAIL_LABELS.has(foldPlace(text.replace(TRAILING_MARKS_RE, ""))), LABEL_MEMO_SIZE);

/** True when `text` (a heading or label line) heads a list of the job's particulars. */
export function isDetailLabel(text: string): boolean {
  return text.length <= 40 && detailLabelMemo.get(text);
}
// Emoji, colons and blanks closing a label: "### Detalles 👾", "**Détails :**".
const TRAILING_MARKS_RE = /[\s:：\p{Extended_Pictographic}\uFE0F]+$/u;

// A place-of-work noun inside a sentence, then the place: "…, sonst Dienstort Münster", "lieu de
// travail Lyon". Group 1 is the place: up to three capitalised words.
export const INLINE_PLACE_OF_WORK_RE = new WordPattern(
  String.raw`(?<![\p{L}])(?:Dienstort|Arbeitsort|Einsatzort|Standort|local de trabalho|lugar de trabajo|lieu de travail)(?:\s+(?:ist|é|es|est|in|em|en|à))?\s+(\p{Lu}[\p{L}.-]{1,30}(?:\s\p{Lu}[\p{L}.-]{1,30}){0,2})`,
  "u",
);
// What the pattern's nouns all contain (it is case-sensitive): a plain search rules out most lines
// before the pattern's lookbehind is tried at every position of them.
const PLACE_OF_WORK_HINT_RE = /ort|l(?:ocal|ugar|ieu) de/;
/** False when a line cannot hold INLINE_PLACE_OF_WORK_RE. */
export const mayNamePlaceOfWork = (line: string): boolean => PLACE_OF_WORK_HINT_RE.test(line);

/**
 * Body phrases in other languages after which the places the job is open to are named ("Trabajo
 * remoto desde Argentina", "Homeoffice aus ganz Deutschland", "télétravail depuis la France",
 * "residentes no Brasil"): they add countries and regions as the English "open to candidates in"
 * does. Regex sources, matched case-insensitively; an article after them is skipped.
 */
export const BODY_PLACE_CUES: Readonly<Record<"pt" | "es" | "de" | "fr", string>> = {
  pt: String.raw`residentes?\s+(?:em|n[oa])|morando\s+(?:em|n[oa])|(?:em|de)\s+qualquer\s+(?:lugar|parte|canto|regi[ãa]o)\s+d[oa]|(?:em|para)\s+todo\s+o|remot[oa]\s+(?:para|de|d[oa]|n[oa]|em)`,
  // "desde cualquier parte de España": the longer phrase first, so its filler words are not read as the place.
  es: String.raw`desde\s+cualquier\s+(?:parte|lugar|punto|rinc[óo]n)\s+de|desde|residentes?\s+en|viviendo\s+en|radicad[oa]s?\s+en|ubicad[oa]s?\s+en|en\s+cualquier\s+(?:parte|lugar|punto)\s+de|remot[oa]\s+(?:para|en|dentro\s+de)|empleo\s+para`,
  // "remote innerhalb Deutschlands": the country in the genitive (normalize/location-text reads it).
  de: String.raw`aus(?:\s+ganz)?|in\s+ganz|innerhalb(?:\s+von)?|wohnhaft\s+in|mit\s+Wohnsitz\s+in|remote\s+(?:aus|in)`,
  fr: String.raw`depuis(?:\s+(?:toute?|n['’]importe\s+o[ùu]\s+(?:en|au|aux|dans)))?|r[ée]sidant\s+(?:en|au|aux|à)|partout\s+en|dans\s+toute?|bas[ée]e?\s+(?:en|au|aux|à)`,
};

/**
 * Prepositions before the place where a posting's prose puts the job ("ein Office an der Aare in
 * Bern", "komm nach Freiburg", "un développeur Backend à Lyon", "Vaga para São Paulo", "oficina en
 * Guadalajara"). With no location statement at all, the first city named right after one is the
 * job's place. Regex sources, matched case-sensitively (the place must be capitalised after them).
 */
export const PROSE_PLACE_PREPOSITIONS: Readonly<Record<"pt" | "es" | "de" | "fr", string>> = {
  pt: "em|para|n[oa]",
  es: "en",
  de: "in|nach",
  fr: "à|de",
};

/**
 * Words that make a place named in prose someone else's, not the job's: the company's founding
 * ("fundada em Recife", "gegründet in Köln"), its clients or partners ("clientes en México y
 * Chile", "Kunden in Berlin"). Read in the clause before the preposition; whole words, folded.
 */
export const NOT_JOB_PLACE_WORDS: Readonly<Record<"pt" | "es" | "de" | "fr", readonly string[]>> = {
  pt: ["fundada", "fundado", "fundamos", "nasceu", "nascemos", "cliente", "clientes", "parceiros", "atende", "atendemos", "filial", "filiais", "sede"],
  es: ["fundada", "fundado", "fundamos", "nació", "nacimos", "cliente", "clientes", "socios", "filial", "filiales", "sede"],
  de: ["gegründet", "Gründung", "Kunde", "Kunden", "Partner", "Sitz", "Hauptsitz", "Niederlassung", "Niederlassungen"],
  fr: ["fondée", "fondé", "créée", "créé", "client", "clients", "partenaires", "siège", "filiale", "filiales"],
};

/**
 * Words of a sentence about where the job itself is worked ("A vaga é presencial em Campinas",
 * "Oficina en Medellín", "Die Stelle ist in Zürich", "Poste basé à Lyon"): a city named in such a
 * sentence beats one the prose names earlier. Whole words, folded.
 */
export const JOB_PLACE_WORDS: Readonly<Record<"pt" | "es" | "de" | "fr", readonly string[]>> = {
  pt: ["vaga", "trabalho", "trabalhar", "atuação", "atuar", "escritório", "presencial", "híbrido", "híbrida", "posição", "cargo"],
  es: ["puesto", "posición", "vacante", "trabajo", "trabajar", "oficina", "oficinas", "presencial", "híbrido", "híbrida", "empleo"],
  de: ["Stelle", "Position", "Arbeitsplatz", "Büro", "Standort", "arbeitest", "arbeiten", "Job", "vor Ort"],
  fr: ["poste", "basé", "basée", "bureau", "bureaux", "locaux", "travail", "travailler", "mission", "présentiel"],
};
