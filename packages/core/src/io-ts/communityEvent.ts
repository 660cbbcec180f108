import type * as t from "io-ts";
import * as zod from "../model/communityEvent";
import { closedObject, oneOf } from "./codec";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/** The "four musts" (四个必须参与). */
export const FourMustsKind = oneOf("FourMustsKind", zod.FourMustsKind.options);
export type FourMustsKind = t.TypeOf<typeof FourMustsKind>;

/** A community event that falls under the four musts. */
export const CommunityEvent = closedObject(
  "CommunityEvent",
  {
    id: RecordId,
    communityId: RecordId,
    date: CalendarDate,
    kind: FourMustsKind,
  },
  { title: NonEmptyText },
);
export type CommunityEvent = t.TypeOf<typeof CommunityEvent>;

/** A member's attendance at a community event. */
export const EventAttendance = closedObject("EventAttendance", {
  id: RecordId,
  eventId: RecordId,
  memberId: RecordId,
});
export type EventAttendance = t.TypeOf<typeof EventAttendance>;
