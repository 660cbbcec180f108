import { z } from "zod";
import { ConsequenceTrigger, DateText, PendingItem, VerdictPeriod } from "./common";

const ids = (meaning: string) => z.array(z.string()).describe(meaning);

/** What every one-time duty of the unit programme says about its deadline. */
const oneTimeDuty = {
  deadline: DateText.describe("last day (inclusive) of the duty"),
  deadlineBasis: z
    .enum(["edition-date", "year-end", "late-start-grace"])
    .describe(
      "where the deadline comes from: the edition's date, the year end, or the grace after a late start",
    ),
  deadlineParameter: z.string().describe("the edition parameter behind the deadline"),
  inScopeFrom: DateText.nullable().describe(
    "day the unit came into scope after the programme start, or null",
  ),
};

/** `U-REPORT-STREET`: the unit's report to the street and the street's designation. */
export const ReportStreetFacts = z.strictObject({
  ...oneTimeDuty,
  reportDate: DateText.nullable().describe("day of the first report to the street"),
  streetId: z.string().nullable().describe("street reported to"),
  designationDate: DateText.nullable().describe("day the street designated the community"),
  designatedCommunityId: z.string().nullable().describe("community designated"),
});
export type ReportStreetFacts = z.infer<typeof ReportStreetFacts>;

/** `U-PAIR-COMMUNITY`: the co-building agreement. */
export const PairCommunityFacts = z.strictObject({
  ...oneTimeDuty,
  agreementDate: DateText.nullable().describe("day of the co-building agreement"),
  communityId: z.string().nullable().describe("community paired with"),
  designationDate: DateText.nullable().describe("day the street designated the community"),
  designatedCommunityId: z.string().nullable().describe("community designated"),
});
export type PairCommunityFacts = z.infer<typeof PairCommunityFacts>;

/** `U-RECEIPT`: the receipt stub handed in for filing. */
export const ReceiptFacts = z.strictObject({
  ...oneTimeDuty,
  subordinate: z.boolean().describe("a subordinate unit (hands in to its 机关党委 under ZWJ31)"),
  parentUnitId: z.string().nullable().describe("the parent unit, if any"),
  handedInOn: DateText.nullable().describe("day the stub was handed in"),
  recipient: z.string().nullable().describe("who received it, as recorded"),
});
export type ReceiptFacts = z.infer<typeof ReceiptFacts>;

/** `U-MEETING-QUARTER`, `U-THEMEDAY-HALF`, `U-VOLUNTEER-MONTH`: one period's count. */
export const FrequencyFacts = z.strictObject({
  period: VerdictPeriod.describe("the period decided"),
  frequencyParameter: z.string().describe("the edition parameter (`unit.meetingFrequency` …)"),
  frequencyPeriod: VerdictPeriod.shape.kind.describe("the period kind the edition counts in"),
  minimum: z.number().int().describe("activities required per period"),
  assessedFrom: DateText.optional().describe("first day assessed (the period's, or a later start)"),
  counted: z.number().int().optional().describe("activities counted"),
  countedDates: z.array(DateText).optional().describe("dates of the counted activities"),
});
export type FrequencyFacts = z.infer<typeof FrequencyFacts>;

/** `U-RECORD-COMPLETE`: which activity records are incomplete. */
export const RecordCompleteFacts = z.strictObject({
  activities: z.number().int().describe("activities of the year"),
  incomplete: ids("activities whose paper record is incomplete or unsigned"),
  requiredFields: z.array(z.string()).describe("fields a record must have (unit.recordRequiredFields)"),
  mustBeSignedAndStamped: z.boolean().describe("unit.recordMustBeSignedAndStamped"),
  incompleteRecordCounts: z
    .boolean()
    .describe("whether an incomplete record still counts (unit.incompleteRecordCounts)"),
});
export type RecordCompleteFacts = z.infer<typeof RecordCompleteFacts>;

/** `U-CLOUD-MATCH`: activities whose online record is missing or does not match. */
export const CloudMatchFacts = z.strictObject({
  activities: z.number().int().describe("activities of the year"),
  missingOnline: ids("activities with no 党建云 record"),
  mismatchedOnline: ids("activities whose 党建云 record does not match the paper one"),
  evidencePolicy: z.enum(["paper", "online", "both", "either"]).describe("unit.evidencePolicy"),
});
export type CloudMatchFacts = z.infer<typeof CloudMatchFacts>;

/** `U-INQUIRY`: the year-end inquiry answers. */
export const InquiryFacts = z.strictObject({
  answers: z.number().int().describe("answers received"),
  negative: ids("answers that count as a verified negative report"),
  pendingInvestigation: ids("negative answers still under investigation"),
  pendingInvestigationReading: z
    .enum(["provisional", "ignore", "as-verified"])
    .describe("how an answer under investigation is read (unit.pendingInvestigation)"),
  respondents: z.array(z.string()).describe("who answered, as `kind:id`"),
});
export type InquiryFacts = z.infer<typeof InquiryFacts>;

/** `U-THREE-LISTS`: the resource, needs and project lists. */
export const ThreeListsFacts = z.strictObject({
  missingLists: z.array(z.string()).describe("list kinds missing"),
  projectsWithoutAgreement: z.array(z.string()).describe("projects (titles) without a project agreement"),
  projectsNeedAgreement: z.boolean().describe("unit.projectsNeedAgreement"),
  listDates: z.array(z.string()).describe("each standing list as `kind:date`"),
});
export type ThreeListsFacts = z.infer<typeof ThreeListsFacts>;

/**
 * `U-SUPERVISE`: whether the unit is a supervision-order candidate, on which
 * grounds (`slow` = RULES.md's "acts slowly", `poor` = "works poorly",
 * `no-result` = "shows no clear result"), and what is still pending.
 */
export const SuperviseFacts = z.strictObject({
  candidate: z.boolean().describe("true when a supervision order is due (status `unmet`)"),
  provisional: z.boolean().describe("true while something is pending (status `pending`)"),
  grounds: z.array(z.enum(["slow", "poor", "no-result"])).describe("the grounds that fired"),
  triggers: z.array(ConsequenceTrigger).describe("the settled verdicts behind the grounds"),
  pending: z.array(PendingItem).describe("what is not settled yet, and until when"),
  slow: z.array(z.string()).describe("`RULE:reason` of the slow ground's verdicts"),
  poor: z.array(z.string()).describe("`RULE:reason` of the poor ground's verdicts"),
  noResult: z.array(z.string()).describe("`RULE:reason` of the no-result ground's verdicts"),
  where: z.array(z.string()).describe("each trigger's rule and period, for display"),
  slowRules: z.array(z.string()).describe("unit.supervisionSlowRules"),
  poorRules: z.array(z.string()).describe("unit.supervisionPoorRules"),
  onNegativeInquiry: z.boolean().describe("unit.supervisionOnNegativeInquiry"),
});
export type SuperviseFacts = z.infer<typeof SuperviseFacts>;

/** `U-AWARD-BAR`: whether the unit loses award eligibility, why, and what is still pending. */
export const AwardBarFacts = z.strictObject({
  barred: z.boolean().describe("true when the unit loses award eligibility (status `unmet`)"),
  provisional: z.boolean().describe("true while something is pending (status `pending`)"),
  grounds: z.array(z.enum(["falls-short", "negative-report"])).describe("the grounds that fired"),
  triggers: z.array(ConsequenceTrigger).describe("the settled verdicts behind the grounds"),
  pending: z.array(PendingItem).describe("what is not settled yet, and until when"),
  where: z.array(z.string()).describe("each trigger's rule and period, for display"),
  awardBarRules: z.array(z.string()).describe("unit.awardBarRules"),
});
export type AwardBarFacts = z.infer<typeof AwardBarFacts>;

/** `U-FOUR-INCLUSIONS`: the unit-year result the four assessments read. */
export const FourInclusionsFacts = z.strictObject({
  shortfalls: z.array(z.string()).describe("binding verdicts unmet, as `RULE period:reason`"),
  warnings: z.array(z.string()).describe("warning verdicts unmet, as `RULE period:reason`"),
  supervisionCandidate: z.boolean().describe("U-SUPERVISE is unmet"),
  supervisionGrounds: z.array(z.enum(["slow", "poor", "no-result"])).describe("U-SUPERVISE's grounds"),
  awardEligible: z.boolean().nullable().describe("U-AWARD-BAR met (true), unmet (false) or pending (null)"),
  inclusions: z.array(z.string()).describe("the four assessments the result feeds"),
});
export type FourInclusionsFacts = z.infer<typeof FourInclusionsFacts>;
