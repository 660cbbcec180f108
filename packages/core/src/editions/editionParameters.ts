import { z } from "zod";
import { FeedbackArea } from "../model/feedbackItem";
import { CalendarDate } from "../model/primitives";
import { UnitActivityRecordField } from "../model/unitActivity";

/** How an unfinished investigation of negative feedback is treated, from loosest to tightest. */
export const PENDING_INVESTIGATION_READINGS = ["ignore", "provisional", "as-verified"] as const;

/** Every number, deadline and reading of the member programme (ZZ47-BD). */
export const MemberParameters = z.object({
  programmeStart: CalendarDate,
  reportDeadline: CalendarDate,
  reReportGraceMonths: z.number().int().min(0).max(12),
  lateReportBlocksExcellent: z.boolean(),
  missingReReportBlocksExcellent: z.boolean(),
  lateReReportBlocksExcellent: z.boolean(),
  postsToClaim: z.number().int().min(0).max(15),
  servicesPerYear: z.number().int().min(0).max(366),
  serviceMustBeInResidenceCommunity: z.boolean(),
  proRateServicesForLateJoiners: z.boolean(),
  excludeServiceUsingPublicPower: z.boolean(),
  excludeServiceUsingUnitResources: z.boolean(),
  pendingInvestigation: z.enum(PENDING_INVESTIGATION_READINGS),
  negativeFeedbackAreas: z.array(FeedbackArea).min(1),
  fourMustsAffectRating: z.boolean(),
  selfReportRequired: z.boolean(),
  statsTableDeadline: CalendarDate,
});
export type MemberParameters = z.infer<typeof MemberParameters>;

/** The spot-check numbers (ZZ47-BD 三(三)). */
export const SamplingParameters = z.object({
  spotCheckRate: z.number().gt(0).max(1),
  communitiesPerDistrict: z.number().int().min(1).max(2),
});
export type SamplingParameters = z.infer<typeof SamplingParameters>;

/** The calendar periods a unit frequency can count in, from the longest (loosest) to the shortest (tightest). */
export const FREQUENCY_PERIODS_LOOSEST_FIRST = ["year", "half-year", "quarter", "month"] as const;

/**
 * "每季度至少……一次": at least `minimum` per calendar `period` (Asia/Shanghai).
 * An overlay tightens it with a shorter period or a higher minimum, each on its own.
 */
export const Frequency = z.object({
  period: z.enum(FREQUENCY_PERIODS_LOOSEST_FIRST),
  minimum: z.number().int().min(0).max(366),
});
export type Frequency = z.infer<typeof Frequency>;

/**
 * Which evidence makes an activity count toward a frequency (ZZ47-GJ 四.1, 四.2):
 * the signed paper record, the 党建云 "picture + text" record, both, or either.
 */
export const EVIDENCE_POLICIES = ["paper", "online", "both", "either"] as const;
export const EvidencePolicy = z.enum(EVIDENCE_POLICIES);
export type EvidencePolicy = z.infer<typeof EvidencePolicy>;

/** The unit duties a consequence (supervision order, award bar) can be triggered by. */
export const UNIT_DUTY_RULE_IDS = [
  "U-REPORT-STREET",
  "U-PAIR-COMMUNITY",
  "U-RECEIPT",
  "U-MEETING-QUARTER",
  "U-THEMEDAY-HALF",
  "U-VOLUNTEER-MONTH",
  "U-RECORD-COMPLETE",
  "U-CLOUD-MATCH",
  "U-THREE-LISTS",
] as const;
export const UnitDutyRuleId = z.enum(UNIT_DUTY_RULE_IDS);
export type UnitDutyRuleId = z.infer<typeof UnitDutyRuleId>;

/** A deadline the source text may leave open: `null` means no date is set (the loosest reading). */
const OptionalDeadline = CalendarDate.nullable();

/** Every number, deadline and reading of the unit programme (ZZ47-GJ, 共驻共建). */
export const UnitParameters = z.object({
  programmeStart: CalendarDate,
  streetReportDeadline: OptionalDeadline,
  pairingDeadline: OptionalDeadline,
  receiptDeadline: OptionalDeadline,
  subordinateReceiptDeadline: OptionalDeadline,
  lateStartGraceMonths: z.number().int().min(0).max(12),
  meetingFrequency: Frequency,
  themedDayFrequency: Frequency,
  volunteerFrequency: Frequency,
  partialPeriodApplies: z.boolean(),
  recordRequiredFields: z.array(UnitActivityRecordField),
  recordMustBeSignedAndStamped: z.boolean(),
  incompleteRecordCounts: z.boolean(),
  evidencePolicy: EvidencePolicy,
  pendingInvestigation: z.enum(PENDING_INVESTIGATION_READINGS),
  projectsNeedAgreement: z.boolean(),
  supervisionSlowRules: z.array(UnitDutyRuleId),
  supervisionPoorRules: z.array(UnitDutyRuleId),
  supervisionOnNegativeInquiry: z.boolean(),
  awardBarRules: z.array(UnitDutyRuleId),
});
export type UnitParameters = z.infer<typeof UnitParameters>;

/**
 * The 预警提醒 thresholds (ZZ47-GJ 四.2 "预警提醒、及时纠偏"): how many days before a
 * deadline an open obligation is a warning, and when it becomes urgent. Earlier
 * than that it is a notice.
 */
export const WarningParameters = z
  .object({
    warningDays: z.number().int().min(0).max(366),
    urgentDays: z.number().int().min(0).max(366),
  })
  .refine((w) => w.urgentDays <= w.warningDays, {
    message: "urgentDays must not exceed warningDays",
    path: ["urgentDays"],
  });
export type WarningParameters = z.infer<typeof WarningParameters>;

/** All parameters of an edition, grouped by programme. */
export const EditionParameters = z.object({
  member: MemberParameters,
  sampling: SamplingParameters,
  unit: UnitParameters,
  warnings: WarningParameters,
});
export type EditionParameters = z.infer<typeof EditionParameters>;
export type EditionParametersInput = z.input<typeof EditionParameters>;

/** An overlay sets some parameters of its parent and leaves the rest. */
export const EditionParametersOverlay = z.object({
  member: MemberParameters.partial().optional(),
  sampling: SamplingParameters.partial().optional(),
  unit: UnitParameters.partial().optional(),
  warnings: z
    .object({ warningDays: z.number().int().min(0).max(366), urgentDays: z.number().int().min(0).max(366) })
    .partial()
    .optional(),
});
export type EditionParametersOverlay = z.infer<typeof EditionParametersOverlay>;
