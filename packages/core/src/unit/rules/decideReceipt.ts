import { fromDayNumber } from "../../calendar/dayNumber";
import type { Verdict } from "../../model/verdict";
import { decideOneTimeDuty } from "../oneTimeDuty";
import { oneTimeDue, type UnitContext } from "../unitContext";

/**
 * `U-RECEIPT` (ZZ47-GJ 四.1, ZWJ31): the receipt stub (回执联) of the unit's
 * reporting form is handed in for filing — by a unit under 工委 to 工委
 * (`unit.receiptDeadline`), by a subordinate unit to its 机关党委
 * (`unit.subordinateReceiptDeadline`; ZWJ31: "10月18日前", on or before
 * 2019-10-18). With no date set it is due by the end of the year the unit came
 * into scope.
 */
export function decideReceipt(ctx: UnitContext): Verdict {
  const parameter = ctx.subordinate ? "subordinateReceiptDeadline" : "receiptDeadline";
  const due = oneTimeDue(ctx, ctx.params[parameter]);
  const first = ctx.receipts.find((r) => r.day <= ctx.yearLast);
  const keeper = ctx.subordinate ? { zh: "机关党委", en: "the 机关党委" } : { zh: "工委", en: "工委" };
  return decideOneTimeDuty(ctx, {
    ruleId: "U-RECEIPT",
    first,
    due,
    deadlineParameter: `unit.${parameter}`,
    duty: {
      zh: `将报到单回执联交${keeper.zh}备案`,
      en: `hand the reporting receipt stub to ${keeper.en} for filing`,
    },
    done: (r) => ({
      zh: `${fromDayNumber(r.day)} 将报到单回执联交${r.record.recipient ?? keeper.zh}`,
      en: `Handed the receipt stub to ${r.record.recipient ?? keeper.en} on ${fromDayNumber(r.day)}`,
    }),
    facts: {
      subordinate: ctx.subordinate,
      parentUnitId: ctx.records.unit.parentUnitId ?? null,
      handedInOn: first ? fromDayNumber(first.day) : null,
      recipient: first?.record.recipient ?? null,
    },
  });
}
