import { z } from "zod";
import { Verdict } from "../model/verdict";

/** Every verdict of one member-year, in the fixed order of `MEMBER_RULE_IDS`. */
export const MemberAssessment = z.object({
  memberId: z.string(),
  unitId: z.string(),
  /** The member's branch; null when the member has none (counted on the unit's own line). */
  branchId: z.string().nullable(),
  year: z.number().int(),
  edition: z.object({ id: z.string(), version: z.string() }),
  asOf: z.string().nullable(),
  verdicts: z.array(Verdict),
});
export type MemberAssessment = z.infer<typeof MemberAssessment>;

/** The rules a member-year assessment decides, in the order its verdicts come. */
export const MEMBER_RULE_IDS = [
  "M-REPORT",
  "M-REREPORT",
  "M-CLAIM-POST",
  "M-SERVICE-YEAR",
  "M-FOUR-MUSTS",
  "M-MODERATION",
  "M-FEEDBACK",
  "M-SELF-REPORT",
  "M-NOT-EXCELLENT",
  "M-CADRE-BAR",
] as const;
export type MemberRuleId = (typeof MEMBER_RULE_IDS)[number];
