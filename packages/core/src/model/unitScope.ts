import { z } from "zod";
import { CalendarDate, NonEmptyText, RecordId } from "./primitives";

/**
 * When a unit came into the unit programme's scope, for a unit that joined
 * after the programme began (a new unit, a transfer of its party relation to
 * 工委). Without one, the unit is in scope from the edition's programme start.
 * Periods that end before it are not applicable; its one-time duties are due
 * within the edition's late-start grace of it.
 */
export const UnitScope = z.strictObject({
  id: RecordId,
  unitId: RecordId,
  inScopeFrom: CalendarDate,
  note: NonEmptyText.optional(),
});
export type UnitScope = z.infer<typeof UnitScope>;
