import * as t from "io-ts";
import { closedObject } from "./codec";
import { CalendarDate, RecordId, Year } from "./primitives";

/** The member's yearly report of their community activity. */
export const SelfReport = closedObject(
  "SelfReport",
  {
    id: RecordId,
    memberId: RecordId,
    year: Year,
    reportedToOrganisation: t.boolean,
    explainedAtLifeMeeting: t.boolean,
  },
  { date: CalendarDate },
);
export type SelfReport = t.TypeOf<typeof SelfReport>;
