import type { Verdict } from "../../model/verdict";
import type { UnitContext } from "../unitContext";

/** The label of a verdict as a trigger: `RULE-ID:reason`. */
export function triggerLabel(verdict: Verdict): string {
  return `${verdict.ruleId}:${verdict.reason ?? verdict.status}`;
}

/** Where a verdict sits: `U-VOLUNTEER-MONTH 2019-11` for a periodic one, else the rule ID. */
export function verdictPlace(verdict: Verdict): string {
  const period = verdict.facts.period;
  return typeof period === "string" ? `${verdict.ruleId} ${period}` : verdict.ruleId;
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
  /** Unmet verdicts that may still turn. */
  provisional: Verdict[];
}

/** The unmet verdicts among those of the named rules, settled ones apart from the rest. */
export function triggersAmong(verdicts: readonly Verdict[], ruleIds: readonly string[]): Triggers {
  const named = verdicts.filter((v) => ruleIds.includes(v.ruleId) && v.status === "unmet");
  return { firm: named.filter(isSettledUnmet), provisional: named.filter((v) => !isSettledUnmet(v)) };
}

/** The inquiry's contribution: a negative report is firm, one under investigation provisional. */
export function inquiryTriggers(inquiry: Verdict): Triggers {
  if (inquiry.status === "unmet") return { firm: [inquiry], provisional: [] };
  if (inquiry.status === "pending" && inquiry.reason === "investigation-pending") {
    return { firm: [], provisional: [inquiry] };
  }
  return { firm: [], provisional: [] };
}

/** Labels without repeats, in first-seen order. */
export function uniqueLabels(verdicts: readonly Verdict[]): string[] {
  return [...new Set(verdicts.map(triggerLabel))];
}

/** Provisional labels, plus `year-not-over` while the year is open. */
export function provisionalLabels(ctx: UnitContext, verdicts: readonly Verdict[]): string[] {
  return [...uniqueLabels(verdicts), ...(ctx.yearOpen ? ["year-not-over"] : [])];
}
