// The fixed region vocabulary of SPEC §1 "location.regions". schema.ts builds its enum from
// REGIONS, so a new region is one line here. Aliases map written forms to a region.
export const REGIONS = [
  "Worldwide",
  "Africa",
  "Americas",
  "APAC",
  "Asia",
  "EMEA",
  "Europe",
  "LATAM",
  "Middle East",
  "North America",
  "Oceania",
  "South America",
] as const;

export type Region = (typeof REGIONS)[number];

/** Written forms (folded: lower case, no accents, hyphens as spaces) → the region(s) they name. */
export const REGION_ALIASES: Readonly<Record<string, readonly Region[]>> = {
  worldwide: ["Worldwide"],
  "world wide": ["Worldwide"],
  global: ["Worldwide"],
  globally: ["Worldwide"],
  globe: ["Worldwide"],
  world: ["Worldwide"],
  "anywhere in the world": ["Worldwide"],
  international: ["Worldwide"],
  africa: ["Africa"],
  "sub saharan africa": ["Africa"],
  "north africa": ["Africa"],
  americas: ["Americas"],
  amer: ["Americas"],
  "the americas": ["Americas"],
  apac: ["APAC"],
  "asia pacific": ["APAC"],
  apj: ["APAC"],
  asia: ["Asia"],
  "south asia": ["Asia"],
  "east asia": ["Asia"],
  "southeast asia": ["Asia"],
  "south east asia": ["Asia"],
  "central asia": ["Asia"],
  sea: ["Asia"],
  emea: ["EMEA"],
  europe: ["Europe"],
  "european union": ["Europe"],
  // The adjective in a place statement: "European time zones", "Remote (European & US hours)".
  european: ["Europe"],
  eu: ["Europe"],
  eea: ["Europe"],
  "western europe": ["Europe"],
  "eastern europe": ["Europe"],
  "central europe": ["Europe"],
  "southern europe": ["Europe"],
  "northern europe": ["Europe"],
  "central and eastern europe": ["Europe"],
  cee: ["Europe"],
  nordics: ["Europe"],
  "nordic countries": ["Europe"],
  scandinavia: ["Europe"],
  latam: ["LATAM"],
  "latin america": ["LATAM"],
  "central america": ["LATAM"],
  caribbean: ["LATAM"],
  "middle east": ["Middle East"],
  mena: ["Middle East", "Africa"],
  "north america": ["North America"],
  oceania: ["Oceania"],
  australasia: ["Oceania"],
  "south america": ["South America"],
};

/**
 * Regions as Portuguese, Spanish, German and French postings write them (folded), one column per
 * language: "América Latina" is LATAM, not the Italian city of Latina after a US "América".
 */
export const LOCAL_REGION_ALIASES: Readonly<Record<"pt" | "es" | "de" | "fr", Readonly<Record<string, readonly Region[]>>>> = {
  pt: { "america latina": ["LATAM"], "america do sul": ["South America"], "america do norte": ["North America"], europa: ["Europe"], "mundo todo": ["Worldwide"], "qualquer lugar do mundo": ["Worldwide"] },
  es: { "america latina": ["LATAM"], latinoamerica: ["LATAM"], sudamerica: ["South America"], "america del sur": ["South America"], norteamerica: ["North America"], "america del norte": ["North America"], europa: ["Europe"], "todo el mundo": ["Worldwide"] },
  de: { lateinamerika: ["LATAM"], sudamerika: ["South America"], nordamerika: ["North America"], europa: ["Europe"], weltweit: ["Worldwide"] },
  fr: { "amerique latine": ["LATAM"], "amerique du sud": ["South America"], "amerique du nord": ["North America"], "monde entier": ["Worldwide"] },
};

/**
 * Aliases that are short upper-case abbreviations: they count only when written in capitals
 * ("SEA" = South-East Asia, not "sea"; "EU").
 */
export const UPPERCASE_ONLY_REGION_ALIASES: ReadonlySet<string> = new Set(["sea", "eu", "eea", "cee", "apj", "amer"]);

/** "Anywhere" names the whole world only when the statement names no place at all ("Anywhere (LATAM)" → LATAM). */
export const WEAK_WORLDWIDE_WORDS: ReadonlySet<string> = new Set(["anywhere"]);
