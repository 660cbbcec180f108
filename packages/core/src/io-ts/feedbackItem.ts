import type * as t from "io-ts";
import * as zod from "../model/feedbackItem";
import { closedObject, oneOf } from "./codec";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

export const FeedbackKind = oneOf("FeedbackKind", zod.FeedbackKind.options);
export type FeedbackKind = t.TypeOf<typeof FeedbackKind>;
/** 社会公德, 家庭美德, or another area. */
export const FeedbackArea = oneOf("FeedbackArea", zod.FeedbackArea.options);
export type FeedbackArea = t.TypeOf<typeof FeedbackArea>;
export const InvestigationStatus = oneOf("InvestigationStatus", zod.InvestigationStatus.options);
export type InvestigationStatus = t.TypeOf<typeof InvestigationStatus>;

/** An item of the community's feedback and how far its investigation has got. */
export const FeedbackItem = closedObject(
  "FeedbackItem",
  {
    id: RecordId,
    memberId: RecordId,
    date: CalendarDate,
    kind: FeedbackKind,
    area: FeedbackArea,
    status: InvestigationStatus,
  },
  { statusDate: CalendarDate, note: NonEmptyText },
);
export type FeedbackItem = t.TypeOf<typeof FeedbackItem>;
