import { fromDayNumber } from "../calendar/dayNumber";
import type { Verdict } from "../model/verdict";
import { MEMBER_RULE_IDS } from "./memberAssessment";
import type { MemberContext } from "./memberContext";
import { memberVerdict } from "./verdictBuilder";

/** Why the member programme does not apply to this member-year, if it does not. */
export function outOfScopeReason(ctx: MemberContext): { reason: string; zh: string; en: string } | undefined {
  if (!ctx.records.member.inService) {
    return {
      reason: "not-in-service",
      zh: "非在职党员，不在报到范围内",
      en: "not an in-service member, so out of scope",
    };
  }
  if (ctx.yearLast < ctx.programmeStart) {
    const start = fromDayNumber(ctx.programmeStart);
    return {
      reason: "before-programme",
      zh: `工作自 ${start} 开始，本年度不适用`,
      en: `the programme starts on ${start}, after this year`,
    };
  }
  if (ctx.inScopeFrom !== undefined && ctx.inScopeFrom > ctx.yearLast) {
    const from = fromDayNumber(ctx.inScopeFrom);
    return { reason: "not-yet-in-scope", zh: `${from} 起才纳入范围`, en: `in scope only from ${from}` };
  }
  return undefined;
}

/** Every member rule as not applicable, with the one reason. */
export function outOfScopeVerdicts(
  ctx: MemberContext,
  why: { reason: string; zh: string; en: string },
): Verdict[] {
  return MEMBER_RULE_IDS.map((ruleId) =>
    memberVerdict(ctx, ruleId, {
      status: "not-applicable",
      reason: why.reason,
      facts: { outOfScope: true, inService: ctx.records.member.inService },
      explanation: { zh: `${why.zh}。`, en: `${why.en[0]?.toUpperCase()}${why.en.slice(1)}.` },
    }),
  );
}
