import type * as t from "io-ts";
import { closedObject } from "./codec";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/** When a unit came into the unit programme's scope, for a unit that joined after the programme began. */
export const UnitScope = closedObject(
  "UnitScope",
  { id: RecordId, unitId: RecordId, inScopeFrom: CalendarDate },
  { note: NonEmptyText },
);
export type UnitScope = t.TypeOf<typeof UnitScope>;
