import { toDayNumber } from "../../calendar/dayNumber";
import { compareCodePoints } from "../../collections/compareCodePoints";
import type { Verdict } from "../../model/verdict";
import type { MemberContext } from "../memberContext";
import { memberVerdict } from "../verdictBuilder";

/**
 * `M-SELF-REPORT` (ZZ47-BD 三(二)): each year the member reports their
 * community activity to their party organisation and explains it at the
 * 组织生活会. A warning only.
 */
export function decideSelfReport(ctx: MemberContext): Verdict {
  const yearEnd = ctx.yearEnd;
  if (!ctx.params.selfReportRequired) {
    return memberVerdict(ctx, "M-SELF-REPORT", {
      status: "not-applicable",
      reason: "not-required",
      severity: "warning",
      explanation: {
        zh: "本版本不检查党员年度情况报告。",
        en: "The edition does not check the yearly self-report.",
      },
    });
  }
  const report = ctx.records.selfReports
    .filter((r) => r.year === ctx.year && (r.date === undefined || toDayNumber(r.date) <= ctx.asOf))
    .sort((a, b) => compareCodePoints(a.id, b.id))
    .find(() => true);
  const fix = ctx.yearOpen
    ? {
        by: yearEnd,
        zh: `${yearEnd} 前向机关党组织报告参加社区活动情况，并在组织生活会上汇报说明`,
        en: `report the year's community activity to the party organisation and explain it at the 组织生活会 by ${yearEnd}`,
      }
    : undefined;
  if (!report) {
    return memberVerdict(ctx, "M-SELF-REPORT", {
      due: yearEnd,
      // Due at the year's end: not yet due is pending (RULES.md), missing only after it.
      status: ctx.yearOpen ? "pending" : "unmet",
      reason: ctx.yearOpen ? "not-yet-due" : "missing",
      severity: "warning",
      provisional: ctx.yearOpen,
      explanation: {
        zh: `没有 ${ctx.year} 年度参加社区活动情况的报告记录。`,
        en: `No self-report of community activity on record for ${ctx.year}.`,
      },
      ...(fix && { fix }),
    });
  }
  const facts = {
    reportedToOrganisation: report.reportedToOrganisation,
    explainedAtLifeMeeting: report.explainedAtLifeMeeting,
  };
  if (report.reportedToOrganisation && report.explainedAtLifeMeeting) {
    return memberVerdict(ctx, "M-SELF-REPORT", {
      due: yearEnd,
      status: "met",
      severity: "warning",
      recordIds: [report.id],
      facts,
      explanation: {
        zh: `已向机关党组织报告 ${ctx.year} 年参加社区活动情况，并在组织生活会上作了说明。`,
        en: `Reported the ${ctx.year} community activity to the party organisation and explained it at the 组织生活会.`,
      },
    });
  }
  return memberVerdict(ctx, "M-SELF-REPORT", {
    due: yearEnd,
    status: "unmet",
    reason: report.reportedToOrganisation ? "not-explained" : "not-reported",
    severity: "warning",
    provisional: ctx.yearOpen,
    recordIds: [report.id],
    facts,
    explanation: report.reportedToOrganisation
      ? {
          zh: "已书面报告，但未在组织生活会上汇报说明。",
          en: "Reported, but not explained at the 组织生活会.",
        }
      : {
          zh: "未向机关党组织报告参加社区活动情况。",
          en: "Did not report community activity to the party organisation.",
        },
    ...(fix && { fix }),
  });
}
