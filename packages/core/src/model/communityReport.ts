import { z } from "zod";
import { CalendarDate, RecordId } from "./primitives";

/**
 * A member reporting to a community party organisation with the 报到单, and the
 * receipt (回执联) handed to the 机关党委 (ZZ47-BD 二(一)).
 */
export const CommunityReport = z.strictObject({
  id: RecordId,
  memberId: RecordId,
  date: CalendarDate,
  communityId: RecordId,
  receiptHandedInOn: CalendarDate.optional(),
});
export type CommunityReport = z.infer<typeof CommunityReport>;
