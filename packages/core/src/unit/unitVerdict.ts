import type { Verdict, VerdictOf, VerdictRuleId } from "../model/verdict";
import { buildVerdict, type VerdictParts } from "../rules/buildVerdict";
import type { RuleId } from "../rules/ruleCatalogue";
import type { UnitContext } from "./unitContext";

export { excludedRecord } from "../rules/buildVerdict";

/** A verdict about the context's unit, year and edition. */
export function unitVerdict<R extends VerdictRuleId>(
  ctx: UnitContext,
  ruleId: R,
  parts: VerdictParts,
): VerdictOf<R> {
  return buildVerdict(
    { subject: { kind: "unit", id: ctx.records.unit.id }, year: ctx.year, edition: ctx.edition },
    ruleId,
    parts,
  );
}

/**
 * Whether a duty's verdict binds: it does when the edition lets it trigger a
 * consequence (award bar, supervision order); otherwise it only warns. By
 * default `U-RECORD-COMPLETE`, `U-CLOUD-MATCH` and `U-THREE-LISTS` warn.
 */
export function dutySeverity(ctx: UnitContext, ruleId: RuleId): Verdict["severity"] {
  const p = ctx.params;
  const named = [...p.awardBarRules, ...p.supervisionSlowRules, ...p.supervisionPoorRules] as string[];
  return named.includes(ruleId) ? "binding" : "warning";
}

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** `one`, `two`, … `ten`, then digits. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** The first letter in upper case. */
export function capitalise(text: string): string {
  return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}
