import { z } from "zod";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

export const FeedbackKind = z.enum(["outstanding", "negative"]);
/** 社会公德, 家庭美德, or another area ("等方面"). */
export const FeedbackArea = z.enum(["social-morality", "family-virtue", "other"]);
export type FeedbackArea = z.infer<typeof FeedbackArea>;
export const InvestigationStatus = z.enum(["pending", "verified", "unfounded"]);
export type InvestigationStatus = z.infer<typeof InvestigationStatus>;

/**
 * An item of the community's feedback (意见反馈单, ZZ47-BD 三(一)): outstanding
 * conduct or a negative report, and how far its investigation has got.
 */
export const FeedbackItem = z.strictObject({
  id: RecordId,
  memberId: RecordId,
  date: CalendarDate,
  kind: FeedbackKind,
  area: FeedbackArea,
  status: InvestigationStatus,
  /** When the investigation reached its status; a status dated after the as-of date is not yet known. */
  statusDate: CalendarDate.optional(),
  note: NonEmptyText.optional(),
});
export type FeedbackItem = z.infer<typeof FeedbackItem>;
