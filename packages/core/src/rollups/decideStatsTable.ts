import { fromDayNumber, toDayNumber, yearOfDay } from "../calendar/dayNumber";
import type { Edition } from "../editions/edition";
import type { VerdictOf } from "../model/verdict";
import { buildVerdict } from "../rules/buildVerdict";

/**
 * `M-STATS-TABLE` (ZZ47-BD 二(一), ZWJ31): the unit sends the statistics table
 * up by the edition's deadline (inclusive; 11-20 for the city, 11-10 under
 * ZWJ31). It is a duty of the deadline's year only.
 */
export function decideStatsTable(
  edition: Edition,
  unitId: string,
  year: number,
  submittedOn: string | undefined,
  asOf?: string,
): VerdictOf<"M-STATS-TABLE"> {
  const scope = { subject: { kind: "unit" as const, id: unitId }, year, edition };
  const deadlineText = edition.parameters.member.statsTableDeadline;
  const deadline = toDayNumber(deadlineText);
  const facts = { deadline: deadlineText, submittedOn: submittedOn ?? null, asOf: asOf ?? null };
  if (yearOfDay(deadline) !== year) {
    return buildVerdict(scope, "M-STATS-TABLE", {
      status: "not-applicable",
      reason: "no-deadline-this-year",
      facts,
      explanation: {
        zh: `统计表报送截止日期为 ${deadlineText}，${year} 年无此项要求。`,
        en: `The statistics table is due on ${deadlineText}; nothing is due in ${year}.`,
      },
    });
  }
  const today = asOf === undefined ? Number.POSITIVE_INFINITY : toDayNumber(asOf);
  const sent = submittedOn === undefined ? undefined : toDayNumber(submittedOn);
  if (sent !== undefined && sent <= today) {
    const onTime = sent <= deadline;
    return buildVerdict(scope, "M-STATS-TABLE", {
      status: onTime ? "met" : "unmet",
      ...(!onTime && { reason: "late" }),
      due: deadlineText,
      facts,
      explanation: onTime
        ? {
            zh: `${fromDayNumber(sent)} 已报送统计表，未超过 ${deadlineText}。`,
            en: `Table sent on ${fromDayNumber(sent)}, by ${deadlineText}.`,
          }
        : {
            zh: `${fromDayNumber(sent)} 才报送统计表，晚于 ${deadlineText}。`,
            en: `Table sent on ${fromDayNumber(sent)}, after ${deadlineText} (late).`,
          },
    });
  }
  if (today <= deadline) {
    return buildVerdict(scope, "M-STATS-TABLE", {
      status: "pending",
      reason: "not-yet-due",
      provisional: true,
      due: deadlineText,
      facts,
      explanation: {
        zh: `统计表尚未报送，截止日期 ${deadlineText}。`,
        en: `Table not sent yet; due by ${deadlineText}.`,
      },
      fix: {
        by: deadlineText,
        zh: `${deadlineText} 前报送统计表`,
        en: `send the statistics table by ${deadlineText}`,
      },
    });
  }
  return buildVerdict(scope, "M-STATS-TABLE", {
    status: "unmet",
    reason: "missing",
    due: deadlineText,
    facts,
    explanation: {
      zh: `截止日期 ${deadlineText} 已过，未见报送统计表。`,
      en: `No statistics table on record although ${deadlineText} has passed.`,
    },
  });
}
