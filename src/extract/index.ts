// The ordered registry of extractors: field(s) → extractor. The order is the dependency order:
// language comes first, so every later extractor can read words of the posting's language;
// salary reads location (a bare `$` in Canada is CAD); experienceYears reads requirements;
// skills reads title and the lists. test/extract/registry.test.ts checks that every schema
// key but `file` and `warnings` is produced exactly once.
import type { PostingDoc } from "../core/document.js";
import type { Earlier, Extracted, Provenance } from "../core/types.js";
import type { Posting } from "../schema.js";
import { extractLanguage } from "./language.js";
import { extractTitle } from "./title.js";
import { extractCompany } from "./company.js";
import { extractApplyUrl } from "./apply-url.js";
import { extractLocation } from "./location.js";
import { extractSalary } from "./salary.js";
import { extractEmploymentType } from "./employment-type.js";
import { extractSeniority } from "./seniority.js";
import { extractSectionLists } from "./section-lists.js";
import { extractExperienceYears } from "./experience-years.js";
import { extractSkills } from "./skills.js";

export type ExtractedField = Exclude<keyof Posting, "file" | "warnings">;

export interface RegistryEntry {
  /** The fields this extractor fills (section-lists fills four at once). */
  fields: readonly ExtractedField[];
  run(doc: PostingDoc, earlier: Earlier): Extracted<Partial<Posting>>;
}

/** Wraps a one-field extractor so the registry treats every entry alike. */
function one<K extends ExtractedField>(field: K, extract: (doc: PostingDoc, earlier: Earlier) => Extracted<Posting[K]>): RegistryEntry {
  return {
    fields: [field],
    run(doc, earlier) {
      const { value, ...rest } = extract(doc, earlier);
      return { ...rest, value: { [field]: value } as Partial<Posting> };
    },
  };
}

export const EXTRACTORS: readonly RegistryEntry[] = [
  one("language", extractLanguage),
  one("title", extractTitle),
  one("company", extractCompany),
  one("applyUrl", extractApplyUrl),
  one("location", extractLocation),
  one("salary", extractSalary),
  one("employmentType", extractEmploymentType),
  one("seniority", extractSeniority),
  {
    fields: ["requirements", "niceToHave", "responsibilities", "benefits"],
    run: (doc, earlier) => extractSectionLists(doc, earlier) as Extracted<Partial<Posting>>,
  },
  one("experienceYears", extractExperienceYears),
  one("skills", extractSkills),
];

export interface ExtractionResult {
  values: Omit<Posting, "file" | "warnings">;
  provenance: Partial<Record<ExtractedField, Provenance>>;
  warnings: string[];
}

export function runExtractors(doc: PostingDoc): ExtractionResult {
  const earlier: Partial<Posting> = {};
  const provenance: ExtractionResult["provenance"] = {};
  const warnings: string[] = [];
  for (const entry of EXTRACTORS) {
    const result = entry.run(doc, earlier);
    Object.assign(earlier, result.value);
    for (const f of entry.fields) {
      const from = result.fieldFrom?.[f] ?? (result.fieldFrom ? undefined : result.from);
      if (from) provenance[f] = from;
    }
    if (result.warnings) warnings.push(...result.warnings);
  }
  return { values: earlier as ExtractionResult["values"], provenance, warnings };
}
