import { z } from "zod";
import { CalendarDate, Name, RecordId } from "./primitives";

/**
 * A municipal unit (市直单位) or one of its subordinate units (直属单位/二级单位).
 * `parentUnitId` makes the hierarchy (`U-SCOPE`, ZZ47-GJ 二).
 */
export const Unit = z.strictObject({
  id: RecordId,
  name: Name,
  parentUnitId: RecordId.optional(),
  /**
   * The day the unit sent up the statistics table (`M-STATS-TABLE`). One
   * field is enough: an edition fixes one dated deadline, so there is one
   * table per unit per edition.
   */
  statsTableSubmittedOn: CalendarDate.optional(),
});
export type Unit = z.infer<typeof Unit>;
