// seniority (SPEC §1) — placeholder until its extractor lands.
import type { PostingDoc } from "../core/document.js";
import type { Earlier, Extracted } from "../core/types.js";
import type { Seniority } from "../schema.js";

export function extractSeniority(_doc: PostingDoc, _earlier: Earlier): Extracted<Seniority | null> {
  return { value: null };
}
