// Parsing one location statement (SPEC §1 "location"): "Remote, Massachusetts - Boston",
// "San Francisco, CA or Remote (USA)", "Anywhere (LATAM)" → countries, regions, cities and
// workplace. Place names are matched longest first against the place index (normalize/places);
// a name with several meanings ("London": GB or CA; "CA": Canada or California) takes the one
// whose country the rest of the statement names, else the first (most populous) one.
import { WordPattern } from "./latin1-classes.js";
import type { Workplace } from "../schema.js";
import type { Region } from "./regions.js";
import { WEAK_WORLDWIDE_WORDS } from "./regions.js";
import { AMBIGUOUS_COUNTRY_CODES, countryFromCode, localCountryCode } from "./countries.js";
import { foldPlace } from "./fold.js";
import { MAX_PLACE_WORDS, placeMeanings, SUBDIVISION_CODES, type PlaceMeaning } from "./places.js";
import { statementWorkplace } from "./workplace.js";
import { BR_STATE_CODES, CH_CANTON_CODES } from "./subdivisions.js";
import { cityIdentity, LOCAL_CITY_CODES } from "./cities.js";

export interface ParsedLocation {
  countries: string[];
  regions: Region[];
  cities: string[];
  workplace: Workplace | null;
  /** Words that are neither places nor location filler ("Engineer", "experience"). */
  unknownWords: number;
}

export type CaReading = "CA" | "US";

export interface ParseLocationOptions {
  /** How to read a lone "CA" that nothing else decides: Canada or California (US); a function
   *  is asked only when a place is that ambiguous (its answer reads the whole posting). */
  ambiguousCa?: CaReading | (() => CaReading | undefined);
  /** Stop at the first word that is neither a place nor filler (a place phrase inside prose). */
  stopAtUnknown?: boolean;
  /** Drop a bare "anywhere" (in prose, "work from anywhere" is a perk, not the whole world). */
  ignoreWeakWorldwide?: boolean;
  /** The posting's language (ISO 639-1): some exclusion words are ordinary words in it. */
  language?: string;
}

/** Longest statement read; location lines are short, prose tails are capped by callers too. */
const MAX_STATEMENT_CHARS = 600;
// One word: letters/digits, with inner dots and apostrophes ("U.S.", "St.", "Côte d'Ivoire").
const WORD_RE = new WordPattern(String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’]*`, "gu");
// Separators that keep two words in one name: spaces, or one hyphen with no spaces ("Cluj-Napoca").
const SOFT_SEPARATOR_RE = /^(?:[ \t\u00a0]*|-)$/;
// Dots and apostrophes dropped before testing for an upper-case code ("U.S." → "US").
const CODE_PUNCT_RE = /[.'’]/g;
// An upper-case code of two or three letters.
const UPPER_CODE_RE = /^[A-Z]{2,3}$/;
// An all-capitals word (any length).
const ALL_CAPS_RE = /^[A-Z]+$/;
// A separator holding a comma ("Boston, MA").
const COMMA_RE = /,/;
// A spaced dash between two parts ("Oregon - Bend").
const SPACED_DASH_RE = /\s[-–—]\s|^\s*[-–—]\s*$/;
// Languages whose postings keep a city's local spelling ("München", "Ciudad de México"): those read here.
const LOCAL_NAME_LANGUAGES: ReadonlySet<string> = new Set(["pt", "es", "de", "fr"]);
// Dots and apostrophes that end a word's match ("Wien." at the end of a sentence).
const TRAILING_PUNCT_RE = /[.'’]+$/;
// A word that starts with a capital letter.
// A word that opens capitalised, or in a script without case (北京, 東京), where no capital can mark a name.
const CAPITALISED_RE = new WordPattern(String.raw`^[\p{Lu}\p{Lo}]`, "u");

/** Words of location lines that are neither places nor a reason to doubt the line is one. */
const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    "remote remotely hybrid onsite on site office offices in within from the or and only based anywhere first friendly home work " +
    "wfh opportunity location locations select approved preferred time zone zones timezone timezones metro area region greater hq " +
    "headquarters other any all country countries state states city open to us must be will consider flexible multiple of " +
    "candidates residents eligible across europe's full fully in-office a an for with option options also near nearby e g etc " +
    "based remote-first remote-friendly worldwide global globally east west coast time-zone time-zones " +
    // The same words in Portuguese, Spanish, German and French location lines, folded ("Remoto, Brasil",
    // "Híbrido ou presencial em", "Homeoffice oder vor Ort", "Télétravail ou sur site à").
    "remoto remota hibrido hibrida presencial escritorio ou em no na do da desde y en o oficina " +
    "homeoffice mobiles arbeiten oder und vor ort aus im buro " +
    "teletravail hybride presentiel sur site ou et a au bureau depuis " +
    // A city's metropolitan area in those languages is the city ("Großraum München", "Região Metropolitana de Curitiba";
    // "Grande Lisboa" is a city alias, since "Grande Prairie" is a town's own name).
    "grossraum raum regiao metropolitana"
  ).split(" "),
);

// Articles before a country in a list of prose ("depuis la France ou la Belgique", "aus der Schweiz"):
// read past in lower case only, since capitalised they open names ("El Segundo", "Los Gatos", "Le Mans").
const LIST_ARTICLES: ReadonlySet<string> = new Set(["la", "le", "les", "l", "el", "los", "las", "der", "die", "den", "dem"]);

// Words that turn the city before them into a time zone ("Remote (Moscow timezone, UTC+3)", "London
// time"): a working-hours note, not where the job is. A country or region before them stays a place
// ("remote,USA timezones", "LATAM Timezone" ask candidates to live there).
const TIME_ZONE_WORDS: ReadonlySet<string> = new Set(["time", "timezone", "timezones", "tz"]);
// Words allowed between a city and TIME_ZONE_WORDS ("Berlin Central Time").
const TIME_ZONE_QUALIFIERS: ReadonlySet<string> = new Set(["pacific", "eastern", "central", "mountain", "standard", "daylight", "western"]);

// Words that exclude the place after them ("no US", "except Russia", "outside the EU").
const EXCLUSION_WORDS: ReadonlySet<string> = new Set(["no", "not", "non", "except", "excluding", "exclude", "excl", "outside", "but not"]);
// Exclusion words that are ordinary words in a language: Portuguese "no" is "in the" ("no Rio de Janeiro").
const NOT_EXCLUSION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = { pt: new Set(["no"]) };
// Words that may stand between an exclusion word and its place ("outside of the US").
const EXCLUSION_SKIP_WORDS: ReadonlySet<string> = new Set(["the", "of", "in"]);
// "anywhere but the US": the words a bare "but" excludes after.
const ANYWHERE_WORDS: ReadonlySet<string> = new Set(["anywhere", "everywhere", "worldwide", "globally"]);

/**
 * Words that open a street's name in Portuguese, Spanish and French addresses ("Avenida Paulista",
 * "Calle Madrid", "20 avenue de Ségur"): a place right after one (linking words skipped) names the
 * street, not where the job is. English and German put the street word after the name.
 */
const STREET_WORDS: Readonly<Record<"pt" | "es" | "fr", readonly string[]>> = {
  pt: ["rua", "avenida", "av", "alameda", "praca", "travessa", "rodovia", "estrada", "largo"],
  es: ["calle", "avenida", "av", "avda", "paseo", "plaza", "calzada", "carrera", "camino"],
  fr: ["rue", "avenue", "boulevard", "bd", "place", "quai", "allee", "impasse", "chemin"],
};
const STREET_WORD_SET: ReadonlySet<string> = new Set(Object.values(STREET_WORDS).flat());
// Nothing but spaces between two words.
const SPACES_ONLY_RE = /^[ \t\u00a0]+$/;
// Linking words between a street word and the name ("Avenida de los Insurgentes", "rue du Faubourg").
const STREET_LINK_WORDS: ReadonlySet<string> = new Set(["de", "do", "da", "dos", "das", "del", "la", "las", "los", "du", "des", "le", "l"]);

interface Word {
  raw: string;
  folded: string;
  /** The text between the previous word and this one. */
  sepBefore: string;
  start: number;
  end: number;
}

interface Hit {
  first: number;
  last: number;
  /** The hit's words as written, without the text between them. */
  words?: string;
  meanings: PlaceMeaning[];
  weakWorldwide?: boolean;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD_RE.for(text))) {
    const start = m.index ?? 0;
    const raw = m[0].replace(/[.'’]+$/, "");
    words.push({ raw, folded: foldPlace(raw), sepBefore: text.slice(prevEnd, start), start, end: start + m[0].length });
    prevEnd = start + m[0].length;
  }
  return words;
}

function isUpper(words: readonly Word[]): boolean {
  return words.every((w) => ALL_CAPS_RE.test(w.raw.replace(CODE_PUNCT_RE, "")));
}

function usable(meaning: PlaceMeaning, words: readonly Word[]): boolean {
  if (meaning.upperOnly && !isUpper(words)) return false;
  // Cities and subdivisions are proper names: "reading" or "orange" in lower case are words.
  if ((meaning.kind === "city" || meaning.kind === "subdivision") && !CAPITALISED_RE.test(words[0].raw)) return false;
  // "Metro", "Of": gazetteer names that are filler words of location lines.
  if ((meaning.kind === "city" || meaning.kind === "subdivision") && words.length === 1 && FILLER_WORDS.has(words[0].folded)) return false;
  return true;
}

// Countries whose postings give a city's state by its own two-letter code ("Chennai, TN", "Perth, WA").
const OWN_STATE_CODE_COUNTRIES: ReadonlySet<string> = new Set(["IN", "BR", "MX", "AU", "CA", "US"]);

/** Meanings of a lone upper-case code: a state after a comma, a country code. */
function codeMeanings(word: Word, previous: Hit | undefined, afterUnknownName: boolean, language: string | undefined): PlaceMeaning[] {
  const code = word.raw.replace(CODE_PUNCT_RE, "");
  if (!UPPER_CODE_RE.test(code)) return [];
  const meanings: PlaceMeaning[] = [];
  const country = countryFromCode(code);
  const prevCountries = previous?.meanings.flatMap((m) => m.countries) ?? [];
  // "São Paulo/SP", "Curitiba - PR": a Brazilian state, not Spain (ES) or Madagascar (MG).
  const afterBrazilianPlace = prevCountries.includes("BR") && previous!.meanings.some((m) => m.kind === "city" || m.kind === "subdivision");
  if (BR_STATE_CODES.has(code) && (afterBrazilianPlace || language === "pt")) return [{ kind: "subdivision", countries: ["BR"] }];
  // "Zürich, ZH", "Lausanne VD": a canton after a Swiss place, not France (FR) or Belgium (BE).
  const afterSwissPlace = prevCountries.includes("CH") && previous!.meanings.some((m) => m.kind === "city" || m.kind === "subdivision");
  if (CH_CANTON_CODES.has(code) && afterSwissPlace) return [{ kind: "subdivision", countries: ["CH"] }];
  if (country && (!AMBIGUOUS_COUNTRY_CODES.has(code) || prevCountries.includes(country))) meanings.push({ kind: "country", countries: [country] });
  const states = SUBDIVISION_CODES.get(code);
  if (!states || !COMMA_RE.test(word.sepBefore)) return meanings;
  const asStates = states.map((cc): PlaceMeaning => ({ kind: "subdivision", countries: [cc] }));
  // "Palo Alto, CA": after a town the gazetteer lacks, a postal code is the town's state.
  return afterUnknownName ? [...asStates, ...meanings] : [...meanings, ...asStates];
}

/**
 * A state's postal code right after a city of its country ("Seattle, WA", "Cleveland OH", "Austin TX"):
 * the city's state, not the town the gazetteer has under that name (Wa, Ghana) nor a country code.
 */
function stateAfterCity(word: Word, previous: Hit | undefined, index: number): Hit | undefined {
  const code = word.raw.replace(CODE_PUNCT_RE, "");
  if (!previous || previous.last !== index - 1 || !UPPER_CODE_RE.test(code)) return undefined;
  // "NYC, SF, LA": after an abbreviated city, a code is the next city of a list, not its state.
  if (previous.words !== undefined && ALL_CAPS_RE.test(previous.words.replace(/[\s.'’]/g, ""))) return undefined;
  const states = SUBDIVISION_CODES.get(code);
  if (!states || !/^[\s,]*$/.test(word.sepBefore)) return undefined;
  const cityCountries = previous.meanings.filter((m) => m.kind === "city").flatMap((m) => m.countries);
  // "Vancouver, CA": a code that is the country of one of the city's meanings is left to the country reading.
  const country = countryFromCode(code);
  if (country && cityCountries.includes(country)) return undefined;
  const countries = states.filter((cc) => cityCountries.includes(cc));
  if (countries.length) return { first: index, last: index, meanings: countries.map((cc) => ({ kind: "subdivision", countries: [cc] })) };
  // "San Carlos, CA", "Venice, CA": a US state after a comma names a US town the gazetteer lacks,
  // not the foreign city of that name (San Carlos, Venezuela) — the town keeps its name.
  // Cities of countries whose postings write their own two-letter state codes ("Chennai, TN") stay theirs.
  const townLike = previous.meanings.every((m) => (m.kind === "city" || m.kind === "subdivision") && !m.countries.some((cc) => OWN_STATE_CODE_COUNTRIES.has(cc)));
  if (!states.includes("US") || !COMMA_RE.test(word.sepBefore) || !townLike) return undefined;
  const name = previous.meanings.find((m) => m.kind === "city")?.city ?? previous.words;
  previous.meanings = [{ kind: "city", countries: ["US"], city: name }];
  return { first: index, last: index, meanings: [{ kind: "subdivision", countries: ["US"] }] };
}

/** A country named in the posting's language ("Alemania", "Schweiz"): capitalised, as those languages write them. */
function localCountryMeanings(span: readonly Word[], language: string | undefined): PlaceMeaning[] {
  if (!language || !CAPITALISED_RE.test(span[0].raw)) return [];
  const key = span.map((w) => w.folded).join(" ");
  const code = localCountryCode(key, language) ?? (language === "de" ? germanCountryForm(key) : undefined);
  return code ? [{ kind: "country", countries: [code] }] : [];
}

// German forms of a country's name: the genitive ("innerhalb Deutschlands", "Österreichs") and the
// "-weit" adjective ("deutschlandweit", "österreichweit"), read back to the country's own name.
const GERMAN_COUNTRY_FORM_RE = /^(\p{L}{4,}?)(?:s|weit)$/u;

function germanCountryForm(key: string): string | undefined {
  const stem = GERMAN_COUNTRY_FORM_RE.exec(key)?.[1];
  return stem ? localCountryCode(stem, "de") : undefined;
}

/** A city by the short name a posting in `language` gives it ("BH", "POA"), capitalised as written there. */
function localCityMeanings(key: string, span: readonly Word[], language: string | undefined): PlaceMeaning[] {
  const city = language ? LOCAL_CITY_CODES[language]?.[key] : undefined;
  return city && CAPITALISED_RE.test(span[0].raw) ? [{ kind: "city", countries: [city.country], city: city.name }] : [];
}

function findHits(words: readonly Word[], stopAtUnknown: boolean, language?: string): { hits: Hit[]; leftover: boolean[] } {
  const hits: Hit[] = [];
  const leftover = words.map(() => false);
  const chains = hyphenChains(words);
  let i = 0;
  while (i < words.length) {
    let hit: Hit | undefined = stateAfterCity(words[i], hits.at(-1), i);
    const prevWord = words[i - 1];
    const afterUnknownName = i > 0 && leftover[i - 1] && CAPITALISED_RE.test(prevWord.raw) && !FILLER_WORDS.has(prevWord.folded);
    // "Troy, NY": after a town the gazetteer lacks and a comma, a state code is the town's state,
    // not the city the code names alone ("NY" for New York).
    const stateOfUnknownTown = afterUnknownName && COMMA_RE.test(words[i].sepBefore) && SUBDIVISION_CODES.has(words[i].raw);
    for (let len = Math.min(MAX_PLACE_WORDS, words.length - i); len >= 1 && !hit; len--) {
      if (len === 1 && stateOfUnknownTown) break;
      const span = words.slice(i, i + len);
      if (span.slice(1).some((w) => !SOFT_SEPARATOR_RE.test(w.sepBefore))) continue;
      // "Saint-Paul-lez-Durance", "Chambray-lès-Tours": a part of one hyphenated name is no place of its own.
      if (cutsChain(chains, i, i + len - 1)) continue;
      const key = span.map((w) => w.folded).join(" ");
      let meanings = localCityMeanings(key, span, language);
      if (!meanings.length) meanings = (placeMeanings(key) ?? []).filter((m) => usable(m, span));
      if (!meanings.length) meanings = localCountryMeanings(span, language);
      if (meanings.length) hit = { first: i, last: i + len - 1, meanings };
    }
    if (!hit) {
      const meanings = codeMeanings(words[i], hits.at(-1), afterUnknownName, language);
      if (meanings.length) hit = { first: i, last: i, meanings };
    }
    if (!hit && WEAK_WORLDWIDE_WORDS.has(words[i].folded)) hit = { first: i, last: i, meanings: [{ kind: "region", countries: [], regions: ["Worldwide"] }], weakWorldwide: true };
    if (hit) {
      hit.words = words.slice(hit.first, hit.last + 1).map((w) => w.raw).join(" ");
      hits.push(hit);
      i = hit.last + 1;
      continue;
    }
    leftover[i] = true;
    if (stopAtUnknown && !FILLER_WORDS.has(words[i].folded) && !LIST_ARTICLES.has(words[i].raw)) break;
    i++;
  }
  return { hits, leftover };
}

/** A bare state postal code in capitals ("TX", "MA"); "SF" and "NYC" are cities. */
function isStateCode(word: Word | undefined): boolean {
  return !!word && SUBDIVISION_CODES.has(word.raw) && !placeMeanings(word.folded)?.some((m) => m.kind === "city" && m.upperOnly);
}

/**
 * "(US – NY, TX, MA only)", "(VA, PA, FL, TX, CA, NY)": a city's short form that is also a state
 * code ("NY", "LA") among state codes is a state like them, not the city it names on its own.
 */
function statesAmongStates(words: readonly Word[], hits: readonly Hit[]): Hit[] {
  return hits.map((hit) => {
    const code = hit.words;
    if (!code || !SUBDIVISION_CODES.has(code) || !hit.meanings.some((m) => m.kind === "city" && m.upperOnly)) return hit;
    if (!isStateCode(words[hit.first - 1]) && !isStateCode(words[hit.last + 1])) return hit;
    return { ...hit, meanings: SUBDIVISION_CODES.get(code)!.map((cc): PlaceMeaning => ({ kind: "subdivision", countries: [cc] })) };
  });
}

/** The hit is a city that names a time zone, not a place: a time word follows it. */
function isTimeZone(words: readonly Word[], hit: Hit): boolean {
  if (!hit.meanings.every((m) => m.kind === "city")) return false;
  let k = hit.last + 1;
  if (k < words.length && TIME_ZONE_QUALIFIERS.has(words[k].folded) && SOFT_SEPARATOR_RE.test(words[k].sepBefore)) k++;
  return k < words.length && TIME_ZONE_WORDS.has(words[k].folded) && SOFT_SEPARATOR_RE.test(words[k].sepBefore);
}

/**
 * The hit is a place named only to exclude it: "no US", "(not US)", "except Russia", "excluding
 * the EU", "outside the US", "anywhere but the US". A bare "but" excludes only after "anywhere"
 * ("Remote but US only" names the US).
 */
function isExcluded(words: readonly Word[], hit: Hit, language: string | undefined): boolean {
  let k = hit.first - 1;
  while (k >= 0 && EXCLUSION_SKIP_WORDS.has(words[k].folded)) k--;
  if (k < 0) return false;
  const word = words[k].folded;
  if (EXCLUSION_WORDS.has(word)) return !(language && NOT_EXCLUSION_WORDS[language]?.has(word));
  return word === "but" && k > 0 && ANYWHERE_WORDS.has(words[k - 1].folded);
}

/**
 * A city glued by a hyphen to the city before it is that city's district in a pt/es/de/fr posting
 * ("Berlin-Prenzlauer Berg", "Hamburg-Altona"); English metro names ("Dallas-Fort Worth") keep both.
 */
function isDistrictOf(words: readonly Word[], hits: readonly Hit[], chosen: readonly PlaceMeaning[], k: number, language: string | undefined): boolean {
  if (k === 0 || !LOCAL_NAME_LANGUAGES.has(language ?? "")) return false;
  const previous = hits[k - 1];
  return chosen[k].kind === "city" && chosen[k - 1].kind === "city" && previous.last === hits[k].first - 1 && words[hits[k].first].sepBefore === "-";
}

/**
 * In a pt/es/de/fr posting, "Palermo, Buenos Aires" or "Pinheiros, São Paulo" names a district, then its
 * city: the later place chooses among the first name's namesakes. A city followed by ", <city>" of
 * another country that is also a state there has no namesake in that country the gazetteer knows (only
 * Palermo, Sicily): it is no second city of the job. Only when those two are the statement's places:
 * a list of cities names more, or names them with "y"/"e"/"und".
 */
function isDistrictBeforeCity(words: readonly Word[], hits: readonly Hit[], chosen: readonly PlaceMeaning[], k: number, language: string | undefined): boolean {
  if (k !== 0 || hits.length !== 2 || !LOCAL_NAME_LANGUAGES.has(language ?? "")) return false;
  const [first, city] = chosen;
  if (first.kind !== "city" || city.kind !== "city" || hits[1].first !== hits[0].last + 1 || !COMMA_RE.test(words[hits[1].first].sepBefore)) return false;
  if (hits[0].meanings.some((m) => m.countries.some((cc) => city.countries.includes(cc)))) return false;
  return hits[1].meanings.some((m) => m.kind === "subdivision" && m.countries.join() === city.countries.join());
}

/** The hit names a street: a street word stands right before it ("Avenida Paulista"). */
function isStreetName(words: readonly Word[], hit: Hit): boolean {
  // Only spaces inside a street's name: "5th Avenue, New York" names the city after the comma.
  const joined = (k: number) => SPACES_ONLY_RE.test(words[k + 1].sepBefore);
  let k = hit.first - 1;
  while (k >= 0 && STREET_LINK_WORDS.has(words[k].folded) && joined(k)) k--;
  return k >= 0 && joined(k) && STREET_WORD_SET.has(words[k].folded);
}

/** Picks one meaning per hit: the one whose countries the statement names most often. */
function resolve(hits: readonly Hit[], options: ParseLocationOptions): PlaceMeaning[] {
  const votes = new Map<string, number>();
  for (const hit of hits) for (const cc of new Set(hit.meanings.flatMap((m) => m.countries))) votes.set(cc, (votes.get(cc) ?? 0) + 1);
  const score = (m: PlaceMeaning) => m.countries.reduce((sum, cc) => sum + (votes.get(cc) ?? 0), 0);
  return hits.map((hit) => {
    let best = hit.meanings[0];
    for (const m of hit.meanings.slice(1)) {
      const better = score(m) > score(best);
      // The same name as a city and a subdivision of one country ("New York", "Delhi") is the city.
      const cityOverState = score(m) === score(best) && m.kind === "city" && best.kind === "subdivision" && m.countries.join() === best.countries.join();
      if (better || cityOverState) best = m;
    }
    const tie = hit.meanings.length > 1 && hit.meanings.every((m) => score(m) === score(best));
    if (tie && hit.meanings.some((m) => m.countries.includes("CA")) && hit.meanings.some((m) => m.countries.includes("US"))) {
      const hint = typeof options.ambiguousCa === "function" ? options.ambiguousCa() : options.ambiguousCa;
      if (hint) best = hit.meanings.find((m) => m.countries.includes(hint)) ?? best;
    }
    return best;
  });
}

/**
 * An abbreviation that is a city and a state of one country ("CABA"), after a city of another country
 * and a comma, is the state: "Palermo, CABA" is the Palermo of Buenos Aires, not Sicily's and a second
 * city. Names written out stay cities ("Toronto, New York" lists two).
 */
function statesAfterForeignCities(words: readonly Word[], hits: readonly Hit[], chosen: readonly PlaceMeaning[]): PlaceMeaning[] {
  return chosen.map((meaning, k) => {
    const previous = chosen[k - 1];
    if (meaning.kind !== "city" || previous?.kind !== "city" || hits[k - 1].last !== hits[k].first - 1) return meaning;
    if (!isUpper(words.slice(hits[k].first, hits[k].last + 1))) return meaning;
    if (!COMMA_RE.test(words[hits[k].first].sepBefore) || previous.countries.some((cc) => meaning.countries.includes(cc))) return meaning;
    return hits[k].meanings.find((m) => m.kind === "subdivision" && m.countries.join() === meaning.countries.join()) ?? meaning;
  });
}

/**
 * A city followed by ", <state>" of another country is that state's city of the same name
 * ("Burlington, Vermont" is in the US, though the gazetteer knows only Burlington, Ontario).
 */
function withStateCountries(words: readonly Word[], hits: readonly Hit[], chosen: readonly PlaceMeaning[]): PlaceMeaning[] {
  return chosen.map((meaning, k) => {
    const next = chosen[k + 1];
    if (meaning.kind !== "city" || next?.kind !== "subdivision" || hits[k + 1].first !== hits[k].last + 1) return meaning;
    if (!COMMA_RE.test(words[hits[k + 1].first].sepBefore) || next.countries.some((cc) => meaning.countries.includes(cc))) return meaning;
    return { ...meaning, countries: next.countries };
  });
}

// Prepositions after which a location line's prose gives the city's name, in en/pt/es/de/fr.
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "em", "en", "à"]);

// Words of an unknown city's run; a hyphenated one may be longer ("Saint-Antonin-sur-Bayon" is five).
const MAX_CITY_WORDS = 4;
const MAX_HYPHENATED_CITY_WORDS = 6;
// Lower-case words inside a hyphenated place name: "Fos-sur-Mer", "Chambray-lès-Tours", "Frankfurt-am-Main", "Villeneuve-d'Ascq".
const HYPHEN_LINK_WORDS: ReadonlySet<string> = new Set(["sur", "sous", "les", "lez", "en", "de", "du", "des", "la", "le", "aux", "am", "an", "im", "ob", "del", "do", "da"]);
// An elided article glued to a name: "d'Ascq", "l'Isle".
const ELIDED_NAME_RE = new WordPattern(String.raw`^[dl]['’]\p{Lu}`, "u");

/** Word `k` of `run` is a linking word or an elided article of one hyphenated name ("Fos-sur-Mer", "Villeneuve-d'Ascq"). */
function isHyphenLink(run: readonly Word[], k: number): boolean {
  if (k === 0 || run[k].sepBefore !== "-") return false;
  if (ELIDED_NAME_RE.test(run[k].raw)) return true;
  return k < run.length - 1 && run[k + 1].sepBefore === "-" && HYPHEN_LINK_WORDS.has(run[k].folded);
}

/**
 * For each word, the span of the hyphenated name it belongs to when that name holds a linking word
 * or an elided article ("Fos-sur-Mer", "Villeneuve-d'Ascq"); such a name is one place, whole or not at all.
 */
function hyphenChains(words: readonly Word[]): ({ first: number; last: number } | undefined)[] {
  const chains: ({ first: number; last: number } | undefined)[] = words.map(() => undefined);
  let first = 0;
  for (let k = 1; k <= words.length; k++) {
    if (k < words.length && words[k].sepBefore === "-") continue;
    const run = words.slice(first, k);
    if (run.length >= 2 && run.some((_, j) => isHyphenLink(run, j))) for (let j = first; j < k; j++) chains[j] = { first, last: k - 1 };
    first = k;
  }
  return chains;
}

/** The span first..last takes part of a hyphenated name but not all of it. */
function cutsChain(chains: readonly ({ first: number; last: number } | undefined)[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const chain = chains[k];
    if (chain && (chain.first !== first || chain.last !== last)) return true;
  }
  return false;
}

/** A run of words as one name, its hyphens kept/** A run of words as one name, its hyphens kept ("Cesson-Sévigné", "Rueil-Malmaison"). */
function joinedName(run: readonly Word[]): string {
  return run.map((w, k) => (k === 0 ? "" : w.sepBefore === "-" ? "-" : " ") + w.raw).join("");
}

/** A run of unknown capitalised words right before/** A run of unknown capitalised words right before ", <state|country>" or after "<state|country> - " is a city. */
function structuralCities(words: readonly Word[], hits: readonly Hit[], chosen: readonly PlaceMeaning[], leftover: readonly boolean[]): Map<number, string> {
  const found = new Map<number, string>();
  const isArea = (k: number) => k >= 0 && k < hits.length && (chosen[k].kind === "subdivision" || chosen[k].kind === "country");
  let i = 0;
  while (i < words.length) {
    if (!leftover[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && leftover[j + 1] && SOFT_SEPARATOR_RE.test(words[j + 1].sepBefore)) j++;
    let run = words.slice(i, j + 1);
    const nameLike = (w: Word, k: number) => (CAPITALISED_RE.test(w.raw) && !FILLER_WORDS.has(w.folded) && !ALL_CAPS_RE.test(w.raw)) || isHyphenLink(run, k);
    // "Office in Bend, OR", "our office in downtown Portland, OR": the name after the last "in"/"at".
    const at = run.findLastIndex((w) => PLACE_PREPOSITIONS.has(w.raw));
    if (at >= 0 && at < run.length - 1 && run.length - at - 1 <= 3 && run.slice(at + 1).every((w, k) => nameLike(w, k + at + 1))) {
      i += at + 1;
      run = run.slice(at + 1);
    }
    const hyphenated = run.slice(1).every((w) => w.sepBefore === "-");
    const plausible = run.length <= (hyphenated ? MAX_HYPHENATED_CITY_WORDS : MAX_CITY_WORDS) && run.every(nameLike);
    if (plausible) {
      const next = hits.findIndex((h) => h.first === j + 1);
      const prev = hits.findIndex((h) => h.last === i - 1);
      const beforeArea = next >= 0 && isArea(next) && COMMA_RE.test(words[j + 1].sepBefore);
      // "São Paulo/SP - Vila Olímpia": after a city's own state, the dash leads to a district, not a city.
      const stateOfCity = prev > 0 && chosen[prev - 1].kind === "city" && hits[prev - 1].last === hits[prev].first - 1;
      const afterArea = prev >= 0 && isArea(prev) && !stateOfCity && SPACED_DASH_RE.test(words[i].sepBefore);
      if (beforeArea || afterArea) found.set(words[i].start, joinedName(run));
    }
    i = j + 1;
  }
  return found;
}

function pushUnique<T>(list: T[], value: T) {
  if (!list.includes(value)) list.push(value);
}

/** Countries, regions, cities and workplace of one location statement. */
export function parseLocationText(text: string, options: ParseLocationOptions = {}): ParsedLocation {
  const capped = text.slice(0, MAX_STATEMENT_CHARS);
  const words = wordsOf(capped);
  const found = findHits(words, options.stopAtUnknown ?? false, options.language);
  const leftover = found.leftover;
  const hits = statesAmongStates(words, found.hits).filter((h) => !isTimeZone(words, h) && !isExcluded(words, h, options.language) && !isStreetName(words, h));
  const chosen = withStateCountries(words, hits, statesAfterForeignCities(words, hits, resolve(hits, options)));
  const named = hits.some((h) => !h.weakWorldwide);
  const places: { at: number; meaning: PlaceMeaning }[] = hits.flatMap((h, k) => {
    if (h.weakWorldwide && (named || options.ignoreWeakWorldwide)) return [];
    const meaning = chosen[k];
    if (isDistrictOf(words, hits, chosen, k, options.language) || isDistrictBeforeCity(words, hits, chosen, k, options.language)) return [];
    // A city written the local way keeps the spelling of a posting in that language ("München", "Ciudad de México").
    const language = options.language ?? "";
    const city = !LOCAL_NAME_LANGUAGES.has(language)
      ? meaning.city
      : meaning.asWritten
        ? capped.slice(words[h.first].start, words[h.last].end).replace(TRAILING_PUNCT_RE, "")
        : (meaning.local?.[language] ?? meaning.city);
    return [{ at: words[h.first].start, meaning: city === meaning.city ? meaning : { ...meaning, city } }];
  });
  if (!options.stopAtUnknown) {
    for (const [at, city] of structuralCities(words, hits, chosen, leftover)) places.push({ at, meaning: { kind: "city", countries: [], city } });
  }
  places.sort((a, b) => a.at - b.at);
  const out: ParsedLocation = { countries: [], regions: [], cities: [], workplace: statementWorkplace(foldPlace(capped)), unknownWords: 0 };
  for (const { meaning } of places) {
    for (const cc of meaning.countries) pushUnique(out.countries, cc);
    for (const r of meaning.regions ?? []) pushUnique(out.regions, r);
    const city = meaning.city;
    if (city && !out.cities.some((c) => cityIdentity(c) === cityIdentity(city))) out.cities.push(city);
  }
  out.unknownWords = words.filter((w, k) => leftover[k] && !FILLER_WORDS.has(w.folded)).length;
  return out;
}
