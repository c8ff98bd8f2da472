// salary (SPEC §1) — placeholder until its extractor lands.
import type { PostingDoc } from "../core/document.js";
import type { Earlier, Extracted } from "../core/types.js";
import type { Salary } from "../schema.js";

export function extractSalary(_doc: PostingDoc, _earlier: Earlier): Extracted<Salary | null> {
  return { value: null };
}
