import { z } from "zod";
import { ConsequenceTrigger, DateText, PendingItem } from "./common";

const ids = (meaning: string) => z.array(z.string()).describe(meaning);

/** `M-REPORT`: the deadline that applied and, once reported, the report. */
export const ReportFacts = z.strictObject({
  deadline: DateText.describe("last day (inclusive) of the first report"),
  deadlineParameter: z
    .enum(["member.reportDeadline", "member.reReportGraceMonths"])
    .describe("the edition parameter the deadline comes from"),
  inScopeFrom: DateText.nullable().describe(
    "day the member came into scope after the programme start, or null",
  ),
  residenceCommunity: z
    .string()
    .nullable()
    .describe("community the member lived in on the as-of day (or year end)"),
  reportDate: DateText.optional().describe("day of the first valid report, when there is one"),
  reportCommunity: z.string().optional().describe("community of that report"),
  receiptHandedInOn: DateText.nullable().optional().describe("day the receipt went to the 机关党委, or null"),
});
export type ReportFacts = z.infer<typeof ReportFacts>;

/** One move of residence and how its re-report stands. */
export const MoveFacts = z.strictObject({
  residenceId: z.string(),
  communityId: z.string(),
  moveDate: DateText,
  due: DateText,
  reportId: z.string().nullable(),
  reportDate: DateText.nullable(),
  status: z.enum(["met", "late", "missing", "overdue", "pending"]),
});
export type MoveFacts = z.infer<typeof MoveFacts>;

/** `M-REREPORT`: every move that matters for the year. */
export const ReReportFacts = z.strictObject({
  graceMonths: z.number().int().describe("months after a move to re-report (member.reReportGraceMonths)"),
  moves: z
    .array(MoveFacts)
    .describe("each move that matters for the year, with its due date, report and status"),
  moveStatuses: z.array(MoveFacts.shape.status).describe("the status of each move, in the order of `moves`"),
});
export type ReReportFacts = z.infer<typeof ReReportFacts>;

/** `M-CLAIM-POST`: the posts claimed. */
export const ClaimPostFacts = z.strictObject({
  required: z.number().int().describe("posts to claim (member.postsToClaim)"),
  claimedPostCodes: z.array(z.number().int()).describe("catalogue codes of the posts claimed"),
  claimed: z.number().int().describe("how many posts are claimed"),
});
export type ClaimPostFacts = z.infer<typeof ClaimPostFacts>;

/** `M-SERVICE-YEAR`: the services counted toward the year. */
export const ServiceYearFacts = z.strictObject({
  required: z.number().int().describe("services required this year"),
  counted: z.number().int().describe("countable services"),
  servicesInYear: z.number().int().describe("every service of the year, counted or not"),
  countedServiceDates: z.array(DateText).describe("dates of the counted services"),
  countedServiceIds: ids("IDs of the counted services"),
  shortfall: z.number().int().optional().describe("services still missing, when short"),
});
export type ServiceYearFacts = z.infer<typeof ServiceYearFacts>;

/** `M-FOUR-MUSTS`: the community events the member was expected at. */
export const FourMustsFacts = z.strictObject({
  expectedEvents: z.number().int().describe("events of the four kinds in the member's community this year"),
  attendedEvents: z.number().int().describe("of those, attended"),
  missedEvents: z.array(z.string()).describe("each missed event as `date kind title`, for display"),
  expectedEventIds: ids("IDs of the expected events"),
  missedEventIds: ids("IDs of the missed events"),
  attendanceIds: ids("IDs of the attendance records for expected events"),
});
export type FourMustsFacts = z.infer<typeof FourMustsFacts>;

/** `M-MODERATION`: services flagged as using public power or unit resources. */
export const ModerationFacts = z.strictObject({
  servicesInYear: z.number().int().describe("services of the year"),
  usedPublicPower: ids("services flagged as using public power"),
  usedUnitResources: ids("services flagged as using the unit's resources"),
});
export type ModerationFacts = z.infer<typeof ModerationFacts>;

/** `M-FEEDBACK`: the community's feedback of the year, sorted by what it means. */
export const FeedbackFacts = z.strictObject({
  pendingInvestigationReading: z
    .enum(["provisional", "ignore", "as-verified"])
    .describe("how a negative item still under investigation is read (member.pendingInvestigation)"),
  negativeFeedbackAreas: z.array(z.string()).describe("areas whose negative items count"),
  verifiedNegative: ids("negative items that count as verified"),
  pendingNegative: ids("negative items still under investigation"),
  outstanding: ids("items reporting outstanding conduct"),
  asOf: DateText.nullable().describe("the as-of day, or null"),
});
export type FeedbackFacts = z.infer<typeof FeedbackFacts>;

/** `M-SELF-REPORT`: the year's self-report, when there is one. */
export const SelfReportFacts = z.strictObject({
  reportedToOrganisation: z.boolean().optional().describe("reported to the party organisation"),
  explainedAtLifeMeeting: z.boolean().optional().describe("explained at the 组织生活会"),
});
export type SelfReportFacts = z.infer<typeof SelfReportFacts>;

/** `M-NOT-EXCELLENT`: whether 优秀 is blocked, by what, and what is still pending. */
export const NotExcellentFacts = z.strictObject({
  ratings: z.array(z.string()).describe("the two ratings barred: 民主评议党员, 个人年度考核"),
  blocked: z.boolean().describe("true when the member cannot be rated 优秀 (status `unmet`)"),
  provisional: z.boolean().describe("true while something is pending (status `pending`)"),
  triggers: z.array(ConsequenceTrigger).describe("the settled verdicts that block 优秀"),
  pending: z.array(PendingItem).describe("what is not settled yet, and until when"),
});
export type NotExcellentFacts = z.infer<typeof NotExcellentFacts>;

/** `M-CADRE-BAR`: whether the candidacy is cancelled; the same triggers as `M-NOT-EXCELLENT`. */
export const CadreBarFacts = z.strictObject({
  candidate: z.boolean().describe("a candidate under inspection this year"),
  barred: z.boolean().describe("true when the candidacy is cancelled (status `unmet`)"),
  provisional: z.boolean().describe("true while something is pending (status `pending`)"),
  triggers: z.array(ConsequenceTrigger).describe("the settled verdicts that cancel the candidacy"),
  pending: z.array(PendingItem).describe("what is not settled yet, and until when"),
  candidateYear: z.number().int().describe("the assessment year"),
  assessedOn: DateText.nullable().describe("the as-of day, or null"),
});
export type CadreBarFacts = z.infer<typeof CadreBarFacts>;
