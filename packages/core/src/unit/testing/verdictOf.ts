import type { InScopeVerdictOf, VerdictRuleId } from "../../model/verdict";
import { periodIdOf } from "../../rules/verdictLookup";
import type { UnitAssessment } from "../unitAssessment";

/** The one verdict of a rule (for a periodic rule, of one period ID). Throws if there is not exactly one. */
export function verdictOf<R extends VerdictRuleId>(
  assessment: UnitAssessment,
  ruleId: R,
  period?: string,
): InScopeVerdictOf<R> {
  const found = assessment.verdicts.filter(
    (v) => v.ruleId === ruleId && (period === undefined || periodIdOf(v) === period),
  );
  if (found.length !== 1) {
    throw new Error(`expected one ${ruleId}${period ? ` ${period}` : ""} verdict, found ${found.length}`);
  }
  // Typed as in scope: a test that reads facts knows its unit is in scope.
  return found[0] as unknown as InScopeVerdictOf<R>;
}

/** All period verdicts of a periodic rule, by period ID. */
export function periodsOf<R extends VerdictRuleId>(
  assessment: UnitAssessment,
  ruleId: R,
): Map<string, InScopeVerdictOf<R>> {
  return new Map(
    assessment.verdicts
      .filter((v) => v.ruleId === ruleId)
      .map((v) => [String(periodIdOf(v)), v as unknown as InScopeVerdictOf<R>]),
  );
}

/** `period:status` for each period verdict of a rule, in order. */
export function periodStatuses(assessment: UnitAssessment, ruleId: VerdictRuleId): string[] {
  return assessment.verdicts
    .filter((v) => v.ruleId === ruleId)
    .map((v) => `${String(periodIdOf(v))}:${v.status}`);
}
