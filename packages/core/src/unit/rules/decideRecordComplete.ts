import { fromDayNumber } from "../../calendar/dayNumber";
import type { Verdict } from "../../model/verdict";
import { activitiesInYear, fieldNames, paperShortfall, type UnitContext } from "../unitContext";
import { dutySeverity, excludedRecord, unitVerdict } from "../unitVerdict";

/**
 * `U-RECORD-COMPLETE` (ZZ47-GJ 四.1): each activity is recorded with its time,
 * place, project and content and participant list (`unit.recordRequiredFields`)
 * and signed and stamped by the street/community party organisation
 * (`unit.recordMustBeSignedAndStamped`). Lists every activity of the year whose
 * record falls short; whether such a record still counts toward a frequency is
 * `unit.incompleteRecordCounts` (by default it does not), and the frequency
 * verdicts say so for each record they set aside.
 */
export function decideRecordComplete(ctx: UnitContext): Verdict {
  const activities = activitiesInYear(ctx);
  const incomplete = activities.filter((a) => !a.paperComplete);
  const severity = dutySeverity(ctx, "U-RECORD-COMPLETE");
  const counts = ctx.params.incompleteRecordCounts;
  const required = fieldNames(ctx.params.recordRequiredFields);
  const facts = {
    activities: activities.length,
    incomplete: incomplete.map((a) => a.activity.id),
    requiredFields: [...ctx.params.recordRequiredFields],
    mustBeSignedAndStamped: ctx.params.recordMustBeSignedAndStamped,
    incompleteRecordCounts: counts,
  };
  const recordIds = activities.map((a) => a.activity.id);
  const standard = {
    zh: `时间${required.zh ? `、${required.zh}` : ""}${ctx.params.recordMustBeSignedAndStamped ? "，并经签字盖章" : ""}`,
    en: `time${required.en ? `, ${required.en}` : ""}${ctx.params.recordMustBeSignedAndStamped ? ", signed and stamped" : ""}`,
  };
  if (activities.length === 0) {
    return unitVerdict(ctx, "U-RECORD-COMPLETE", {
      status: "not-applicable",
      reason: "no-activities",
      severity,
      facts,
      explanation: {
        zh: `${ctx.year} 年没有共驻共建活动记录可供检查。`,
        en: `No co-building activity on record in ${ctx.year} to check.`,
      },
    });
  }
  if (incomplete.length === 0) {
    return unitVerdict(ctx, "U-RECORD-COMPLETE", {
      status: "met",
      severity,
      recordIds,
      facts,
      explanation: {
        zh: `${activities.length} 项活动记录均完整（${standard.zh}）。`,
        en: `All ${activities.length} activity record(s) are complete (${standard.en}).`,
      },
    });
  }
  const excluded = incomplete.map((a) => {
    const why = paperShortfall(a);
    return excludedRecord(
      a.activity.id,
      "record-incomplete",
      `${fromDayNumber(a.day)} 的活动记录${why.zh}${counts ? "（本版本仍计入次数）" : "，不计入次数"}`,
      `the record of ${fromDayNumber(a.day)}: ${why.en}${counts ? " (the edition still counts it)" : "; it does not count"}`,
    );
  });
  const yearEnd = fromDayNumber(ctx.yearLast);
  return unitVerdict(ctx, "U-RECORD-COMPLETE", {
    status: "unmet",
    reason: "incomplete-records",
    provisional: ctx.yearOpen,
    severity,
    recordIds,
    excluded,
    facts,
    explanation: {
      zh: `${activities.length} 项活动中有 ${incomplete.length} 项记录不完整（应有${standard.zh}）${counts ? "" : "，不计入活动次数"}。`,
      en: `${incomplete.length} of ${activities.length} activity record(s) are incomplete (required: ${standard.en})${counts ? "" : "; they do not count toward the frequencies"}.`,
    },
    ...(ctx.yearOpen && {
      fix: {
        by: yearEnd,
        zh: `补全活动记录 ${facts.incomplete.join("、")} 并请街道社区党组织负责同志签字盖章确认`,
        en: `complete the records ${facts.incomplete.join(", ")} and have them signed and stamped by the street/community party organisation`,
      },
    }),
  });
}
