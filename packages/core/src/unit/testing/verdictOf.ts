import type { Verdict } from "../../model/verdict";
import type { UnitAssessment } from "../unitAssessment";

/** The one verdict of a rule (for a periodic rule, of one period label). Throws if there is not exactly one. */
export function verdictOf(assessment: UnitAssessment, ruleId: string, period?: string): Verdict {
  const found = assessment.verdicts.filter(
    (v) => v.ruleId === ruleId && (period === undefined || v.facts.period === period),
  );
  if (found.length !== 1) {
    throw new Error(`expected one ${ruleId}${period ? ` ${period}` : ""} verdict, found ${found.length}`);
  }
  return found[0] as Verdict;
}

/** All period verdicts of a periodic rule, by period label. */
export function periodsOf(assessment: UnitAssessment, ruleId: string): Map<string, Verdict> {
  return new Map(
    assessment.verdicts.filter((v) => v.ruleId === ruleId).map((v) => [String(v.facts.period), v]),
  );
}

/** `label:status` for each period verdict of a rule, in order. */
export function periodStatuses(assessment: UnitAssessment, ruleId: string): string[] {
  return assessment.verdicts
    .filter((v) => v.ruleId === ruleId)
    .map((v) => `${String(v.facts.period)}:${v.status}`);
}
