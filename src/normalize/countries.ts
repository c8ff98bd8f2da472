// Country vocabulary (SPEC §1 "location.countries"): English names and their aliases from
// i18n-iso-countries, ISO alpha-2/alpha-3 codes, and the informal names postings use
// ("UK", "England", "Holland"), each mapped to an ISO 3166-1 alpha-2 code.
import isoCountries from "i18n-iso-countries/index.js";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import pt from "i18n-iso-countries/langs/pt.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import de from "i18n-iso-countries/langs/de.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import { foldPlace } from "./fold.js";

type Locale = Parameters<typeof isoCountries.registerLocale>[0];

/** Languages whose country names ("Brasil", "Alemania", "Deutschland", "Espagne") are read in postings written in them. */
const LOCAL_COUNTRY_LOCALES: Readonly<Record<string, Locale>> = { pt: pt as Locale, es: es as Locale, de: de as Locale, fr: fr as Locale };

/** The names of `language` ("en" or a key of LOCAL_COUNTRY_LOCALES), its locale registered on first use. */
function countryNames(language: string): Record<string, string[]> {
  if (!isoCountries.langs().includes(language)) isoCountries.registerLocale(language === "en" ? (en as Locale) : LOCAL_COUNTRY_LOCALES[language]);
  return isoCountries.getNames(language, { select: "all" });
}

/** Informal names i18n-iso-countries does not list, folded → alpha-2. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  britain: "GB",
  "united kingdom of great britain and northern ireland": "GB",
  holland: "NL",
  uae: "AE",
  emirates: "AE",
  korea: "KR",
  "viet nam": "VN",
  "czech republic": "CZ",
  macedonia: "MK",
  bosnia: "BA",
  ksa: "SA",
  "saudi": "SA",
  "us of a": "US",
  "united states of america": "US",
  "united state": "US",
  america: "US",
  "mainland china": "CN",
  "hongkong": "HK",
  "the netherlands": "NL",
  "turkiye": "TR",
  // Countries by their own names, as postings from there write them in any language ("Remoto (apenas
  // Brasil)" in a posting too short to tell its language, "Remote - Deutschland").
  brasil: "BR",
  deutschland: "DE",
  osterreich: "AT",
  schweiz: "CH",
  suisse: "CH",
  svizzera: "CH",
  espana: "ES",
  italia: "IT",
  nederland: "NL",
  belgique: "BE",
  belgie: "BE",
  polska: "PL",
  sverige: "SE",
  norge: "NO",
  danmark: "DK",
  suomi: "FI",
  eesti: "EE",
  hrvatska: "HR",
};

/** Several countries named at once, folded → alpha-2 codes. */
export const COUNTRY_GROUPS: Readonly<Record<string, readonly string[]>> = {
  dach: ["DE", "AT", "CH"],
  benelux: ["BE", "NL", "LU"],
  anz: ["AU", "NZ"],
};

/**
 * Upper-case codes that are also words or common abbreviations in location lines
 * ("OR", "IN", "IT", "PT" = Pacific Time, "EST" = Eastern Standard Time): never read as a
 * country by themselves; after a city of that country they still count ("Bengaluru, IN").
 */
export const AMBIGUOUS_COUNTRY_CODES: ReadonlySet<string> = new Set([
  "AD", "AI", "AM", "AN", "AND", "ARE", "AS", "AT", "BE", "BI", "BY", "CT", "CV", "DO", "EST", "ET", "GO", "HR", "ID", "IL",
  "IN", "IS", "IT", "LA", "MA", "ME", "ML", "MT", "MY", "NA", "NO", "OR", "PE", "PER", "PM", "PR", "PT", "SA", "SO", "ST", "TO", "TV", "UM",
  "GU", "MP", "VI", "DE", "AL", "AR", "CO", "GA", "KY", "MN", "MS", "MO", "NE", "NC", "SC", "SD", "TN", "VA", "WA", "WI",
  "FM", "MH", "PW", "NU",
]);

let countryByName: ReadonlyMap<string, string> | undefined;

/**
 * Folded English name or alias → alpha-2, built on first use: only a posting's location needs
 * it, and folding ~300 names cost every start-up, `--version` included.
 */
export function countryByNameMap(): ReadonlyMap<string, string> {
  if (countryByName) return countryByName;
  const map = new Map<string, string>();
  for (const [code, names] of Object.entries(countryNames("en"))) {
    for (const name of names) {
      const key = foldPlace(name);
      // Two-letter aliases ("US") are codes: they need upper case and go through countryFromCode.
      if (key.length > 2 && !map.has(key)) map.set(key, code);
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) map.set(alias, code);
  return (countryByName = map);
}

/** Alpha-2 of an upper-case alpha-2/alpha-3 code or "UK"; undefined for anything else. */
export function countryFromCode(code: string): string | undefined {
  if (code === "UK") return "GB";
  if (code.length === 2) return isoCountries.isValid(code) ? code : undefined;
  if (code.length === 3) return isoCountries.alpha3ToAlpha2(code) || undefined;
  return undefined;
}

/**
 * The English name of a structured field's country code ("BE" → "Belgium", "MLT" → "Malta"),
 * or undefined when `code` is not one. A schema's addressCountry is a country by definition,
 * but read as text a code is ambiguous: "Sliema, MT" is Montana and "Ghent, BE" nothing.
 */
export function countryNameOfCode(code: string): string | undefined {
  if (!/^[A-Z]{2,3}$/.test(code)) return undefined;
  const alpha2 = countryFromCode(code);
  if (!alpha2) return undefined;
  // The shortest name without a comma ("Taiwan", not "Taiwan, Province of China") that reads back as this country.
  const names = (countryNames("en")[alpha2] ?? []).filter((n) => !n.includes(",") && countryByNameMap().get(foldPlace(n)) === alpha2);
  return names.sort((a, b) => a.length - b.length)[0];
}

/** Folded country name in one language → alpha-2, built on first use per language. */
const localCountryMaps = new Map<string, ReadonlyMap<string, string>>();

/**
 * Alpha-2 of a folded country name in the posting's language ("deutschland" in German,
 * "espagne" in French), or undefined. Read only for a posting in that language, so that a
 * German "Island" (Iceland) or a Spanish "Granada" (Grenada) never turns an English line into a country.
 */
export function localCountryCode(key: string, language: string | undefined): string | undefined {
  if (!language || !LOCAL_COUNTRY_LOCALES[language]) return undefined;
  let map = localCountryMaps.get(language);
  if (!map) {
    const made = new Map<string, string>();
    for (const [code, names] of Object.entries(countryNames(language))) {
      for (const name of names) {
        const folded = foldPlace(name);
        if (folded.length > 2 && !made.has(folded)) made.set(folded, code);
      }
    }
    localCountryMaps.set(language, made);
    map = made;
  }
  return map.get(key);
}
