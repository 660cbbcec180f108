import { fromDayNumber } from "../../calendar/dayNumber";
import type { ExcludedRecord, Verdict } from "../../model/verdict";
import { excludedRecord } from "../../rules/buildVerdict";
import { investigationStatusOn } from "../../rules/investigationStatusOn";
import { datedAndSorted, type MemberContext } from "../memberContext";
import { memberVerdict } from "../verdictBuilder";

/**
 * `M-FEEDBACK` (ZZ47-BD 三(一), 三(四)): the community's feedback on the member.
 * A verified negative report in an area the edition counts leaves it unmet; one
 * still under investigation is treated as the edition says (by default it makes
 * the verdict pending, never silently negative or positive).
 */
export function decideFeedback(ctx: MemberContext): Verdict {
  const cutoff = Math.min(ctx.asOf, ctx.yearLast);
  const items = datedAndSorted(ctx.records.feedback, (f) => f.date).filter(
    (f) => f.day >= ctx.yearFirst && f.day <= cutoff,
  );
  const areas = ctx.params.negativeFeedbackAreas;
  const reading = ctx.params.pendingInvestigation;
  const verified: string[] = [];
  const pending: string[] = [];
  const excluded: ExcludedRecord[] = [];
  for (const { record } of items) {
    if (record.kind !== "negative") continue;
    const status = investigationStatusOn(record, ctx.asOf);
    if (!areas.includes(record.area)) {
      excluded.push(
        excludedRecord(
          record.id,
          "area-not-counted",
          `${record.area} 方面不在本版本计入的范围`,
          `the edition does not count the area ${record.area}`,
        ),
      );
    } else if (status === "verified" || (status === "pending" && reading === "as-verified")) {
      verified.push(record.id);
    } else if (status === "pending" && reading === "provisional") {
      pending.push(record.id);
    } else if (status === "pending") {
      excluded.push(
        excludedRecord(
          record.id,
          "pending-ignored",
          "尚在调查，本版本不予考虑",
          "still under investigation; the edition ignores it",
        ),
      );
    } else {
      excluded.push(
        excludedRecord(record.id, "unfounded", "经调查不属实", "found unfounded on investigation"),
      );
    }
  }
  const outstanding = items.filter((f) => f.record.kind === "outstanding").map((f) => f.record.id);
  const facts = {
    pendingInvestigationReading: reading,
    negativeFeedbackAreas: [...ctx.params.negativeFeedbackAreas],
    verifiedNegative: verified,
    pendingNegative: pending,
    outstanding,
    asOf: Number.isFinite(ctx.asOf) ? fromDayNumber(ctx.asOf) : null,
  };
  const recordIds = items.map((f) => f.record.id);
  const verifiedIds = new Set(verified);
  if (verified.length > 0) {
    return memberVerdict(ctx, "M-FEEDBACK", {
      status: "unmet",
      reason: items.some(
        (f) => verifiedIds.has(f.record.id) && investigationStatusOn(f.record, ctx.asOf) === "pending",
      )
        ? "pending-treated-as-verified"
        : "verified-negative",
      recordIds,
      excluded,
      facts,
      explanation: {
        zh: `有 ${verified.length} 条负面反映经调查属实。`,
        en: `${verified.length} negative report(s) verified on investigation.`,
      },
    });
  }
  if (pending.length > 0) {
    return memberVerdict(ctx, "M-FEEDBACK", {
      status: "pending",
      reason: "investigation-pending",
      provisional: true,
      recordIds,
      excluded,
      facts,
      explanation: {
        zh: `有 ${pending.length} 条负面反映尚在调查，结论未出。`,
        en: `${pending.length} negative report(s) still under investigation.`,
      },
    });
  }
  return memberVerdict(ctx, "M-FEEDBACK", {
    status: "met",
    recordIds,
    excluded,
    facts,
    explanation: {
      zh: `本年度没有经调查属实的负面反映${outstanding.length > 0 ? `，有 ${outstanding.length} 条突出表现` : ""}。`,
      en: `No verified negative report this year${outstanding.length > 0 ? `; ${outstanding.length} outstanding report(s)` : ""}.`,
    },
  });
}
