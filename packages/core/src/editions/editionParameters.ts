import { z } from "zod";
import { FeedbackArea } from "../model/feedbackItem";
import { CalendarDate } from "../model/primitives";

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

/** All parameters of an edition, grouped by programme. */
export const EditionParameters = z.object({
  member: MemberParameters,
  sampling: SamplingParameters,
});
export type EditionParameters = z.infer<typeof EditionParameters>;
export type EditionParametersInput = z.input<typeof EditionParameters>;

/** An overlay sets some parameters of its parent and leaves the rest. */
export const EditionParametersOverlay = z.object({
  member: MemberParameters.partial().optional(),
  sampling: SamplingParameters.partial().optional(),
});
export type EditionParametersOverlay = z.infer<typeof EditionParametersOverlay>;
