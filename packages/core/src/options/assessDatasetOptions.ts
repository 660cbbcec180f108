import { z } from "zod";
import { CalendarDate, Year } from "../model/primitives";
import { StratifyBy } from "../sampling/memberDrawRequest";
import { SamplingText } from "../sampling/samplingText";
import { DatesByUnit } from "./datesByUnit";

/** Draw each unit's spot-check sample (M-SPOTCHECK-20) with this public seed on this day. */
export const SpotCheckOptions = z.strictObject({
  seed: SamplingText,
  samplingDate: CalendarDate,
  stratifyBy: StratifyBy.optional(),
});

export const OVERDUE_SINCE_NEEDS_AS_OF = "overdueSince needs asOf: the overdue list runs up to the as-of day";

/** Options of `assessDataset`. Unknown keys are refused. */
export const AssessDatasetOptions = z
  .strictObject({
    year: Year,
    /** Judge the year as it stood on this day (and list warnings as of it); leave out to use everything on record. */
    asOf: CalendarDate.optional(),
    /** With `asOf`: also list what became overdue since this day (纠偏). */
    overdueSince: CalendarDate.optional(),
    /** When each unit sent its statistics table, by unit ID. */
    statsTableSubmittedOn: DatesByUnit.optional(),
    spotCheck: SpotCheckOptions.optional(),
  })
  .superRefine((options, ctx) => {
    if (options.overdueSince !== undefined && options.asOf === undefined) {
      ctx.addIssue({ code: "custom", path: ["overdueSince"], message: OVERDUE_SINCE_NEEDS_AS_OF });
    }
  });
export type AssessDatasetOptions = z.infer<typeof AssessDatasetOptions>;
export type AssessDatasetOptionsInput = z.input<typeof AssessDatasetOptions>;
