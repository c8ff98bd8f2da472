// Subdivisions (SPEC §1 "location.countries": a state or province names its country):
// states, provinces and regions of the countries postings name most, from the generated
// gazetteer (scripts/gen-places.mjs, country-state-city), plus US/CA/AU postal codes.
import { SUBDIVISION_ROWS } from "./data/places.generated.js";

export interface Subdivision {
  name: string;
  /** ISO alpha-2 of its country. */
  country: string;
  /** Postal code ("MA", "ON", "NSW") for US, Canada and Australia; "" elsewhere. */
  code: string;
}

/** Written forms (folded) the gazetteer lacks → [name, country]. */
export const SUBDIVISION_ALIASES: Readonly<Record<string, readonly [string, string]>> = {
  "washington state": ["Washington", "US"],
  "washington dc": ["District of Columbia", "US"],
  "national capital region": ["National Capital Region", "PH"],
  "metro manila": ["Metro Manila", "PH"],
  "ile de france": ["Île-de-France", "FR"],
  bavaria: ["Bavaria", "DE"],
  catalonia: ["Catalonia", "ES"],
  "new south wales": ["New South Wales", "AU"],
  "espirito santo": ["Espírito Santo", "BR"],
  // Written the local way: German states and their usual abbreviations.
  nrw: ["North Rhine-Westphalia", "DE"],
  "nordrhein westfalen": ["North Rhine-Westphalia", "DE"],
  bayern: ["Bavaria", "DE"],
  hessen: ["Hesse", "DE"],
  niedersachsen: ["Lower Saxony", "DE"],
  sachsen: ["Saxony", "DE"],
  "baden wurttemberg": ["Baden-Württemberg", "DE"],
  // Buenos Aires' own name as a district's city ("Palermo, CABA"; alone, "CABA" is the city: normalize/cities),
  // Spain's regions in Spanish.
  caba: ["Ciudad Autónoma de Buenos Aires", "AR"],
  cataluna: ["Catalonia", "ES"],
  andalucia: ["Andalusia", "ES"],
};

/**
 * Brazil's state abbreviations ("São Paulo/SP", "Curitiba - PR", "Belo Horizonte, MG"). Many are
 * also country codes (MG Madagascar, ES Spain, PA Panama, RO Romania), so they count as Brazil's
 * only right after a Brazilian place or in a Portuguese posting's location.
 */
export const BR_STATE_CODES: ReadonlySet<string> = new Set([
  "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB", "PR", "PE", "PI", "RJ", "RN", "RS",
  "RO", "RR", "SC", "SP", "SE", "TO",
]);

/**
 * Swiss cantons' abbreviations ("Zürich, ZH", "Lausanne VD", "Zug (ZG)"). Most are also country or
 * US state codes (BE Belgium, FR France, GE Georgia, AR Arkansas), so they count as Switzerland's only
 * right after a Swiss place.
 */
export const CH_CANTON_CODES: ReadonlySet<string> = new Set([
  "AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW", "SG", "SH", "SO", "SZ", "TG",
  "TI", "UR", "VD", "VS", "ZG", "ZH",
]);

/** Every subdivision, parsed once at load. */
export const SUBDIVISIONS: readonly Subdivision[] = SUBDIVISION_ROWS.split(";").map((row) => {
  const [name, country, code] = row.split("|");
  return { name, country, code };
});
