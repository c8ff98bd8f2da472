// Cities (SPEC §1 "location.cities": names as commonly written; a city names its country):
// the generated gazetteer (scripts/gen-places.mjs: GeoNames cities of 100k+ people and
// capitals, most populous first) plus the nicknames and local spellings postings use.
import { CITY_KEYS, CITY_ROWS } from "./data/places.generated.js";

export interface City {
  /** The name to output. */
  name: string;
  /** ISO alpha-2 of its country. */
  country: string;
  /** An abbreviation's city written out as a posting in that language writes it (ISO 639-1 → name). */
  local?: Readonly<Record<string, string>>;
  /** The gazetteer's name of the same city, kept as written ("Bangalore" is Bengaluru): one city, not two. */
  sameAs?: string;
}

/**
 * Written forms (folded) → the city they mean, as commonly written in English.
 * "New York City" is written "New York"; "Bay Area" means San Francisco (eval notes);
 * "Bangalore" stays as written (the gazetteer says Bengaluru).
 */
export const CITY_ALIASES: Readonly<Record<string, City>> = {
  nyc: { name: "New York", country: "US" },
  // "London / NY / Remote", "SF or NY": a lone NY in capitals is the city (after a city, "Albany, NY",
  // it is the state: location-text reads a state code after a city of its country first).
  ny: { name: "New York", country: "US" },
  "new york city": { name: "New York", country: "US" },
  "new york": { name: "New York", country: "US" },
  "new york city metropolitan area": { name: "New York", country: "US" },
  "greater new york": { name: "New York", country: "US" },
  sf: { name: "San Francisco", country: "US" },
  "bay area": { name: "San Francisco", country: "US" },
  "sf bay area": { name: "San Francisco", country: "US" },
  "san francisco bay area": { name: "San Francisco", country: "US" },
  "greater seattle area": { name: "Seattle", country: "US" },
  "greater miami area": { name: "Miami", country: "US" },
  "greater boston": { name: "Boston", country: "US" },
  "greater london": { name: "London", country: "GB" },
  "washington dc": { name: "Washington", country: "US" },
  dc: { name: "Washington", country: "US" },
  la: { name: "Los Angeles", country: "US" },
  bangalore: { name: "Bangalore", country: "IN", sameAs: "Bengaluru" },
  gurgaon: { name: "Gurgaon", country: "IN", sameAs: "Gurugram" },
  gurugram: { name: "Gurugram", country: "IN" },
  noida: { name: "Noida", country: "IN" },
  bombay: { name: "Mumbai", country: "IN" },
  kiev: { name: "Kyiv", country: "UA" },
  kyiv: { name: "Kyiv", country: "UA" },
  cdmx: { name: "Mexico City", country: "MX", local: { es: "Ciudad de México" } },
  // Buenos Aires by its Argentine names: the autonomous city ("CABA, Argentina") and the old federal capital.
  caba: { name: "Buenos Aires", country: "AR" },
  "capital federal": { name: "Buenos Aires", country: "AR" },
  "ciudad autonoma de buenos aires": { name: "Buenos Aires", country: "AR" },
  // The capital district's name is the city's ("Bogotá D.C."), not a state around it.
  "bogota dc": { name: "Bogotá", country: "CO" },
  "bogota d c": { name: "Bogotá", country: "CO" },
  // A metropolitan area is its city ("Grande Lisboa", "Grande São Paulo"), as "Greater London" is.
  "grande lisboa": { name: "Lisbon", country: "PT", local: { pt: "Lisboa", es: "Lisboa" } },
  "grande porto": { name: "Porto", country: "PT" },
  "grande sao paulo": { name: "São Paulo", country: "BR" },
  "grande rio": { name: "Rio de Janeiro", country: "BR" },
  "tel aviv": { name: "Tel Aviv", country: "IL" },
  "da nang": { name: "Da Nang", country: "VN" },
  "ho chi minh": { name: "Ho Chi Minh City", country: "VN" },
  saigon: { name: "Ho Chi Minh City", country: "VN" },
  "silicon valley": { name: "San Francisco", country: "US" },
  frankfurt: { name: "Frankfurt", country: "DE" },
  // GeoNames calls it "Newcastle upon Tyne"; the South African Newcastle would win on population.
  newcastle: { name: "Newcastle", country: "GB" },
};

const SAME_CITY: ReadonlyMap<string, string> = new Map(Object.values(CITY_ALIASES).flatMap((c) => (c.sameAs ? [[c.name, c.sameAs] as const] : [])));

/** One name for a city however a posting spells it ("Bangalore / Bengaluru" is one city). */
export function cityIdentity(name: string): string {
  return SAME_CITY.get(name) ?? name;
}

/**
 * Cities written the local way (folded) → the city in English. A posting in another language keeps
 * its own spelling ("München", "Ciudad de México", "Lisboa"), as the city is commonly written there;
 * an English posting that writes the local way gets the English name ("Remote, Ciudad de México" →
 * "Mexico City").
 */
export const LOCAL_CITY_NAMES: Readonly<Record<string, City>> = {
  munchen: { name: "Munich", country: "DE" },
  koln: { name: "Cologne", country: "DE" },
  wien: { name: "Vienna", country: "AT" },
  genf: { name: "Geneva", country: "CH" },
  bruxelles: { name: "Brussels", country: "BE" },
  brussel: { name: "Brussels", country: "BE" },
  lisboa: { name: "Lisbon", country: "PT" },
  "ciudad de mexico": { name: "Mexico City", country: "MX" },
  "cidade do mexico": { name: "Mexico City", country: "MX" },
  warszawa: { name: "Warsaw", country: "PL" },
  praha: { name: "Prague", country: "CZ" },
  roma: { name: "Rome", country: "IT" },
  milano: { name: "Milan", country: "IT" },
  torino: { name: "Turin", country: "IT" },
  napoli: { name: "Naples", country: "IT" },
  firenze: { name: "Florence", country: "IT" },
  bucuresti: { name: "Bucharest", country: "RO" },
  "la coruna": { name: "A Coruña", country: "ES" },
  "den haag": { name: "The Hague", country: "NL" },
  kobenhavn: { name: "Copenhagen", country: "DK" },
};

/**
 * Cities written in Chinese characters → the city as an international posting writes it
 * ("地址：北京" → Beijing): a script the gazetteer's Latin names never match.
 */
export const HANZI_CITY_NAMES: Readonly<Record<string, City>> = {
  北京: { name: "Beijing", country: "CN" },
  上海: { name: "Shanghai", country: "CN" },
  深圳: { name: "Shenzhen", country: "CN" },
  广州: { name: "Guangzhou", country: "CN" },
  杭州: { name: "Hangzhou", country: "CN" },
  成都: { name: "Chengdu", country: "CN" },
  南京: { name: "Nanjing", country: "CN" },
  武汉: { name: "Wuhan", country: "CN" },
  西安: { name: "Xi’an", country: "CN" },
  苏州: { name: "Suzhou", country: "CN" },
  天津: { name: "Tianjin", country: "CN" },
  重庆: { name: "Chongqing", country: "CN" },
  厦门: { name: "Xiamen", country: "CN" },
  长沙: { name: "Changsha", country: "CN" },
  香港: { name: "Hong Kong", country: "HK" },
  台北: { name: "Taipei", country: "TW" },
  新加坡: { name: "Singapore", country: "SG" },
};

/**
 * Cities by the short names postings in one language give them (folded): "BH" is Belo Horizonte in
 * a Portuguese posting (Bahrain elsewhere), "POA" Porto Alegre (not the town of Poá), "GDL"
 * Guadalajara. Read only in a posting in that language, before the gazetteer.
 */
export const LOCAL_CITY_CODES: Readonly<Record<string, Readonly<Record<string, City>>>> = {
  pt: {
    bh: { name: "Belo Horizonte", country: "BR" },
    poa: { name: "Porto Alegre", country: "BR" },
    bsb: { name: "Brasília", country: "BR" },
    floripa: { name: "Florianópolis", country: "BR" },
    sampa: { name: "São Paulo", country: "BR" },
  },
  es: {
    gdl: { name: "Guadalajara", country: "MX" },
    mty: { name: "Monterrey", country: "MX" },
  },
};

/**
 * Gazetteer names that are also ordinary capitalised words of location lines or that mostly
 * mean something else there; they never count as cities.
 */
export const CITY_STOPWORDS: ReadonlySet<string> = new Set(["remote", "of", "hybrid", "office", "home", "mobile", "reading", "split", "nice", "orange", "surprise", "independence", "temple"]);

let rows: readonly string[] | undefined;
let rowsByKey: ReadonlyMap<string, readonly number[]> | undefined;

/**
 * Gazetteer rows (indexes, most populous first) whose folded name is `key`, or undefined.
 * The keys come generated (scripts/gen-places.mjs), so the first call only splits them.
 */
export function gazetteerRowsOf(key: string): readonly number[] | undefined {
  if (!rowsByKey) {
    const byKey = new Map<string, number[]>();
    CITY_KEYS.split(";").forEach((k, i) => {
      if (!k || CITY_STOPWORDS.has(k)) return;
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    });
    rowsByKey = byKey;
  }
  return rowsByKey.get(key);
}

/** The gazetteer city of row `index` (see gazetteerRowsOf). */
export function gazetteerCity(index: number): City {
  rows ??= CITY_ROWS.split(";");
  const [name, country] = rows[index].split("|");
  return { name, country };
}
