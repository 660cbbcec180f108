import { fromDayNumber } from "../../calendar/dayNumber";
import type { Verdict } from "../../model/verdict";
import { pendingOf, triggerOf, uniqueItems, yearNotOver } from "../../rules/consequenceItems";
import type { UnitContext } from "../unitContext";
import { unitVerdict } from "../unitVerdict";
import {
  inquiryTriggers,
  provisionalLabels,
  triggersAmong,
  uniqueLabels,
  verdictPlace,
} from "./consequenceTriggers";

/**
 * `U-AWARD-BAR` (ZZ47-GJ 四.4): "达不到要求或有负面反映的，经调查属实，取消评先推优资格".
 * `unmet` means the unit loses its eligibility for awards (评先推优) this
 * year: a rule of `unit.awardBarRules` is unmet (default: `U-REPORT-STREET`,
 * `U-PAIR-COMMUNITY`, `U-RECEIPT` and any period of the three frequency
 * rules), or a year-end inquiry answer is a verified negative report.
 * `pending` means nothing bars it yet but something still may.
 */
export function decideAwardBar(ctx: UnitContext, duties: readonly Verdict[], inquiry: Verdict): Verdict {
  const short = triggersAmong(duties, ctx.params.awardBarRules);
  const negative = inquiryTriggers(inquiry);
  const firm = [...short.firm, ...negative.firm];
  const maybe = [...short.provisional, ...negative.provisional];
  const grounds = [
    ...(short.firm.length > 0 ? ["falls-short"] : []),
    ...(negative.firm.length > 0 ? ["negative-report"] : []),
  ];
  const provisionalTriggers = provisionalLabels(ctx, maybe);
  const pending = uniqueItems([
    ...maybe.map(pendingOf),
    ...(ctx.yearOpen ? [yearNotOver("U-AWARD-BAR", fromDayNumber(ctx.yearLast))] : []),
  ]);
  const facts = {
    barred: firm.length > 0,
    provisional: firm.length === 0 && pending.length > 0,
    grounds,
    triggers: uniqueItems(firm.map(triggerOf)),
    pending,
    where: firm.map(verdictPlace),
    awardBarRules: [...ctx.params.awardBarRules],
  };
  if (firm.length > 0) {
    return unitVerdict(ctx, "U-AWARD-BAR", {
      status: "unmet",
      reason: grounds.join("+"),
      recordIds: firm.flatMap((v) => v.recordIds),
      facts,
      triggeredBy: uniqueLabels(firm),
      explanation: {
        zh: `${ctx.year} 年${short.firm.length > 0 ? "达不到要求" : ""}${grounds.length > 1 ? "且" : ""}${negative.firm.length > 0 ? "有经调查属实的负面反映" : ""}（${facts.where.join("；")}），取消评先推优资格。`,
        en: `Not eligible for awards in ${ctx.year}: ${[
          ...(short.firm.length > 0 ? ["falls short of the requirements"] : []),
          ...(negative.firm.length > 0 ? ["a verified negative report"] : []),
        ].join(" and ")} (${facts.where.join("; ")}).`,
      },
      tasks: [
        { kind: "award-bar", zh: "取消当年评先推优资格", en: "remove from this year's award nominations" },
      ],
    });
  }
  if (provisionalTriggers.length > 0) {
    return unitVerdict(ctx, "U-AWARD-BAR", {
      status: "pending",
      reason: "provisional",
      provisional: true,
      recordIds: maybe.flatMap((v) => v.recordIds),
      facts,
      triggeredBy: provisionalTriggers,
      explanation: {
        zh: `评先推优资格尚未确定（${provisionalTriggers.join("；")}）。`,
        en: `Award eligibility is not settled yet (${provisionalTriggers.join("; ")}).`,
      },
    });
  }
  return unitVerdict(ctx, "U-AWARD-BAR", {
    status: "met",
    facts,
    explanation: {
      zh: `${ctx.year} 年达到共驻共建要求且没有经调查属实的负面反映，不影响评先推优。`,
      en: `Meets the co-building requirements in ${ctx.year} with no verified negative report: eligible for awards.`,
    },
  });
}
