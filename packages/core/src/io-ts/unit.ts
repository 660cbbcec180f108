import type * as t from "io-ts";
import { closedObject } from "./codec";
import { CalendarDate, Name, RecordId } from "./primitives";

/** A municipal unit or one of its subordinate units; `parentUnitId` makes the hierarchy. */
export const Unit = closedObject(
  "Unit",
  { id: RecordId, name: Name },
  { parentUnitId: RecordId, statsTableSubmittedOn: CalendarDate },
);
export type Unit = t.TypeOf<typeof Unit>;
