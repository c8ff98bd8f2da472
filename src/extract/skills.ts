// skills (SPEC §1) — placeholder until its extractor lands.
import type { PostingDoc } from "../core/document.js";
import type { Earlier, Extracted } from "../core/types.js";


export function extractSkills(_doc: PostingDoc, _earlier: Earlier): Extracted<string[]> {
  return { value: [] };
}
