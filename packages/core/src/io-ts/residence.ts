import type * as t from "io-ts";
import { closedObject } from "./codec";
import { CalendarDate, Name, RecordId } from "./primitives";

/** Where a member lives from a date on; each entry holds until the next one starts. */
export const Residence = closedObject("Residence", {
  id: RecordId,
  memberId: RecordId,
  communityId: RecordId,
  communityName: Name,
  /** 县(市)区 */
  district: Name,
  from: CalendarDate,
});
export type Residence = t.TypeOf<typeof Residence>;
