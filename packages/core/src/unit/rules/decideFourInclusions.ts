import { fromDayNumber } from "../../calendar/dayNumber";
import {
  type InquiryFacts,
  isOutOfScope,
  type SuperviseFacts,
  type Verdict,
  type VerdictStatus,
} from "../../model/verdict";
import { periodIdOf } from "../../rules/verdictLookup";
import { UNIT_RULE_IDS } from "../unitAssessment";
import type { UnitContext } from "../unitContext";
import { unitVerdict } from "../unitVerdict";
import { type DutySummary, FOUR_INCLUSIONS, type UnitYearRecord } from "../unitYearRecord";

function summaryStatus(verdicts: readonly Verdict[]): VerdictStatus {
  for (const status of ["unmet", "pending", "met"] as const) {
    if (verdicts.some((v) => v.status === status)) return status;
  }
  return "not-applicable";
}

function summarise(ruleId: string, verdicts: readonly Verdict[]): DutySummary {
  const periodic = verdicts.some((v) => periodIdOf(v) !== null);
  const count = (status: VerdictStatus) => verdicts.filter((v) => v.status === status).length;
  return {
    ruleId,
    status: summaryStatus(verdicts),
    severity: verdicts.some((v) => v.severity === "binding") ? "binding" : "warning",
    provisional: verdicts.some((v) => v.provisional),
    reasons: [...new Set(verdicts.flatMap((v) => (v.reason === undefined ? [] : [v.reason])))],
    periods: periodic
      ? {
          total: verdicts.length,
          met: count("met"),
          unmet: count("unmet"),
          pending: count("pending"),
          notApplicable: count("not-applicable"),
        }
      : null,
    unmetPeriods: verdicts
      .filter((v) => v.status === "unmet" && periodIdOf(v) !== null)
      .map((v) => String(periodIdOf(v))),
  };
}

function place(v: Verdict): string {
  const period = periodIdOf(v);
  return `${v.ruleId}${period === null ? "" : ` ${period}`}:${v.reason ?? v.status}`;
}

/**
 * `U-FOUR-INCLUSIONS` (ZZ47-GJ 四.4): the unit-year result, fed into four
 * assessments. Gives a verdict (`unmet` when the unit falls short or is a
 * supervision candidate, `pending` while anything may change, `met`
 * otherwise, `not-applicable` when no duty applied), with one task per
 * assessment, and the `UnitYearRecord` that each of the four reads.
 */
export function decideFourInclusions(
  ctx: UnitContext,
  duties: readonly Verdict[],
  inquiry: Verdict,
  supervise: Verdict,
  awardBar: Verdict,
): { verdict: Verdict; record: UnitYearRecord } {
  const all = [...duties, inquiry];
  const ruleIds = UNIT_RULE_IDS.filter((id) => all.some((v) => v.ruleId === id));
  const summaries = ruleIds.map((id) =>
    summarise(
      id,
      all.filter((v) => v.ruleId === id),
    ),
  );
  const shortfalls = all.filter((v) => v.status === "unmet" && v.severity === "binding").map(place);
  const warnings = all.filter((v) => v.status === "unmet" && v.severity === "warning").map(place);
  const consequences = [supervise, awardBar];
  const status: VerdictStatus = all.every((v) => v.status === "not-applicable")
    ? "not-applicable"
    : consequences.some((v) => v.status === "unmet")
      ? "unmet"
      : consequences.some((v) => v.status === "pending") || all.some((v) => v.provisional)
        ? "pending"
        : "met";
  const provisional = [...all, ...consequences].some((v) => v.provisional);
  const triggeredBy = [...new Set([...supervise.triggeredBy, ...awardBar.triggeredBy])];
  const explanation =
    status === "not-applicable"
      ? {
          zh: `${ctx.year} 年本单位不在共驻共建考核范围内。`,
          en: `The unit is not assessed for co-building in ${ctx.year}.`,
        }
      : status === "unmet"
        ? {
            zh: `${ctx.year} 年共驻共建考核未达要求（${shortfalls.join("；") || triggeredBy.join("；")}），${awardBar.status === "unmet" ? "取消评先推优资格，" : ""}${supervise.status === "unmet" ? "列为督办对象，" : ""}结果纳入述职、党建主体责任考核、文明单位创建考核和评先推优。`,
            en: `Falls short in ${ctx.year} (${shortfalls.join("; ") || triggeredBy.join("; ")})${awardBar.status === "unmet" ? "; not eligible for awards" : ""}${supervise.status === "unmet" ? "; a supervision-order candidate" : ""}. The result goes into the secretary's report, the party-building responsibility assessment, the civilised-unit assessment and the award nominations.`,
          }
        : status === "pending"
          ? {
              zh: `${ctx.year} 年共驻共建考核结果尚未确定，结果将纳入述职、党建主体责任考核、文明单位创建考核和评先推优。`,
              en: `The ${ctx.year} co-building result is not settled yet; it will go into the four assessments.`,
            }
          : {
              zh: `${ctx.year} 年共驻共建各项要求均已达到，结果纳入述职、党建主体责任考核、文明单位创建考核和评先推优。`,
              en: `All co-building requirements met in ${ctx.year}; the result goes into the four assessments.`,
            };
  const inquiryFacts = isOutOfScope(inquiry.facts) ? undefined : (inquiry.facts as InquiryFacts);
  const superviseFacts = isOutOfScope(supervise.facts) ? undefined : (supervise.facts as SuperviseFacts);
  const inclusions = FOUR_INCLUSIONS.map((i) => ({ key: i.key, zh: i.zh, en: i.en }));
  const record: UnitYearRecord = {
    ruleId: "U-FOUR-INCLUSIONS",
    unitId: ctx.records.unit.id,
    unitName: ctx.records.unit.name,
    parentUnitId: ctx.records.unit.parentUnitId ?? null,
    year: ctx.year,
    edition: { id: ctx.edition.id, version: ctx.edition.version },
    asOf: Number.isFinite(ctx.asOf) ? fromDayNumber(ctx.asOf) : null,
    status,
    provisional,
    duties: summaries,
    shortfalls,
    warnings,
    inquiry: {
      status: inquiry.status,
      negativeAnswerIds: inquiryFacts?.negative ?? [],
      pendingAnswerIds: inquiryFacts?.pendingInvestigation ?? [],
    },
    supervision: {
      status: supervise.status,
      candidate: supervise.status === "unmet",
      triggers: superviseFacts?.grounds ?? [],
      triggeredBy: supervise.triggeredBy,
    },
    awards: {
      status: awardBar.status,
      eligible: awardBar.status === "met" ? true : awardBar.status === "unmet" ? false : null,
      triggeredBy: awardBar.triggeredBy,
    },
    inclusions,
    explanation,
  };
  const verdict = unitVerdict(ctx, "U-FOUR-INCLUSIONS", {
    status,
    ...(status === "unmet" && { reason: "falls-short" }),
    ...(status === "pending" && { reason: "provisional" }),
    ...(status === "not-applicable" && { reason: all[0]?.reason ?? "not-in-scope" }),
    provisional,
    recordIds: [...supervise.recordIds, ...awardBar.recordIds],
    facts: {
      shortfalls,
      warnings,
      supervisionCandidate: record.supervision.candidate,
      supervisionGrounds: record.supervision.triggers,
      awardEligible: record.awards.eligible,
      inclusions: inclusions.map((i) => i.key),
    },
    triggeredBy,
    explanation,
    tasks: status === "not-applicable" ? [] : inclusions.map((i) => ({ kind: i.key, zh: i.zh, en: i.en })),
  });
  return { verdict, record };
}
