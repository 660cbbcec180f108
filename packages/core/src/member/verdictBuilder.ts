import type { VerdictOf, VerdictRuleId } from "../model/verdict";
import { buildVerdict, type VerdictParts } from "../rules/buildVerdict";
import type { MemberContext } from "./memberContext";

export { excludedRecord } from "../rules/buildVerdict";

/** A verdict about the context's member, year and edition. */
export function memberVerdict<R extends VerdictRuleId>(
  ctx: MemberContext,
  ruleId: R,
  parts: VerdictParts,
): VerdictOf<R> {
  return buildVerdict({ subject: ctx.subject, year: ctx.year, edition: ctx.edition }, ruleId, parts);
}
