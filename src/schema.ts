// The zod schema of one posting (SPEC §1). Posting is inferred from it; the JSON Schema that
// `jobparse schema` prints and schema/posting.schema.json hold are generated from it too.
// Vocabularies come from their normalize/ tables so each exists once.
import { z } from "zod";
import { REGIONS } from "./normalize/regions.js";

export const WORKPLACES = ["remote", "hybrid", "onsite"] as const;
export const EMPLOYMENT_TYPES = ["full-time", "part-time", "contract", "internship", "temporary"] as const;
export const SENIORITIES = [
  "intern",
  "junior",
  "mid",
  "senior",
  "staff",
  "principal",
  "lead",
  "manager",
  "director",
  "executive",
] as const;
export const PAY_PERIODS = ["hour", "day", "week", "month", "year"] as const;

const CountryCode = z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, upper case");
const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, "ISO 4217 code");

export const LocationSchema = z.object({
  raw: z.string().nullable(),
  workplace: z.enum(WORKPLACES).nullable(),
  countries: z.array(CountryCode),
  regions: z.array(z.enum(REGIONS)),
  cities: z.array(z.string()),
});

export const SalarySchema = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: CurrencyCode.nullable(),
  period: z.enum(PAY_PERIODS).nullable(),
  raw: z.string(),
});

export const ExperienceYearsSchema = z.object({
  min: z.number().nonnegative(),
  max: z.number().nonnegative().nullable(),
});

export const PostingSchema = z.object({
  file: z.string(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  applyUrl: z.string().nullable(),
  location: LocationSchema,
  salary: SalarySchema.nullable(),
  employmentType: z.enum(EMPLOYMENT_TYPES).nullable(),
  seniority: z.enum(SENIORITIES).nullable(),
  experienceYears: ExperienceYearsSchema.nullable(),
  requirements: z.array(z.string()),
  niceToHave: z.array(z.string()),
  responsibilities: z.array(z.string()),
  benefits: z.array(z.string()),
  skills: z.array(z.string()),
  warnings: z.array(z.string()),
});

export type Posting = z.infer<typeof PostingSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Salary = z.infer<typeof SalarySchema>;
export type ExperienceYears = z.infer<typeof ExperienceYearsSchema>;
export type Workplace = (typeof WORKPLACES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type Seniority = (typeof SENIORITIES)[number];
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** The keys every posting has, in output order (the registry test walks these). */
export const POSTING_KEYS = Object.keys(PostingSchema.shape) as (keyof Posting)[];

/** JSON Schema (draft 2020-12) of one posting, generated from the zod schema. */
export function postingJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PostingSchema, { target: "draft-2020-12" }),
    $id: "https://github.com/jobparse/jobparse/schema/posting.schema.json",
    title: "jobparse posting",
  };
}
