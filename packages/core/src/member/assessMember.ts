import type { Edition } from "../editions/edition";
import type { MemberRecords } from "../model/memberRecords";
import { validate } from "../model/validate";
import type { Verdict } from "../model/verdict";
import { AssessOptions, type AssessOptionsInput } from "../options/assessOptions";
import { editionRefOf } from "../rules/buildVerdict";
import type { RuleId } from "../rules/ruleCatalogue";
import type { MemberAssessment } from "./memberAssessment";
import { createMemberContext } from "./memberContext";
import { outOfScopeReason, outOfScopeVerdicts } from "./outOfScope";
import { decideCadreBar } from "./rules/decideCadreBar";
import { decideClaimPost } from "./rules/decideClaimPost";
import { decideFeedback } from "./rules/decideFeedback";
import { decideFourMusts } from "./rules/decideFourMusts";
import { decideModeration } from "./rules/decideModeration";
import { decideNotExcellent } from "./rules/decideNotExcellent";
import { decideReport } from "./rules/decideReport";
import { decideReReport } from "./rules/decideReReport";
import { decideSelfReport } from "./rules/decideSelfReport";
import { decideServiceYear } from "./rules/decideServiceYear";

/**
 * Assesses one member for one year under an edition: one verdict per member
 * rule (`MEMBER_RULE_IDS`), each explained down to the clause. Pure and
 * synchronous; the records must have been validated once with
 * `MemberRecords.parse` (or an adapter that does), and their order does not
 * matter.
 */
export function assessMember(
  records: MemberRecords,
  edition: Edition,
  options: AssessOptionsInput,
): MemberAssessment {
  return assessMemberWithOptions(records, edition, validate(AssessOptions, options, "assessMember options"));
}

/** {@link assessMember} with options already validated (the batch and dataset paths validate them once). */
export function assessMemberWithOptions(
  records: MemberRecords,
  edition: Edition,
  options: AssessOptions,
): MemberAssessment {
  const ctx = createMemberContext(records, edition, options);
  const outOfScope = outOfScopeReason(ctx);
  if (outOfScope) return memberAssessment(records, edition, options, outOfScopeVerdicts(ctx, outOfScope));

  const verdicts = [
    decideReport(ctx),
    decideReReport(ctx),
    decideClaimPost(ctx),
    decideServiceYear(ctx),
    decideFourMusts(ctx),
    decideModeration(ctx),
    decideFeedback(ctx),
    decideSelfReport(ctx),
  ];
  const byRule = new Map<RuleId, Verdict>();
  for (const verdict of verdicts) byRule.set(verdict.ruleId as RuleId, verdict);
  const notExcellent = decideNotExcellent(ctx, byRule);
  verdicts.push(notExcellent, decideCadreBar(ctx, notExcellent));
  return memberAssessment(records, edition, options, verdicts);
}

/** The assessment around its verdicts (written out rather than spread: this runs once per member). */
function memberAssessment(
  records: MemberRecords,
  edition: Edition,
  options: AssessOptions,
  verdicts: Verdict[],
): MemberAssessment {
  return {
    memberId: records.member.id,
    unitId: records.member.unitId,
    branchId: records.member.branchId ?? null,
    year: options.year,
    edition: editionRefOf(edition),
    asOf: options.asOf ?? null,
    verdicts,
  };
}
