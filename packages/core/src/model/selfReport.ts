import { z } from "zod";
import { CalendarDate, RecordId, Year } from "./primitives";

/** The member's yearly report of their community activity (ZZ47-BD 三(二)). */
export const SelfReport = z.strictObject({
  id: RecordId,
  memberId: RecordId,
  year: Year,
  reportedToOrganisation: z.boolean(),
  explainedAtLifeMeeting: z.boolean(),
  date: CalendarDate.optional(),
});
export type SelfReport = z.infer<typeof SelfReport>;
