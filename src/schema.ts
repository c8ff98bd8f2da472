// The zod schema of one posting (SPEC §1). Posting is inferred from it; the JSON Schema that
// `jobparse schema` prints and schema/posting.schema.json hold are generated from it too.
// Vocabularies come from their normalize/ tables so each exists once.
// zod/mini: the same schemas and JSON Schema export, a tenth of the code to load at start-up.
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { REGIONS } from "./normalize/regions.js";

// Issue messages in English ("expected string, received number"); zod/mini ships none by default.
z.config(en());

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

const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, upper case"));
const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, "ISO 4217 code"));
// An extra field (SPEC §1 welcomes them): the language the posting is written in.
const LanguageCode = z.nullable(z.string().check(z.regex(/^[a-z]{2}$/, "ISO 639-1, lower case"))).check(
  z.describe("The language the posting is written in (ISO 639-1, lower case); null when the text is too short or mixed to tell."),
);

export const LocationSchema = z.object({
  raw: z.nullable(z.string()),
  workplace: z.nullable(z.enum(WORKPLACES)),
  countries: z.array(CountryCode),
  regions: z.array(z.enum(REGIONS)),
  cities: z.array(z.string()),
});

export const SalarySchema = z.object({
  min: z.nullable(z.number().check(z.nonnegative())),
  max: z.nullable(z.number().check(z.nonnegative())),
  currency: z.nullable(CurrencyCode),
  period: z.nullable(z.enum(PAY_PERIODS)),
  raw: z.string(),
});

export const ExperienceYearsSchema = z.object({
  min: z.number().check(z.nonnegative()),
  max: z.nullable(z.number().check(z.nonnegative())),
});

export const PostingSchema = z.object({
  file: z.string(),
  title: z.nullable(z.string()),
  company: z.nullable(z.string()),
  applyUrl: z.nullable(z.string()),
  location: LocationSchema,
  salary: z.nullable(SalarySchema),
  employmentType: z.nullable(z.enum(EMPLOYMENT_TYPES)),
  seniority: z.nullable(z.enum(SENIORITIES)),
  experienceYears: z.nullable(ExperienceYearsSchema),
  requirements: z.array(z.string()),
  niceToHave: z.array(z.string()),
  responsibilities: z.array(z.string()),
  benefits: z.array(z.string()),
  skills: z.array(z.string()),
  language: LanguageCode,
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
