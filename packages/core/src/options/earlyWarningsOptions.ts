import { z } from "zod";
import { CalendarDate } from "../model/primitives";

/** Options of `earlyWarnings`: the day the verdicts were decided as of, and where the overdue list starts. */
export const EarlyWarningsOptions = z.strictObject({
  asOf: CalendarDate,
  /** Also list what became overdue since this day (纠偏). */
  overdueSince: CalendarDate.optional(),
});
export type EarlyWarningsOptions = z.infer<typeof EarlyWarningsOptions>;
export type EarlyWarningsOptionsInput = z.input<typeof EarlyWarningsOptions>;
