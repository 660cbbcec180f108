import { fromDayNumber, yearOfDay } from "../../calendar/dayNumber";
import type { Verdict } from "../../model/verdict";
import { firstReportDue, type MemberContext, residenceOn, validReports } from "../memberContext";
import { excludedRecord, memberVerdict } from "../verdictBuilder";

/**
 * `M-REPORT` (ZZ47-BD 二(一), ZWJ31): the member reports to the party
 * organisation of the community they live in by the deadline (inclusive). A
 * report after it is `late`; none by the end of the year is `missing`; none yet
 * while the year is open is `overdue`. A deadline after the year's end is
 * judged in the year it falls (`pending`, `due-next-year`, in the earlier
 * one). Reporting is a one-time duty: once done in an earlier year it stays met.
 */
export function decideReport(ctx: MemberContext): Verdict {
  const due = firstReportDue(ctx);
  const dueText = fromDayNumber(due);
  const { valid, wrongCommunity } = validReports(ctx);
  const excluded = wrongCommunity
    .filter((r) => r.day <= ctx.yearLast)
    .map((r) =>
      excludedRecord(
        r.record.id,
        "not-residence-community",
        `报到社区 ${r.record.communityId} 不是党员 ${fromDayNumber(r.day)} 当天的居住地社区`,
        `reported to ${r.record.communityId}, which is not where the member lived on ${fromDayNumber(r.day)}`,
      ),
    );
  const home = residenceOn(ctx, Math.min(ctx.asOf, ctx.yearLast));
  const homeName = home ? `${home.record.district}${home.record.communityName}` : "居住地社区";
  const facts = {
    deadline: dueText,
    deadlineParameter: ctx.inScopeFrom === undefined ? "member.reportDeadline" : "member.reReportGraceMonths",
    inScopeFrom: ctx.inScopeFrom === undefined ? null : fromDayNumber(ctx.inScopeFrom),
    residenceCommunity: home ? home.record.communityId : null,
  };
  const first = valid.find((r) => r.day <= ctx.yearLast);

  if (first) {
    const reportDate = fromDayNumber(first.day);
    const receipt = first.record.receiptHandedInOn ?? null;
    // Written out rather than spread from `facts`: a spread copy is slow on this path.
    const reportFacts = {
      deadline: facts.deadline,
      deadlineParameter: facts.deadlineParameter,
      inScopeFrom: facts.inScopeFrom,
      residenceCommunity: facts.residenceCommunity,
      reportDate,
      reportCommunity: first.record.communityId,
      receiptHandedInOn: receipt,
    };
    const reported = (
      status: "met" | "unmet",
      reason: string | undefined,
      explanation: Verdict["explanation"],
    ) =>
      memberVerdict(ctx, "M-REPORT", {
        due: dueText,
        recordIds: [first.record.id],
        excluded,
        facts: reportFacts,
        status,
        reason,
        explanation,
      });
    if (first.day <= due) {
      return reported("met", undefined, {
        zh: `${reportDate} 已到居住地社区报到，未超过截止日期 ${dueText}。`,
        en: `Reported to the residential community on ${reportDate}, by the deadline ${dueText}.`,
      });
    }
    if (yearOfDay(first.day) < ctx.year) {
      return reported("met", "reported-in-earlier-year", {
        zh: `已于 ${reportDate} 报到（晚于 ${dueText}，迟报计入当年），本年度报到义务已履行。`,
        en: `Reported on ${reportDate} (after ${dueText}; the lateness counted in that year), so the duty stands fulfilled this year.`,
      });
    }
    return reported("unmet", "late", {
      zh: `${reportDate} 才到居住地社区报到，晚于截止日期 ${dueText}（迟报）。`,
      en: `Reported on ${reportDate}, after the deadline ${dueText} (late).`,
    });
  }

  // A deadline after the year's end (in scope from 12-10, due in January) is
  // judged in the year it falls: here it is pending, and no trigger.
  if (due > ctx.yearLast) {
    return memberVerdict(ctx, "M-REPORT", {
      due: dueText,
      status: "pending",
      reason: "due-next-year",
      provisional: ctx.yearOpen,
      excluded,
      facts,
      explanation: {
        zh: `报到截止日期 ${dueText} 在 ${ctx.year} 年之后，按截止日期所在年度评定。`,
        en: `The report is due on ${dueText}, after ${ctx.year}; it is judged in the year of its deadline.`,
      },
      ...(ctx.asOf <= due && {
        fix: {
          by: dueText,
          zh: `${dueText} 前到${homeName}报到`,
          en: `report to ${homeName} by ${dueText}`,
        },
      }),
    });
  }
  // The deadline day itself is still in time.
  if (ctx.asOf <= due) {
    return memberVerdict(ctx, "M-REPORT", {
      due: dueText,
      status: "pending",
      reason: "not-yet-due",
      provisional: true,
      excluded,
      facts,
      explanation: {
        zh: `尚未报到，截止日期 ${dueText} 未到。`,
        en: `Not reported yet; the deadline ${dueText} has not passed.`,
      },
      fix: {
        by: dueText,
        zh: `${dueText} 前到${homeName}报到`,
        en: `report to ${homeName} by ${dueText}`,
      },
    });
  }
  const yearEnd = ctx.yearEnd;
  if (ctx.yearOpen) {
    return memberVerdict(ctx, "M-REPORT", {
      due: dueText,
      status: "unmet",
      reason: "overdue",
      provisional: true,
      excluded,
      facts,
      explanation: {
        zh: `截止日期 ${dueText} 已过仍未报到；年底前仍未报到即为“没有报到”。`,
        en: `Not reported although the deadline ${dueText} has passed; still none by year end counts as not reported.`,
      },
      fix: {
        by: yearEnd,
        zh: `尽快到${homeName}报到（${yearEnd} 前报到按迟报计，不再算“没有报到”）`,
        en: `report to ${homeName} as soon as possible; by ${yearEnd} it counts as late, not missing`,
      },
    });
  }
  return memberVerdict(ctx, "M-REPORT", {
    due: dueText,
    status: "unmet",
    reason: "missing",
    excluded,
    facts,
    explanation: {
      zh: `截至 ${yearEnd} 没有到居住地社区报到（截止日期 ${dueText}）。`,
      en: `No report to the residential community by ${yearEnd} (deadline ${dueText}).`,
    },
  });
}
