import { fromDayNumber } from "../../calendar/dayNumber";
import type { Verdict } from "../../model/verdict";
import { pendingOf, triggerOf, uniqueItems, yearNotOver } from "../../rules/consequenceItems";
import type { UnitContext } from "../unitContext";
import { unitVerdict } from "../unitVerdict";
import {
  inquiryTriggers,
  provisionalLabels,
  type Triggers,
  triggersAmong,
  uniqueLabels,
  verdictPlace,
} from "./consequenceTriggers";

/** The three grounds of a supervision order in ZZ47-GJ 四.3. */
export type SupervisionTrigger = "slow" | "poor" | "no-result";

const TRIGGER_WORDS: Record<SupervisionTrigger, { zh: string; en: string }> = {
  slow: { zh: "行动迟缓", en: "acting slowly" },
  poor: { zh: "工作不力", en: "working poorly" },
  "no-result": { zh: "成效不明显", en: "no clear result" },
};

/**
 * `U-SUPERVISE` (ZZ47-GJ 四.3): 工委 issues a supervision order (督办单) to
 * units that act slowly, work poorly or show no clear result, and interviews
 * those responsible. `unmet` means the unit is a candidate for an order, with
 * which triggers fired and the verdicts behind them; `pending` means nothing
 * has fired yet but something still may (the year is open or an
 * investigation is pending); `met` means no trigger. The triggers are the
 * edition's: `unit.supervisionSlowRules` (default: `U-REPORT-STREET` or
 * `U-RECEIPT` unmet — late, overdue or missing), `unit.supervisionPoorRules`
 * (default: any period of a frequency rule missed), and
 * `unit.supervisionOnNegativeInquiry` (a verified negative inquiry answer).
 */
export function decideSupervise(ctx: UnitContext, duties: readonly Verdict[], inquiry: Verdict): Verdict {
  const p = ctx.params;
  const grounds: Record<SupervisionTrigger, Triggers> = {
    slow: triggersAmong(duties, p.supervisionSlowRules),
    poor: triggersAmong(duties, p.supervisionPoorRules),
    "no-result": p.supervisionOnNegativeInquiry ? inquiryTriggers(inquiry) : { firm: [], provisional: [] },
  };
  const keys = Object.keys(grounds) as SupervisionTrigger[];
  const fired = keys.filter((k) => grounds[k].firm.length > 0);
  const firm = keys.flatMap((k) => grounds[k].firm);
  const maybe = keys.flatMap((k) => grounds[k].provisional);
  const provisionalTriggers = provisionalLabels(ctx, maybe);
  const pending = uniqueItems([
    ...maybe.map(pendingOf),
    ...(ctx.yearOpen ? [yearNotOver("U-SUPERVISE", fromDayNumber(ctx.yearLast))] : []),
  ]);
  const facts = {
    candidate: fired.length > 0,
    provisional: fired.length === 0 && pending.length > 0,
    grounds: fired,
    triggers: uniqueItems(firm.map(triggerOf)),
    pending,
    slow: uniqueLabels(grounds.slow.firm),
    poor: uniqueLabels(grounds.poor.firm),
    noResult: uniqueLabels(grounds["no-result"].firm),
    where: firm.map(verdictPlace),
    slowRules: [...p.supervisionSlowRules],
    poorRules: [...p.supervisionPoorRules],
    onNegativeInquiry: p.supervisionOnNegativeInquiry,
  };
  if (fired.length > 0) {
    const words = {
      zh: fired.map((k) => TRIGGER_WORDS[k].zh).join("、"),
      en: fired.map((k) => TRIGGER_WORDS[k].en).join(", "),
    };
    return unitVerdict(ctx, "U-SUPERVISE", {
      status: "unmet",
      reason: fired.join("+"),
      recordIds: firm.flatMap((v) => v.recordIds),
      facts,
      triggeredBy: uniqueLabels(firm),
      explanation: {
        zh: `属于${words.zh}的情形（${facts.where.join("；")}），应下发督办单并约谈有关负责同志。`,
        en: `A supervision-order candidate for ${words.en} (${facts.where.join("; ")}): issue a supervision order and interview those responsible.`,
      },
      tasks: [
        { kind: "supervision-order", zh: "下发督办单", en: "issue a supervision order (督办单)" },
        { kind: "interview", zh: "约谈有关负责同志", en: "interview those responsible" },
      ],
    });
  }
  if (provisionalTriggers.length > 0) {
    return unitVerdict(ctx, "U-SUPERVISE", {
      status: "pending",
      reason: "provisional",
      provisional: true,
      recordIds: maybe.flatMap((v) => v.recordIds),
      facts,
      triggeredBy: provisionalTriggers,
      explanation: {
        zh: `目前没有下发督办单的情形，但尚未确定（${provisionalTriggers.join("；")}）。`,
        en: `No ground for a supervision order so far, but it is not settled (${provisionalTriggers.join("; ")}).`,
      },
    });
  }
  return unitVerdict(ctx, "U-SUPERVISE", {
    status: "met",
    facts,
    explanation: {
      zh: `${ctx.year} 年没有行动迟缓、工作不力、成效不明显的情形。`,
      en: `No slowness, poor work or lack of result in ${ctx.year}: no supervision order.`,
    },
  });
}
