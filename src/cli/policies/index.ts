// The `check --policy <name>` registry: policy name → the PostingRule it adds. A new policy is
// one file in this folder and one line here; `check --help` lists the names from this table.
import type { PostingRule } from "../commands/check.js";
import { payTransparencyRule } from "./pay-transparency.js";

export const POLICIES = {
  "pay-transparency": () => payTransparencyRule({ benefits: false }),
  "pay-transparency-benefits": () => payTransparencyRule({ benefits: true }),
} satisfies Record<string, () => PostingRule>;

export type PolicyName = keyof typeof POLICIES;
export const POLICY_NAMES = Object.keys(POLICIES) as PolicyName[];

export function policyRule(name: PolicyName): PostingRule {
  return POLICIES[name]();
}
