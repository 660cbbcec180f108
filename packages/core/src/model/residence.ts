import { z } from "zod";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/**
 * Where a member lives from a date on. A member's residences form a history:
 * each entry holds until the next one starts, so moves are visible.
 */
export const Residence = z.strictObject({
  id: RecordId,
  memberId: RecordId,
  communityId: RecordId,
  communityName: NonEmptyText,
  /** 县(市)区 */
  district: NonEmptyText,
  from: CalendarDate,
});
export type Residence = z.infer<typeof Residence>;
