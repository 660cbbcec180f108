import { fromDayNumber } from "../../calendar/dayNumber";
import { periodsOfYear } from "../../calendar/periods";
import type { Frequency } from "../../editions/editionParameters";
import type { UnitActivityKind } from "../../model/unitActivity";
import type { ExcludedRecord, Verdict, VerdictRuleId } from "../../model/verdict";
import type { UnitContext } from "../unitContext";
import { dutySeverity, excludedRecord, numberWord, unitVerdict } from "../unitVerdict";

/** One frequency duty of ZZ47-GJ 三: which activities it counts and where its frequency comes from. */
export interface FrequencyDuty {
  ruleId: VerdictRuleId;
  kind: UnitActivityKind;
  /** The edition parameter, e.g. `volunteerFrequency`. */
  parameter: "meetingFrequency" | "themedDayFrequency" | "volunteerFrequency";
  /** The activity in both languages, singular and plural for English. */
  name: { zh: string; en: string; enPlural: string };
  /** The verb: `参加` / `attend`, `组织` / `hold`. */
  verb: { zh: string; en: string };
}

const PERIOD_NAMES: Record<Frequency["period"], { zh: string; en: string }> = {
  month: { zh: "每月", en: "month" },
  quarter: { zh: "每季度", en: "quarter" },
  "half-year": { zh: "每半年", en: "half-year" },
  year: { zh: "每年", en: "year" },
};

/**
 * A frequency duty decided for every period of the year: one verdict per
 * month, quarter, half-year or year (as the edition's frequency says), with
 * `facts.period` its label (`2019-Q4`). Each activity counts in the one period
 * containing its Shanghai calendar day. A period that ends before the
 * programme or the unit starts is not applicable; one the start cuts is
 * assessed from the start day on (`unit.partialPeriodApplies`), or not at all.
 * Activities whose evidence does not count under the edition are listed as
 * excluded with why. A period still open on the as-of date that is not yet
 * met is `pending`, with the fix that would meet it.
 */
export function decideFrequency(ctx: UnitContext, duty: FrequencyDuty): Verdict[] {
  const frequency = ctx.params[duty.parameter];
  const { minimum } = frequency;
  const periodName = PERIOD_NAMES[frequency.period];
  const severity = dutySeverity(ctx, duty.ruleId);
  const ofKind = ctx.activities.filter((a) => a.activity.kind === duty.kind);
  return periodsOfYear(frequency.period, ctx.year).map((period) => {
    const periodLast = fromDayNumber(period.last);
    const base = {
      period: { kind: period.kind, id: period.label, from: fromDayNumber(period.first), to: periodLast },
      frequencyParameter: `unit.${duty.parameter}`,
      frequencyPeriod: frequency.period,
      minimum,
    };
    const notApplicable = (reason: string, zh: string, en: string) =>
      unitVerdict(ctx, duty.ruleId, {
        status: "not-applicable",
        reason,
        severity,
        facts: base,
        explanation: { zh, en },
      });
    if (period.last < ctx.programmeStart) {
      const start = fromDayNumber(ctx.programmeStart);
      return notApplicable(
        "before-programme-start",
        `${period.label} 在共驻共建工作开始（${start}）之前，不适用。`,
        `${period.label} ends before the programme starts on ${start}, so it is not assessed.`,
      );
    }
    if (ctx.inScopeFrom !== undefined && period.last < ctx.inScopeFrom) {
      const start = fromDayNumber(ctx.inScopeFrom);
      return notApplicable(
        "before-unit-start",
        `${period.label} 在本单位纳入范围（${start}）之前，不适用。`,
        `${period.label} ends before the unit came into scope on ${start}, so it is not assessed.`,
      );
    }
    const windowFirst = Math.max(period.first, ctx.scopeStart);
    if (windowFirst > period.first && !ctx.params.partialPeriodApplies) {
      const start = fromDayNumber(windowFirst);
      return notApplicable(
        "partial-period",
        `${period.label} 只有部分在 ${start} 起的范围内，本版本不考核不完整的周期。`,
        `Only part of ${period.label} lies after the start on ${start}; the edition assesses whole periods only.`,
      );
    }
    const counted: string[] = [];
    const countedDates: string[] = [];
    const excluded: ExcludedRecord[] = [];
    for (const a of ofKind) {
      if (a.day < period.first || a.day > period.last) continue;
      if (a.day < windowFirst) {
        excluded.push(
          excludedRecord(
            a.activity.id,
            "before-start",
            `活动日期 ${fromDayNumber(a.day)} 早于 ${fromDayNumber(windowFirst)}，不计入`,
            `held on ${fromDayNumber(a.day)}, before the start on ${fromDayNumber(windowFirst)}, so it does not count`,
          ),
        );
      } else if (a.counts) {
        counted.push(a.activity.id);
        countedDates.push(fromDayNumber(a.day));
      } else if (a.notCounted) {
        excluded.push(excludedRecord(a.activity.id, a.notCounted.reason, a.notCounted.zh, a.notCounted.en));
      }
    }
    const facts = {
      ...base,
      assessedFrom: fromDayNumber(windowFirst),
      counted: counted.length,
      countedDates,
    };
    const required = `${periodName.zh}至少${duty.verb.zh} ${minimum} 次${duty.name.zh}`;
    const requiredEn = `at least ${minimum} per ${periodName.en}`;
    const countEn = (n: number) => `${n} ${n === 1 ? duty.name.en : duty.name.enPlural}`;
    if (counted.length >= minimum) {
      return unitVerdict(ctx, duty.ruleId, {
        due: periodLast,
        status: "met",
        severity,
        recordIds: counted,
        excluded,
        facts,
        explanation: {
          zh: `${period.label}（${facts.assessedFrom} 至 ${periodLast}）可计入的${duty.name.zh} ${counted.length} 次，达到${required}的要求。`,
          en: `${countEn(counted.length)} counted in ${period.label} (${facts.assessedFrom} to ${periodLast}); ${requiredEn} required.`,
        },
      });
    }
    const short = minimum - counted.length;
    // The period's last day is still in time.
    if (ctx.asOf <= period.last) {
      const by = periodLast;
      const notStarted = ctx.asOf < windowFirst;
      const more = counted.length === 0 ? "" : " more";
      return unitVerdict(ctx, duty.ruleId, {
        due: periodLast,
        status: "pending",
        reason: notStarted ? "period-not-started" : "period-open",
        provisional: true,
        severity,
        recordIds: counted,
        excluded,
        facts,
        explanation: {
          zh: notStarted
            ? `${period.label} 尚未开始，须${required}。`
            : `${period.label} 尚未结束，目前可计入的${duty.name.zh} ${counted.length} 次，还差 ${short} 次。`,
          en: notStarted
            ? `${period.label} has not started yet; ${requiredEn} required.`
            : `${period.label} is not over; ${countEn(counted.length)} counted so far, ${short} short of ${requiredEn}.`,
        },
        fix: {
          by,
          zh: `${by} 前${counted.length === 0 ? "" : "再"}${duty.verb.zh} ${short} 次${duty.name.zh}（记录完整并经签字盖章）`,
          en: `${duty.verb.en} ${numberWord(short)}${more} ${short === 1 ? duty.name.en : duty.name.enPlural} by ${by}`,
        },
      });
    }
    return unitVerdict(ctx, duty.ruleId, {
      due: periodLast,
      status: "unmet",
      reason: "count-short",
      severity,
      recordIds: counted,
      excluded,
      facts,
      explanation: {
        zh: `${period.label}（${facts.assessedFrom} 至 ${periodLast}）可计入的${duty.name.zh}只有 ${counted.length} 次，未达到${required}的要求。`,
        en: `Only ${countEn(counted.length)} counted in ${period.label} (${facts.assessedFrom} to ${periodLast}); ${requiredEn} required.`,
      },
    });
  });
}
