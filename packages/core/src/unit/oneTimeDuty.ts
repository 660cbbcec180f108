import { type DayNumber, fromDayNumber, yearOfDay } from "../calendar/dayNumber";
import type { ExcludedRecord, FactValue, Verdict, VerdictRuleId } from "../model/verdict";
import type { Dated, DueBasis, UnitContext } from "./unitContext";
import { dutySeverity, unitVerdict } from "./unitVerdict";

/** A problem that leaves a duty unmet although a record exists, e.g. steps in the wrong order. */
export interface DutyProblem {
  reason: string;
  zh: string;
  en: string;
}

/** What a one-time duty (report, pairing, receipt) needs to be decided. */
export interface OneTimeDuty<T extends { id: string }> {
  ruleId: VerdictRuleId;
  /** The first record that fulfils the duty, if any, dated on or before the cutoff. */
  first: Dated<T> | undefined;
  due: { day: DayNumber; basis: DueBasis };
  /** The edition parameter the due date comes from. */
  deadlineParameter: string;
  /** The duty as a verb phrase: `向驻在街道党工委报到` / `report to the street committee`. */
  duty: { zh: string; en: string };
  /** The sentence for the record that fulfils it, e.g. `2019-10-12 向金水区…报到`. */
  done: (first: Dated<T>) => { zh: string; en: string };
  /** A problem found with the first record even when it is on time. */
  problemWith?: (first: Dated<T>) => DutyProblem | undefined;
  /** When records exist but none fulfils the duty: why, replacing `overdue` / `missing`. */
  invalid?: DutyProblem;
  facts: Record<string, FactValue>;
  recordIds?: string[];
  excluded?: ExcludedRecord[];
}

/**
 * The decision every one-time duty of the unit programme shares: done by the
 * due date (inclusive) is met; done after it is `late` (met in later years,
 * the lateness having counted in its own year); not done is `not-yet-due`
 * before the due date, `overdue` while the year is open, `missing` at its end
 * (also when done only in a later year: the year's end cuts). A due date after
 * the year's end is judged in its own year: `pending` (`due-next-year`) here.
 */
export function decideOneTimeDuty<T extends { id: string }>(ctx: UnitContext, duty: OneTimeDuty<T>): Verdict {
  const d = { ...duty, due: duty.due.day };
  // The year's end cuts: done only after it is not done for this year (missing, not late).
  const first = d.first && d.first.day <= ctx.yearLast ? d.first : undefined;
  const basis = duty.due.basis;
  const dueDate = fromDayNumber(d.due);
  const dueText = {
    "edition-date": { zh: dueDate, en: dueDate },
    "year-end": {
      zh: `${dueDate}（未规定具体日期，按纳入范围当年年底计）`,
      en: `${dueDate} (no date set: the end of the year the unit came into scope)`,
    },
    "late-start-grace": {
      zh: `${dueDate}（单位纳入范围后的宽限期）`,
      en: `${dueDate} (the grace period after the unit came into scope)`,
    },
  }[basis];
  const facts: Record<string, FactValue> = {
    deadline: dueDate,
    deadlineBasis: basis,
    deadlineParameter: d.deadlineParameter,
    inScopeFrom: ctx.inScopeFrom === undefined ? null : fromDayNumber(ctx.inScopeFrom),
    ...d.facts,
  };
  const common = {
    due: dueDate,
    severity: dutySeverity(ctx, d.ruleId),
    excluded: d.excluded ?? [],
    recordIds: [...(d.recordIds ?? []), ...(first ? [first.record.id] : [])],
    facts,
  };
  if (first) {
    const done = d.done(first);
    const problem = d.problemWith?.(first);
    const problemText = problem ? { zh: `；但${problem.zh}`, en: `; but ${problem.en}` } : { zh: "", en: "" };
    if (first.day > d.due && yearOfDay(first.day) >= ctx.year) {
      return unitVerdict(ctx, d.ruleId, {
        ...common,
        status: "unmet",
        reason: "late",
        explanation: {
          zh: `${done.zh}，晚于截止日期 ${dueText.zh}（迟缓）${problemText.zh}。`,
          en: `${done.en}, after the deadline ${dueText.en} (late)${problemText.en}.`,
        },
      });
    }
    if (problem) {
      return unitVerdict(ctx, d.ruleId, {
        ...common,
        status: "unmet",
        reason: problem.reason,
        explanation: { zh: `${done.zh}${problemText.zh}。`, en: `${done.en}${problemText.en}.` },
      });
    }
    const earlier = first.day > d.due;
    return unitVerdict(ctx, d.ruleId, {
      ...common,
      status: "met",
      ...(earlier && { reason: "done-in-earlier-year" }),
      explanation: earlier
        ? {
            zh: `${done.zh}（晚于 ${dueText.zh}，迟缓计入当年），本年度该项已履行。`,
            en: `${done.en} (after ${dueText.en}; the lateness counted in ${yearOfDay(first.day)}), so the duty stands fulfilled.`,
          }
        : {
            zh: `${done.zh}，未超过截止日期 ${dueText.zh}。`,
            en: `${done.en}, by the deadline ${dueText.en}.`,
          },
    });
  }

  const invalidText = d.invalid
    ? { zh: `（${d.invalid.zh}）`, en: ` (${d.invalid.en})` }
    : { zh: "", en: "" };
  const fix = {
    by: dueDate,
    zh: `${dueDate} 前${d.duty.zh}`,
    en: `${d.duty.en} by ${dueDate}`,
  };
  // A deadline after the year's end is judged in the year it falls: pending here, no trigger.
  if (d.due > ctx.yearLast) {
    return unitVerdict(ctx, d.ruleId, {
      ...common,
      status: "pending",
      reason: "due-next-year",
      provisional: ctx.yearOpen,
      explanation: {
        zh: `截止日期 ${dueText.zh} 在 ${ctx.year} 年之后，按截止日期所在年度评定。`,
        en: `The deadline ${dueText.en} falls after ${ctx.year}; the duty is judged in the year of its deadline.`,
      },
      ...(ctx.asOf <= d.due && { fix }),
    });
  }
  // The due day itself is still in time.
  if (ctx.asOf <= d.due) {
    return unitVerdict(ctx, d.ruleId, {
      ...common,
      status: "pending",
      reason: "not-yet-due",
      provisional: true,
      explanation: {
        zh: `尚未${d.duty.zh}${invalidText.zh}，截止日期 ${dueText.zh} 未过。`,
        en: `Not done yet${invalidText.en}: ${d.duty.en}; the deadline ${dueText.en} has not passed.`,
      },
      fix,
    });
  }
  const yearEnd = fromDayNumber(ctx.yearLast);
  if (ctx.yearOpen) {
    return unitVerdict(ctx, d.ruleId, {
      ...common,
      status: "unmet",
      reason: d.invalid?.reason ?? "overdue",
      provisional: true,
      explanation: {
        zh: `截止日期 ${dueText.zh} 已过，仍未${d.duty.zh}${invalidText.zh}。`,
        en: `The deadline ${dueText.en} has passed and it is not done${invalidText.en}: ${d.duty.en}.`,
      },
      fix: {
        by: yearEnd,
        zh: `尽快${d.duty.zh}（${yearEnd} 前完成按迟缓计，不再算未完成）`,
        en: `${d.duty.en} as soon as possible; by ${yearEnd} it counts as late, not missing`,
      },
    });
  }
  return unitVerdict(ctx, d.ruleId, {
    ...common,
    status: "unmet",
    reason: d.invalid?.reason ?? "missing",
    explanation: {
      zh: `截至 ${yearEnd} 仍未${d.duty.zh}${invalidText.zh}（截止日期 ${dueText.zh}）。`,
      en: `Not done by ${yearEnd}${invalidText.en}: ${d.duty.en} (deadline ${dueText.en}).`,
    },
  });
}
