import { fromDayNumber, monthOfDay, yearOfDay } from "../../calendar/dayNumber";
import type { Verdict } from "../../model/verdict";
import { type MemberContext, residenceOn } from "../memberContext";
import { memberVerdict } from "../verdictBuilder";
import { countableServices } from "./countableServices";

/** The services the member owes this year: the edition's count, pro-rated for a late joiner if the edition says so. */
export function requiredServices(ctx: MemberContext): number {
  const perYear = ctx.params.servicesPerYear;
  if (!ctx.params.proRateServicesForLateJoiners || ctx.inScopeFrom === undefined) return perYear;
  if (yearOfDay(ctx.inScopeFrom) !== ctx.year) return perYear;
  const monthsInScope = 13 - monthOfDay(ctx.inScopeFrom);
  return Math.ceil((perYear * monthsInScope) / 12);
}

/**
 * `M-SERVICE-YEAR` (ZZ47-BD 二(二)): at least `servicesPerYear` countable
 * services in the calendar year. The duty is due at the year's end, so while
 * the year is open a shortfall is `pending` (not yet due), with how many more
 * are needed, where, and by when; only after the year's end is it `unmet`.
 */
export function decideServiceYear(ctx: MemberContext): Verdict {
  const { countable, excluded, inYear } = countableServices(ctx);
  const required = requiredServices(ctx);
  const facts = {
    required,
    counted: countable.length,
    servicesInYear: inYear.length,
    countedServiceDates: countable.map((s) => fromDayNumber(s.day)),
    countedServiceIds: countable.map((s) => s.record.id),
  };
  const recordIds = countable.map((s) => s.record.id);
  const yearEnd = ctx.yearEnd;
  if (countable.length >= required) {
    return memberVerdict(ctx, "M-SERVICE-YEAR", {
      due: yearEnd,
      status: "met",
      recordIds,
      excluded,
      facts,
      explanation: {
        zh: `${ctx.year} 年在居住地社区参加志愿服务 ${countable.length} 次，不少于 ${required} 次。`,
        en: `${countable.length} countable service(s) in the residential community in ${ctx.year}; at least ${required} required.`,
      },
    });
  }
  const short = required - countable.length;
  const shortFacts = { ...facts, shortfall: short };
  if (ctx.yearOpen) {
    const home = residenceOn(ctx, Math.min(ctx.asOf, ctx.yearLast));
    const where = home ? `${home.record.district}${home.record.communityName}` : "居住地社区";
    return memberVerdict(ctx, "M-SERVICE-YEAR", {
      due: yearEnd,
      status: "pending",
      reason: "not-yet-due",
      provisional: true,
      recordIds,
      excluded,
      facts: shortFacts,
      explanation: {
        zh: `${ctx.year} 年尚未结束，目前可计入的志愿服务 ${countable.length} 次，还差 ${short} 次（要求 ${required} 次）。`,
        en: `${ctx.year} is not over; ${countable.length} countable service(s) so far, ${short} short of the ${required} required.`,
      },
      fix: {
        by: yearEnd,
        zh: `${yearEnd} 前在${where}再参加 ${short} 次志愿服务`,
        en: `${short} more service(s) in ${where} by ${yearEnd}`,
      },
    });
  }
  return memberVerdict(ctx, "M-SERVICE-YEAR", {
    due: yearEnd,
    status: "unmet",
    reason: "count-short",
    recordIds,
    excluded,
    facts: shortFacts,
    explanation: {
      zh: `${ctx.year} 年可计入的志愿服务只有 ${countable.length} 次，少于要求的 ${required} 次。`,
      en: `Only ${countable.length} countable service(s) in ${ctx.year}; ${required} required.`,
    },
  });
}
