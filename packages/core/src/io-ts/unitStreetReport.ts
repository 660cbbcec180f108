import type * as t from "io-ts";
import { closedObject } from "./codec";
import { CalendarDate, Name, RecordId } from "./primitives";

/** The unit's 机关党委 reporting to the 街道党工委 where the unit is located (ZZ47-GJ 二). */
export const UnitStreetReport = closedObject(
  "UnitStreetReport",
  { id: RecordId, unitId: RecordId, streetId: RecordId, date: CalendarDate },
  { streetName: Name },
);
export type UnitStreetReport = t.TypeOf<typeof UnitStreetReport>;
