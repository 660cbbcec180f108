import { z } from "zod";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/** The "four musts" (四个必须参与, ZZ47-BD 二(三)). */
export const FourMustsKind = z.enum([
  "major-arrangement",
  "committee-election",
  "yizheng-sanyi-liang-gongkai",
  "specialty-activity",
]);
export type FourMustsKind = z.infer<typeof FourMustsKind>;

/** A community event that falls under the four musts. Residents who are members are expected. */
export const CommunityEvent = z.strictObject({
  id: RecordId,
  communityId: RecordId,
  date: CalendarDate,
  kind: FourMustsKind,
  /** The event's title; optional (no rule needs it): absent, the event is shown by date and kind. */
  title: NonEmptyText.optional(),
});
export type CommunityEvent = z.infer<typeof CommunityEvent>;

/** A member's attendance at a community event. */
export const EventAttendance = z.strictObject({
  id: RecordId,
  eventId: RecordId,
  memberId: RecordId,
});
export type EventAttendance = z.infer<typeof EventAttendance>;
