// The place index of location parsing (SPEC §1 "location"): every written form of a region,
// country, country group, subdivision and city, folded, → what it may mean. Built once at
// module load from the one table of each concept (regions, countries, subdivisions, cities).
import { foldPlace } from "./fold.js";
import { REGION_ALIASES, UPPERCASE_ONLY_REGION_ALIASES, type Region } from "./regions.js";
import { COUNTRY_BY_NAME, COUNTRY_GROUPS } from "./countries.js";
import { SUBDIVISIONS, SUBDIVISION_ALIASES } from "./subdivisions.js";
import { gazetteerCities, CITY_ALIASES, CITY_STOPWORDS } from "./cities.js";

export type PlaceKind = "region" | "country" | "subdivision" | "city";

export interface PlaceMeaning {
  kind: PlaceKind;
  /** Alpha-2 codes the place names (a country group names several; a region none). */
  countries: readonly string[];
  regions?: readonly Region[];
  /** City name to output (kind "city"). */
  city?: string;
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

/** Folded written form → its possible meanings, in preference order (region, country, subdivision, city). */
function buildPlaceIndex(): ReadonlyMap<string, readonly PlaceMeaning[]> {
  const index = new Map<string, PlaceMeaning[]>();
  for (const [key, regions] of Object.entries(REGION_ALIASES)) add(index, key, { kind: "region", countries: [], regions, upperOnly: UPPERCASE_ONLY_REGION_ALIASES.has(key) });
  for (const [key, code] of COUNTRY_BY_NAME) add(index, key, { kind: "country", countries: [code] });
  for (const [key, codes] of Object.entries(COUNTRY_GROUPS)) add(index, key, { kind: "country", countries: codes });
  for (const s of SUBDIVISIONS) add(index, foldPlace(s.name), { kind: "subdivision", countries: [s.country] });
  for (const [key, [, country]] of Object.entries(SUBDIVISION_ALIASES)) add(index, key, { kind: "subdivision", countries: [country] });
  for (const [key, city] of Object.entries(CITY_ALIASES)) add(index, key, { kind: "city", countries: [city.country], city: city.name, upperOnly: key.length <= 2 });
  for (const city of gazetteerCities()) {
    const key = foldPlace(city.name);
    if (!CITY_STOPWORDS.has(key)) add(index, key, { kind: "city", countries: [city.country], city: city.name });
  }
  return index;
}

let placeIndex: ReadonlyMap<string, readonly PlaceMeaning[]> | undefined;

/** The place index, built on first use (so `jobparse --help` and `schema` never pay for it). */
export function placeMeanings(key: string): readonly PlaceMeaning[] | undefined {
  placeIndex ??= buildPlaceIndex();
  return placeIndex.get(key);
}

/** Postal codes of US states, Canadian provinces and Australian states → their countries ("WA": US, AU). */
export const SUBDIVISION_CODES: ReadonlyMap<string, readonly string[]> = (() => {
  const codes = new Map<string, string[]>();
  for (const s of SUBDIVISIONS) if (s.code) codes.set(s.code, [...(codes.get(s.code) ?? []), s.country]);
  return codes;
})();
