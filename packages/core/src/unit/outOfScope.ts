import { fromDayNumber } from "../calendar/dayNumber";
import type { Verdict, VerdictRuleId } from "../model/verdict";
import type { UnitContext } from "./unitContext";
import { capitalise, dutySeverity, unitVerdict } from "./unitVerdict";

/** Why the unit programme does not apply to this unit-year, if it does not. */
export function outOfScopeReason(ctx: UnitContext): { reason: string; zh: string; en: string } | undefined {
  if (ctx.yearLast < ctx.programmeStart) {
    const start = fromDayNumber(ctx.programmeStart);
    return {
      reason: "before-programme-start",
      zh: `共驻共建工作自 ${start} 开始，本年度不适用`,
      en: `the programme starts on ${start}, after this year`,
    };
  }
  if (ctx.inScopeFrom !== undefined && ctx.inScopeFrom > ctx.yearLast) {
    const from = fromDayNumber(ctx.inScopeFrom);
    return {
      reason: "before-unit-start",
      zh: `本单位 ${from} 起才纳入范围`,
      en: `the unit is in scope only from ${from}`,
    };
  }
  return undefined;
}

/** A rule as not applicable, with the one reason. */
export function outOfScopeVerdict(
  ctx: UnitContext,
  ruleId: VerdictRuleId,
  why: { reason: string; zh: string; en: string },
): Verdict {
  return unitVerdict(ctx, ruleId, {
    status: "not-applicable",
    reason: why.reason,
    severity: dutySeverity(ctx, ruleId),
    facts: { outOfScope: true, programmeStart: fromDayNumber(ctx.programmeStart) },
    explanation: { zh: `${why.zh}。`, en: `${capitalise(why.en)}.` },
  });
}
