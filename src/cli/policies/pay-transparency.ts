// `check --policy pay-transparency` and `pay-transparency-benefits` (issue 7): the pay-range
// rules a posting must pass before it is published where pay-transparency laws apply
// (pay-transparency-laws.ts). A rule reads only the parsed posting and where its salary came
// from (its source line), so each failure names the rule and the line the salary was read on.
// No salary fails only "pay-range-missing" (the others would repeat it); a stated salary fails
// each rule it breaks ("up to 150k" with no currency fails pay-range-open and pay-currency).
import type { Posting, Salary } from "../../schema.js";
import type { CheckFinding } from "../commands/check-reporters.js";
import type { PostingRule } from "../commands/check.js";
import type { FieldLines } from "../parse-input.js";
import { benefitsJurisdictions } from "./pay-transparency-laws.js";

/** One salary rule: its id (shown as `pay-transparency/<id>`), the field it is about, its test. */
interface SalaryRule {
  id: string;
  field: string;
  /** The failure message, or undefined when the salary passes. */
  test(salary: Salary): string | undefined;
}

const amount = (n: number) => n.toLocaleString("en-US");

// Each law asks for a range with both ends (or one exact figure: min = max), in a currency,
// per hour/year/…; "up to $X" and "$X+" are not ranges a candidate can rely on.
const SALARY_RULES: readonly SalaryRule[] = [
  {
    id: "pay-range-open",
    field: "salary",
    test: (s) =>
      s.min === null || s.max === null
        ? `open-ended pay range "${s.raw}": state both ends (no ${s.min === null ? "minimum" : "maximum"})`
        : undefined,
  },
  {
    id: "pay-range-inverted",
    field: "salary",
    test: (s) => (s.min !== null && s.max !== null && s.min > s.max ? `pay range "${s.raw}" has min ${amount(s.min)} above max ${amount(s.max)}` : undefined),
  },
  { id: "pay-currency", field: "salary.currency", test: (s) => (s.currency === null ? `pay range "${s.raw}" names no currency` : undefined) },
  {
    id: "pay-period",
    field: "salary.period",
    test: (s) => (s.period === null ? `pay range "${s.raw}" names no period (per hour, per year, …)` : undefined),
  },
];

export interface PayTransparencyOptions {
  /** Also require a non-empty benefits list (`pay-transparency-benefits`). */
  benefits: boolean;
}

export function payTransparencyRule(options: PayTransparencyOptions): PostingRule {
  const name = options.benefits ? "pay-transparency-benefits" : "pay-transparency";
  const finding = (id: string, field: string, message: string, from?: FieldLines[keyof FieldLines]): CheckFinding => ({
    rule: `${name}/${id}`,
    field,
    message,
    ...(from && from.line > 0 ? { line: from.line } : {}),
  });
  return {
    name,
    check(posting: Posting, context) {
      const from = context?.lines?.salary;
      const findings: CheckFinding[] = [];
      if (posting.salary === null) {
        findings.push(finding("pay-range-missing", "salary", "no pay range stated (required by pay-transparency laws; see `jobparse check --help`)"));
      } else {
        const salary = posting.salary;
        for (const rule of SALARY_RULES) {
          const message = rule.test(salary);
          if (message) findings.push(finding(rule.id, rule.field, message, from));
        }
      }
      // No line: there is none for a list that is absent (section-lists' one source line covers
      // all four lists, so it would point at the requirements, not at missing benefits).
      if (options.benefits && posting.benefits.length === 0) {
        findings.push(finding("benefits-missing", "benefits", `no benefits listed (${benefitsJurisdictions()} ask for them)`));
      }
      return findings;
    },
  };
}
