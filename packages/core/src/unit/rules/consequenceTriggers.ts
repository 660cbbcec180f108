import type { Verdict } from "../../model/verdict";
import { periodIdOf } from "../../rules/verdictLookup";
import type { UnitContext } from "../unitContext";

/** The label of a verdict as a trigger: `RULE-ID:reason`. */
export function triggerLabel(verdict: Verdict): string {
  return `${verdict.ruleId}:${verdict.reason ?? verdict.status}`;
}

/** Where a verdict sits: `U-VOLUNTEER-MONTH 2019-11` for a periodic one, else the rule ID. */
export function verdictPlace(verdict: Verdict): string {
  const period = periodIdOf(verdict);
  return period === null ? verdict.ruleId : `${verdict.ruleId} ${period}`;
}

/**
 * An unmet verdict whose status can no longer change: not provisional, or
 * `overdue` (which can only become `late` or `missing`, both unmet).
 */
export function isSettledUnmet(verdict: Verdict): boolean {
  return verdict.status === "unmet" && (!verdict.provisional || verdict.reason === "overdue");
}

/** What the verdicts of some rules contribute to a consequence. */
export interface Triggers {
  /** Settled unmet verdicts. */
  firm: Verdict[];
  /** Verdicts that may still turn into a trigger: unmet but not settled, or pending. */
  provisional: Verdict[];
}

function split(verdicts: readonly Verdict[]): Triggers {
  return {
    firm: verdicts.filter(isSettledUnmet),
    provisional: verdicts.filter(
      (v) => v.status === "pending" || (v.status === "unmet" && !isSettledUnmet(v)),
    ),
  };
}

/** The verdicts of the named rules that fire a consequence, settled ones apart from those that still may. */
export function triggersAmong(verdicts: readonly Verdict[], ruleIds: readonly string[]): Triggers {
  return split(verdicts.filter((v) => ruleIds.includes(v.ruleId)));
}

/** The inquiry's contribution: a negative report is firm; one under investigation, or none yet, provisional. */
export function inquiryTriggers(inquiry: Verdict): Triggers {
  return split([inquiry]);
}

/** Labels without repeats, in first-seen order. */
export function uniqueLabels(verdicts: readonly Verdict[]): string[] {
  return [...new Set(verdicts.map(triggerLabel))];
}

/** Provisional labels, plus `year-not-over` while the year is open. */
export function provisionalLabels(ctx: UnitContext, verdicts: readonly Verdict[]): string[] {
  return [...uniqueLabels(verdicts), ...(ctx.yearOpen ? ["year-not-over"] : [])];
}
