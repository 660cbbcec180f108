import type { Edition } from "../../editions/edition";
import { getEdition } from "../../editions/registry";
import type { MemberRecords } from "../../model/memberRecords";
import type { InScopeVerdictOf, Verdict } from "../../model/verdict";
import { assessMember } from "../assessMember";
import type { MemberRuleId } from "../memberAssessment";

export const CITY = getEdition("zhengzhou-2019");
export const HEALTH_COMMISSION = getEdition("zhengzhou-2019-health-commission");

/** The verdict of one rule for test records, by default for 2019 under the city edition. */
export function verdictOf<R extends MemberRuleId>(
  records: MemberRecords,
  ruleId: R,
  options: { year?: number; asOf?: string; edition?: Edition } = {},
): InScopeVerdictOf<R> {
  const { year = 2019, edition = CITY, asOf } = options;
  const verdict = assessMember(records, edition, { year, ...(asOf !== undefined && { asOf }) }).verdicts.find(
    (v) => v.ruleId === ruleId,
  );
  if (!verdict) throw new Error(`no ${ruleId} verdict`);
  // Typed as in scope: a test that reads facts knows its member is in scope.
  return verdict as unknown as InScopeVerdictOf<R>;
}

/** Rank of a verdict for "never worse" properties: unmet < pending < met = not applicable. */
export function goodness(verdict: Verdict): number {
  if (verdict.status === "unmet") return verdict.provisional ? 1 : 0;
  if (verdict.status === "pending") return 2;
  return 3;
}
