// Columns for table and csv: dotted paths into a posting, and how a value becomes one cell.
import * as z from "zod/mini";
import { PostingSchema, type Posting } from "../schema.js";

/** Every dotted path a column can name, from the schema: "title", "salary", "salary.min", … */
export const FIELD_PATHS: readonly string[] = Object.entries(PostingSchema.shape).flatMap(([key, schema]) => {
  const inner = schema instanceof z.ZodMiniNullable ? schema.def.innerType : schema;
  return inner instanceof z.ZodMiniObject ? [key, ...Object.keys(inner.shape).map((sub) => `${key}.${sub}`)] : [key];
});

/** The names in `fields` that are not a column (for a usage error). */
export function unknownFields(fields: readonly string[]): string[] {
  return fields.filter((f) => !FIELD_PATHS.includes(f));
}

export const DEFAULT_CSV_FIELDS = [
  "file",
  "title",
  "company",
  "applyUrl",
  "location.raw",
  "location.workplace",
  "location.countries",
  "location.regions",
  "location.cities",
  "salary.min",
  "salary.max",
  "salary.currency",
  "salary.period",
  "employmentType",
  "seniority",
  "experienceYears.min",
  "experienceYears.max",
  "requirements",
  "niceToHave",
  "responsibilities",
  "benefits",
  "skills",
  "language",
  "warnings",
];

export function valueAt(posting: Posting, path: string): unknown {
  let v: unknown = posting;
  for (const key of path.split(".")) {
    if (v == null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * The posting cut to `fields` (dotted paths), nested as in the posting: `title,salary.min` →
 * `{ title, salary: { min } }`. A parent that is null stays null (`salary: null`), so a
 * missing value is told apart from a field that was not asked for. Keys keep `fields`' order.
 */
export function project(posting: Posting, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of fields) {
    // `salary,salary.min`: the whole salary is kept already.
    if (fields.some((f) => path.startsWith(`${f}.`))) continue;
    const keys = path.split(".");
    let from: unknown = posting;
    let to = out;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      from = from == null || typeof from !== "object" ? undefined : (from as Record<string, unknown>)[key];
      if (i === keys.length - 1) {
        to[key] = from ?? null;
        break;
      }
      if (from === null || typeof from !== "object" || Array.isArray(from)) {
        if (!(key in to)) to[key] = from ?? null;
        break;
      }
      const next = to[key];
      to = (to[key] = next && typeof next === "object" ? next : {}) as Record<string, unknown>;
    }
  }
  return out;
}

/** One cell: lists joined with "; ", objects as compact JSON, null as empty. */
export function cellText(value: unknown): string {
  if (value == null) return "";
  if (Array.isArray(value)) return value.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
