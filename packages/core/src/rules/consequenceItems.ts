import type { ConsequenceTrigger, PendingItem, Verdict, VerdictRuleId } from "../model/verdict";
import { periodIdOf } from "./verdictLookup";

/** A settled verdict as a consequence's trigger: its rule, reason and period. */
export function triggerOf(verdict: Verdict): ConsequenceTrigger {
  const period = periodIdOf(verdict);
  return {
    ruleId: verdict.ruleId,
    reason: verdict.reason ?? verdict.status,
    ...(period !== null && { period }),
  };
}

/** A verdict a consequence still waits for, settling by its due date when it has one. */
export function pendingOf(verdict: Verdict): PendingItem {
  const period = periodIdOf(verdict);
  return {
    ruleId: verdict.ruleId,
    reason: verdict.reason ?? verdict.status,
    ...(verdict.due !== undefined && { until: verdict.due }),
    ...(period !== null && { period }),
  };
}

/** The year itself, while it is open: the consequence's own rule, `year-not-over`, until the year's last day. */
export function yearNotOver(ruleId: VerdictRuleId, yearEnd: string): PendingItem {
  return { ruleId, reason: "year-not-over", until: yearEnd };
}

/** Items without repeats (the same rule, reason and period once), in first-seen order. */
export function uniqueItems<T extends ConsequenceTrigger | PendingItem>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.ruleId} ${item.period ?? ""} ${item.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
