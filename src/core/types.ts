// Shared types of the extraction pipeline: what a view of the document hands an extractor,
// and what an extractor hands back (STYLE.md "One extractor").
import type { Posting } from "../schema.js";

/** Where a value came from: 1-based line numbers in the repaired text. */
export interface Provenance {
  line: number;
  endLine?: number;
  /** What kind of place: the job-board header, a `Key: value` field, frontmatter, a section, body prose. */
  via?: "header" | "field" | "frontmatter" | "section" | "title" | "body" | "url";
  text?: string;
}

/** A piece of text found somewhere in the document, with its line. */
export interface Found {
  text: string;
  line: number;
  via: NonNullable<Provenance["via"]>;
}

export interface Extracted<T> {
  value: T;
  from?: Provenance;
  /** Per field, for an extractor that fills several (the four section lists). */
  fieldFrom?: Record<string, Provenance>;
  warnings?: string[];
}

/** Fields already extracted, in registry order (extract/index.ts). */
export type Earlier = Readonly<Partial<Posting>>;
