import type { Verdict } from "../model/verdict";
import { buildVerdict, type VerdictParts } from "../rules/buildVerdict";
import type { RuleId } from "../rules/ruleCatalogue";
import type { MemberContext } from "./memberContext";

export { excludedRecord } from "../rules/buildVerdict";

/** A verdict about the context's member, year and edition. */
export function memberVerdict(ctx: MemberContext, ruleId: RuleId, parts: VerdictParts): Verdict {
  return buildVerdict(
    { subject: { kind: "member", id: ctx.records.member.id }, year: ctx.year, edition: ctx.edition },
    ruleId,
    parts,
  );
}
