import { z } from "zod";
import { CalendarDate, Year } from "../model/primitives";
import { DatesByUnit } from "./datesByUnit";

/** Names to print for unit and branch IDs: a `Map` (so any ID, `constructor` included, is only an ID). */
export const NamesById = z.custom<ReadonlyMap<string, string>>(
  (value) => value instanceof Map,
  "expected a Map of names by ID",
);

/** Options of `statisticsTable`. */
export const StatisticsTableOptions = z.strictObject({
  year: Year,
  asOf: CalendarDate.optional(),
  /** Names to print for unit and branch IDs (from the units and organisations records). */
  names: NamesById.optional(),
  /** When each unit sent its table, by unit ID. */
  submittedOn: DatesByUnit.optional(),
});
export type StatisticsTableOptions = z.infer<typeof StatisticsTableOptions>;
export type StatisticsTableOptionsInput = z.input<typeof StatisticsTableOptions>;
