import type { Edition } from "../editions/edition";
import type { MemberRecords } from "../model/memberRecords";
import { validate } from "../model/validate";
import { AssessOptions, type AssessOptionsInput } from "../options/assessOptions";
import { assessMemberWithOptions } from "./assessMember";
import type { MemberAssessment } from "./memberAssessment";

/**
 * The batch form: assesses each member of an iterable as it comes and yields
 * the assessment, so a city's members never need to sit in memory at once.
 */
export function* assessMembers(
  members: Iterable<MemberRecords>,
  edition: Edition,
  options: AssessOptionsInput,
): Generator<MemberAssessment> {
  // Checked once, before the first member, not once a member.
  const checked = validate(AssessOptions, options, "assessMembers options");
  for (const records of members) yield assessMemberWithOptions(records, edition, checked);
}
