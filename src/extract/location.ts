// location (SPEC §1) — placeholder until its extractor lands.
import type { PostingDoc } from "../core/document.js";
import type { Earlier, Extracted } from "../core/types.js";
import type { Location } from "../schema.js";

export function extractLocation(_doc: PostingDoc, _earlier: Earlier): Extracted<Location> {
  return { value: { raw: null, workplace: null, countries: [], regions: [], cities: [] } };
}
