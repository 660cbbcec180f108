import { addMonthsClamped } from "../../calendar/addMonthsClamped";
import { type DayNumber, fromDayNumber } from "../../calendar/dayNumber";
import { firstIndexWhere } from "../../collections/firstIndexWhere";
import type { MoveFacts, Verdict } from "../../model/verdict";
import { type Dated, type MemberContext, validReports } from "../memberContext";
import { memberVerdict } from "../verdictBuilder";

/** How one move's re-report stands. */
export type MoveStatus = "met" | "late" | "missing" | "overdue" | "pending";

/** A move of residence into a new community, and the re-report it calls for. */
export interface MoveOutcome {
  residenceId: string;
  communityId: string;
  communityName: string;
  moveDay: DayNumber;
  /** The day the member moved on again (`Infinity` if not). */
  nextMoveDay: DayNumber;
  due: DayNumber;
  reportId?: string;
  reportDay?: DayNumber;
  status: MoveStatus;
}

/**
 * The moves that call for a re-report and how each stands. A move calls for
 * one only after the member's first report ("首次报到后") and from the
 * programme start on.
 */
export function moveOutcomes(ctx: MemberContext): MoveOutcome[] {
  const { valid } = validReports(ctx);
  const firstReport = valid[0];
  if (!firstReport) return [];
  const outcomes: MoveOutcome[] = [];
  ctx.residences.forEach((residence, index) => {
    const previous = ctx.residences[index - 1];
    if (!previous || previous.record.communityId === residence.record.communityId) return;
    if (residence.day <= firstReport.day || residence.day < ctx.programmeStart || residence.day > ctx.asOf)
      return;
    const nextMove = ctx.residences[index + 1]?.day ?? Number.POSITIVE_INFINITY;
    const due = addMonthsClamped(residence.day, ctx.params.reReportGraceMonths);
    // The year's end cuts: a re-report made only after it is missing for this
    // year, not late (late is after the deadline but within the year).
    const until = Math.min(nextMove, ctx.yearLast + 1);
    const report = firstReportBetween(valid, residence.day, until, residence.record.communityId);
    const outcome: MoveOutcome = {
      residenceId: residence.record.id,
      communityId: residence.record.communityId,
      communityName: `${residence.record.district}${residence.record.communityName}`,
      moveDay: residence.day,
      nextMoveDay: nextMove,
      due,
      status: "met",
    };
    // A re-report due after the year's end (a move on 12-31) is judged in the
    // year its deadline falls: pending in this one unless already made.
    const dueNextYear = due > ctx.yearLast;
    if (report) {
      outcome.reportId = report.record.id;
      outcome.reportDay = report.day;
      outcome.status = report.day <= due ? "met" : "late";
    } else if (dueNextYear || ctx.asOf <= due) {
      outcome.status = "pending";
    } else {
      outcome.status = ctx.yearOpen ? "overdue" : "missing";
    }
    outcomes.push(outcome);
  });
  return outcomes;
}

/**
 * The first report to a community on a day in `[from, until)`. Reports are
 * sorted by day: a binary search finds where to start, so a member with many
 * moves costs n·log n, not n².
 */
function firstReportBetween<R extends Dated<{ communityId: string }>>(
  reports: readonly R[],
  from: DayNumber,
  until: DayNumber,
  communityId: string,
): R | undefined {
  const start = firstIndexWhere(reports.length, (i) => (reports[i] as R).day >= from);
  for (let i = start; i < reports.length; i++) {
    const report = reports[i] as R;
    if (report.day >= until) return undefined;
    if (report.record.communityId === communityId) return report;
  }
  return undefined;
}

/** A move matters for a year when the member lived there during the year and it was not settled before. */
function isRelevant(ctx: MemberContext, move: MoveOutcome): boolean {
  if (move.moveDay > ctx.yearLast) return false;
  if (move.nextMoveDay <= ctx.yearFirst) return false;
  return move.reportDay === undefined || move.reportDay >= ctx.yearFirst;
}

function describeMove(move: MoveOutcome): MoveFacts {
  return {
    residenceId: move.residenceId,
    communityId: move.communityId,
    moveDate: fromDayNumber(move.moveDay),
    due: fromDayNumber(move.due),
    reportId: move.reportId ?? null,
    reportDate: move.reportDay === undefined ? null : fromDayNumber(move.reportDay),
    status: move.status,
  };
}

const STATUS_ORDER: MoveStatus[] = ["missing", "overdue", "late", "pending", "met"];

/**
 * `M-REREPORT` (ZZ47-BD 二(一)): after moving, the member reports to the new
 * community within one month (clamped to month end). One verdict per year over
 * all moves that matter for it; the worst move decides.
 */
export function decideReReport(ctx: MemberContext): Verdict {
  const moves = moveOutcomes(ctx).filter((m) => isRelevant(ctx, m));
  const facts = {
    graceMonths: ctx.params.reReportGraceMonths,
    moves: moves.map(describeMove),
    moveStatuses: moves.map((m) => m.status),
  };
  const recordIds = moves.flatMap((m) => (m.reportId ? [m.residenceId, m.reportId] : [m.residenceId]));
  if (moves.length === 0) {
    return memberVerdict(ctx, "M-REREPORT", {
      status: "not-applicable",
      reason: "no-move",
      facts,
      explanation: {
        zh: "本年度没有需要重新报到的居住地变化。",
        en: "No change of residence this year that calls for a re-report.",
      },
    });
  }
  const worst = STATUS_ORDER.find((s) => moves.some((m) => m.status === s)) as MoveStatus;
  const move = moves.find((m) => m.status === worst) as MoveOutcome;
  const moveText = fromDayNumber(move.moveDay);
  const dueText = fromDayNumber(move.due);
  const reportText = move.reportDay === undefined ? "" : fromDayNumber(move.reportDay);
  const yearEnd = ctx.yearEnd;
  switch (worst) {
    case "met":
      return memberVerdict(ctx, "M-REREPORT", {
        due: dueText,
        status: "met",
        recordIds,
        facts,
        explanation: {
          zh: `居住地变化后均在一个月内到新社区重新报到（最近一次 ${moveText} 迁入，${reportText} 报到）。`,
          en: `Re-reported to the new community within a month of every move (latest: moved ${moveText}, reported ${reportText}).`,
        },
      });
    case "pending":
      return memberVerdict(ctx, "M-REREPORT", {
        due: dueText,
        status: "pending",
        reason: move.due > ctx.yearLast ? "due-next-year" : "not-yet-due",
        provisional: ctx.yearOpen,
        recordIds,
        facts,
        explanation: {
          zh: `${moveText} 迁入${move.communityName}，重新报到截止日期 ${dueText} 未到。`,
          en: `Moved to ${move.communityName} on ${moveText}; the re-report is due by ${dueText}.`,
        },
        ...(ctx.asOf <= move.due && {
          fix: {
            by: dueText,
            zh: `${dueText} 前到${move.communityName}报到`,
            en: `report to ${move.communityName} by ${dueText}`,
          },
        }),
      });
    case "late":
      return memberVerdict(ctx, "M-REREPORT", {
        due: dueText,
        status: "unmet",
        reason: "late",
        recordIds,
        facts,
        explanation: {
          zh: `${moveText} 迁入${move.communityName}，${reportText} 才重新报到，超过一个月（截止 ${dueText}）。`,
          en: `Moved to ${move.communityName} on ${moveText} but re-reported only on ${reportText}, after ${dueText}.`,
        },
      });
    case "overdue":
      return memberVerdict(ctx, "M-REREPORT", {
        due: dueText,
        status: "unmet",
        reason: "overdue",
        provisional: true,
        recordIds,
        facts,
        explanation: {
          zh: `${moveText} 迁入${move.communityName}，截止 ${dueText} 仍未重新报到。`,
          en: `Moved to ${move.communityName} on ${moveText} and not re-reported by ${dueText}.`,
        },
        fix: {
          by: yearEnd,
          zh: `尽快到${move.communityName}报到（${yearEnd} 前报到按迟报计）`,
          en: `report to ${move.communityName} as soon as possible; by ${yearEnd} it counts as late, not missing`,
        },
      });
    case "missing":
      return memberVerdict(ctx, "M-REREPORT", {
        due: dueText,
        status: "unmet",
        reason: "missing",
        recordIds,
        facts,
        explanation: {
          zh: `${moveText} 迁入${move.communityName}，截至 ${yearEnd} 没有重新报到（截止 ${dueText}）。`,
          en: `Moved to ${move.communityName} on ${moveText} and had not re-reported by ${yearEnd} (due ${dueText}).`,
        },
      });
  }
}
