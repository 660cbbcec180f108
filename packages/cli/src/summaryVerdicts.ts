import type { Verdict } from "@shuangbaodao/core";

/** What a consequence verdict's trigger or pending item is read for: its rule and reason. */
interface TriggerItem {
  ruleId: string;
  reason: string;
}

const triggerItems = (items: unknown) =>
  Array.isArray(items)
    ? (items as TriggerItem[]).map(({ ruleId, reason }): TriggerItem => ({ ruleId, reason }))
    : undefined;

/**
 * The member verdicts the summaries read after the members are done:
 * `M-NOT-EXCELLENT` and `M-CADRE-BAR` when not met, cut down to rule, status,
 * reason, provisional and the triggers' rules and reasons (what
 * `triggerLabels` reads), not the explanation the verdict sheet already
 * holds. Members share these few shapes, so each distinct list is kept once
 * and shared, frozen (at 100k members the copies were 60 MB of a 222 MB
 * heap; docs/performance.md); every other verdict is written and let go.
 */
export class SummaryVerdicts {
  readonly #lists = new Map<string, readonly Verdict[]>();

  of(verdicts: readonly Verdict[]): Verdict[] {
    const kept: object[] = [];
    for (const verdict of verdicts) {
      if (verdict.ruleId !== "M-NOT-EXCELLENT" && verdict.ruleId !== "M-CADRE-BAR") continue;
      if (verdict.status !== "unmet" && verdict.status !== "pending") continue;
      const facts = verdict.facts as Record<string, unknown>;
      kept.push({
        ruleId: verdict.ruleId,
        status: verdict.status,
        reason: verdict.reason,
        provisional: verdict.provisional,
        triggeredBy: verdict.triggeredBy,
        facts: { triggers: triggerItems(facts.triggers), pending: triggerItems(facts.pending) },
      });
    }
    const key = JSON.stringify(kept);
    let shared = this.#lists.get(key);
    if (shared === undefined) {
      shared = deepFreeze(kept) as unknown as readonly Verdict[];
      this.#lists.set(key, shared);
    }
    // Readers only read it (frozen, so a writer would fail loudly rather than change every member's).
    return shared as Verdict[];
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
