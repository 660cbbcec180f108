import { z } from "zod";
import { CalendarDate, Name, RecordId } from "./primitives";

/**
 * Where a member lives from a date on. A member's residences form a history:
 * each entry holds until the next one starts, so moves are visible.
 */
export const Residence = z.strictObject({
  id: RecordId,
  memberId: RecordId,
  communityId: RecordId,
  communityName: Name,
  /** 县(市)区 */
  district: Name,
  from: CalendarDate,
});
export type Residence = z.infer<typeof Residence>;
