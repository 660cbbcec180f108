import type { Edition } from "../editions/edition";
import type { MemberRecords } from "../model/memberRecords";
import { assessMember } from "./assessMember";
import type { MemberAssessment } from "./memberAssessment";
import type { AssessOptions } from "./memberContext";

/**
 * The batch form: assesses each member of an iterable as it comes and yields
 * the assessment, so a city's members never need to sit in memory at once.
 */
export function* assessMembers(
  members: Iterable<MemberRecords>,
  edition: Edition,
  options: AssessOptions,
): Generator<MemberAssessment> {
  for (const records of members) yield assessMember(records, edition, options);
}
