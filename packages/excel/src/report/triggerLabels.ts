import type { ConsequenceTrigger, PendingItem, Verdict } from "@shuangbaodao/core";

/** What a consequence verdict's typed facts say fired it, and what it still waits for. */
interface ConsequenceFacts {
  triggers?: readonly ConsequenceTrigger[];
  pending?: readonly PendingItem[];
}

/**
 * The triggers of a consequence verdict (`M-NOT-EXCELLENT`, `M-CADRE-BAR`,
 * `U-SUPERVISE`, `U-AWARD-BAR`…) as `RULE-ID:reason` labels, from its typed
 * `facts.triggers` when it is unmet and `facts.pending` when it is pending
 * (`year-not-over` alone while the year is open); once each, in order. Other
 * verdicts have none.
 */
export function triggerLabels(verdict: Verdict): string[] {
  const facts = verdict.facts as ConsequenceFacts;
  const items = verdict.status === "pending" ? facts.pending : facts.triggers;
  if (items === undefined) return [];
  const label = (item: ConsequenceTrigger | PendingItem) =>
    item.reason === "year-not-over" ? "year-not-over" : `${item.ruleId}:${item.reason}`;
  return [...new Set(items.map(label))];
}
