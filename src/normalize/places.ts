// The place index of location parsing (SPEC §1 "location"): every written form of a region,
// country, country group, subdivision and city, folded, → what it may mean. Made from the one
// table of each concept (regions, countries, subdivisions, cities) on first use, a gazetteer
// city's entry when its key is first looked up.
import { SUBDIVISION_KEYS } from "./data/places.generated.js";
import { LOCAL_REGION_ALIASES, REGION_ALIASES, UPPERCASE_ONLY_REGION_ALIASES, type Region } from "./regions.js";
import { countryByNameMap, COUNTRY_GROUPS } from "./countries.js";
import { SUBDIVISIONS, SUBDIVISION_ALIASES } from "./subdivisions.js";
import { gazetteerCity, gazetteerRowsOf, CITY_ALIASES, HANZI_CITY_NAMES, LOCAL_CITY_NAMES } from "./cities.js";

export type PlaceKind = "region" | "country" | "subdivision" | "city";

export interface PlaceMeaning {
  kind: PlaceKind;
  /** Alpha-2 codes the place names (a country group names several; a region none). */
  countries: readonly string[];
  regions?: readonly Region[];
  /** City name to output (kind "city"). */
  city?: string;
  /** A local spelling ("München"): output as written in a posting that is not in English. */
  asWritten?: boolean;
  /** An abbreviation's city as a posting in that language writes it out ("CDMX" → "Ciudad de México" in Spanish). */
  local?: Readonly<Record<string, string>>;
  /** Only when written in capitals ("EU", "SF", "LA"). */
  upperOnly?: boolean;
}

/** Longest place name, in words, worth trying. */
export const MAX_PLACE_WORDS = 6;

function add(index: Map<string, PlaceMeaning[]>, key: string, meaning: PlaceMeaning) {
  if (!key) return;
  const list = index.get(key);
  if (!list) index.set(key, [meaning]);
  else if (!list.some((m) => m.kind === meaning.kind && m.countries.join() === meaning.countries.join() && m.city === meaning.city)) list.push(meaning);
}

/** Folded written form → its meanings from every table but the gazetteer, in preference order (region, country, subdivision, city alias). */
function buildNamedPlaceIndex(): Map<string, PlaceMeaning[]> {
  const index = new Map<string, PlaceMeaning[]>();
  for (const [key, regions] of Object.entries(REGION_ALIASES)) add(index, key, { kind: "region", countries: [], regions, upperOnly: UPPERCASE_ONLY_REGION_ALIASES.has(key) });
  // Regions in the tables' other languages ("América Latina", "Europa").
  for (const column of Object.values(LOCAL_REGION_ALIASES)) for (const [key, regions] of Object.entries(column)) add(index, key, { kind: "region", countries: [], regions });
  for (const [key, code] of countryByNameMap()) add(index, key, { kind: "country", countries: [code] });
  for (const [key, codes] of Object.entries(COUNTRY_GROUPS)) add(index, key, { kind: "country", countries: codes });
  const subdivisionKeys = SUBDIVISION_KEYS.split(";");
  SUBDIVISIONS.forEach((s, i) => add(index, subdivisionKeys[i], { kind: "subdivision", countries: [s.country] }));
  for (const [key, [, country]] of Object.entries(SUBDIVISION_ALIASES)) add(index, key, { kind: "subdivision", countries: [country] });
  for (const [key, city] of Object.entries(CITY_ALIASES)) add(index, key, { kind: "city", countries: [city.country], city: city.name, upperOnly: key.length <= 2, local: city.local });
  for (const [key, city] of Object.entries(LOCAL_CITY_NAMES)) add(index, key, { kind: "city", countries: [city.country], city: city.name, asWritten: true });
  for (const [key, city] of Object.entries(HANZI_CITY_NAMES)) add(index, key, { kind: "city", countries: [city.country], city: city.name });
  return index;
}

let namedPlaces: ReadonlyMap<string, readonly PlaceMeaning[]> | undefined;
/** Place index entries made so far: a key's named places, then its gazetteer cities (most populous first). */
const placeIndex = new Map<string, readonly PlaceMeaning[]>();

/**
 * What a folded written form may mean, or undefined. Built on first use (so `jobparse --help`
 * and `schema` never pay for it), and a gazetteer city's meaning only when its key is looked up:
 * the generated keys spare start-up 5,000 folds and as many objects (issue 5 target c).
 */
export function placeMeanings(key: string): readonly PlaceMeaning[] | undefined {
  const made = placeIndex.get(key);
  if (made) return made;
  namedPlaces ??= buildNamedPlaceIndex();
  const named = namedPlaces.get(key);
  const rows = gazetteerRowsOf(key);
  if (!rows) return named;
  const index = new Map([[key, [...(named ?? [])]]]);
  for (const row of rows) {
    const city = gazetteerCity(row);
    add(index, key, { kind: "city", countries: [city.country], city: city.name });
  }
  const meanings = index.get(key)!;
  placeIndex.set(key, meanings);
  return meanings;
}

/** Postal codes of US states, Canadian provinces and Australian states → their countries ("WA": US, AU). */
export const SUBDIVISION_CODES: ReadonlyMap<string, readonly string[]> = (() => {
  const codes = new Map<string, string[]>();
  for (const s of SUBDIVISIONS) if (s.code) codes.set(s.code, [...(codes.get(s.code) ?? []), s.country]);
  return codes;
})();
