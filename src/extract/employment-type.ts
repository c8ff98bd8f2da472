// employmentType (SPEC §1) — placeholder until its extractor lands.
import type { PostingDoc } from "../core/document.js";
import type { Earlier, Extracted } from "../core/types.js";
import type { EmploymentType } from "../schema.js";

export function extractEmploymentType(_doc: PostingDoc, _earlier: Earlier): Extracted<EmploymentType | null> {
  return { value: null };
}
