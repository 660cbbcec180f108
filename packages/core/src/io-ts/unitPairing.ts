import type * as t from "io-ts";
import { closedObject } from "./codec";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/** The unit's 机关党委 pairing with the community party organisation: the co-building agreement. */
export const UnitPairing = closedObject(
  "UnitPairing",
  { id: RecordId, unitId: RecordId, communityId: RecordId, agreementDate: CalendarDate },
  { agreementTitle: NonEmptyText },
);
export type UnitPairing = t.TypeOf<typeof UnitPairing>;
