import type { InScopeVerdictOf, Verdict, VerdictOf, VerdictRuleId } from "../model/verdict";
import { isOutOfScope } from "../model/verdict";

/** Anything that holds verdicts: a member, unit or dataset assessment, or a plain list. */
type HasVerdicts = { verdicts: readonly Verdict[] } | readonly Verdict[];

function listOf(source: HasVerdicts): readonly Verdict[] {
  return Array.isArray(source) ? source : (source as { verdicts: readonly Verdict[] }).verdicts;
}

/** The period ID (`2019-10`, `2019-Q4`, `2019-H2`) of a periodic rule's verdict, or null. */
export function periodIdOf(verdict: Verdict): string | null {
  const period = (verdict.facts as { period?: { id: string } }).period;
  return period === undefined ? null : period.id;
}

/** The first verdict of a rule, typed by the rule (e.g. `verdictOf(assessment, "M-SERVICE-YEAR").facts.counted`). */
export function verdictOf<R extends VerdictRuleId>(source: HasVerdicts, ruleId: R): VerdictOf<R> | undefined {
  return listOf(source).find((v): v is VerdictOf<R> => v.ruleId === ruleId);
}

/** The verdict of a periodic rule for one period (`verdictFor(assessment, "U-MEETING-QUARTER", "2019-Q4")`). */
export function verdictFor<R extends VerdictRuleId>(
  source: HasVerdicts,
  ruleId: R,
  periodId: string,
): VerdictOf<R> | undefined {
  return listOf(source).find((v): v is VerdictOf<R> => v.ruleId === ruleId && periodIdOf(v) === periodId);
}

/** A verdict with in-scope facts, or undefined when it is an out-of-scope verdict (or none). */
export function inScope<R extends VerdictRuleId>(
  verdict: VerdictOf<R> | undefined,
): InScopeVerdictOf<R> | undefined {
  return verdict === undefined || isOutOfScope(verdict.facts)
    ? undefined
    : (verdict as unknown as InScopeVerdictOf<R>);
}
