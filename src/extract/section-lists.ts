// requirements / niceToHave / responsibilities / benefits (SPEC §1) — placeholder until the
// section reader lands.
import type { PostingDoc } from "../core/document.js";
import type { Earlier, Extracted } from "../core/types.js";

export interface SectionLists {
  requirements: string[];
  niceToHave: string[];
  responsibilities: string[];
  benefits: string[];
}

export function extractSectionLists(_doc: PostingDoc, _earlier: Earlier): Extracted<SectionLists> {
  return { value: { requirements: [], niceToHave: [], responsibilities: [], benefits: [] } };
}
