// experienceYears (SPEC §1) — placeholder until its extractor lands.
import type { PostingDoc } from "../core/document.js";
import type { Earlier, Extracted } from "../core/types.js";
import type { ExperienceYears } from "../schema.js";

export function extractExperienceYears(_doc: PostingDoc, _earlier: Earlier): Extracted<ExperienceYears | null> {
  return { value: null };
}
