import type * as t from "io-ts";
import { closedObject } from "./codec";
import { CalendarDate, RecordId } from "./primitives";

/** A member reporting to a community party organisation, and the receipt handed to the 机关党委. */
export const CommunityReport = closedObject(
  "CommunityReport",
  { id: RecordId, memberId: RecordId, date: CalendarDate, communityId: RecordId },
  { receiptHandedInOn: CalendarDate },
);
export type CommunityReport = t.TypeOf<typeof CommunityReport>;
