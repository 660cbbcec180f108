import { z } from "zod";
import { CalendarDate, Name, RecordId } from "./primitives";

/**
 * The unit's 机关党委 reporting to the 街道党工委 where the unit is located
 * (ZZ47-GJ 二: "首先向驻在街道党工委报到").
 */
export const UnitStreetReport = z.strictObject({
  id: RecordId,
  unitId: RecordId,
  streetId: RecordId,
  streetName: Name.optional(),
  date: CalendarDate,
});
export type UnitStreetReport = z.infer<typeof UnitStreetReport>;
