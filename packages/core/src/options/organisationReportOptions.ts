import { z } from "zod";
import { CalendarDate, RecordId, Year } from "../model/primitives";
import type { Verdict } from "../model/verdict";

/** A verdict the library made (not re-validated: it is the library's own output). */
export const VerdictRef = z.custom<Verdict>(
  (value) => typeof value === "object" && value !== null && !Array.isArray(value),
  "expected a verdict",
);

/** Options of `organisationReport`: which unit, which year, and (optionally) the unit's own verdicts. */
export const OrganisationReportOptions = z.strictObject({
  unitId: RecordId,
  year: Year,
  asOf: CalendarDate.optional(),
  unitName: z.string().optional(),
  unitVerdicts: z.array(VerdictRef).optional(),
});
export type OrganisationReportOptions = z.infer<typeof OrganisationReportOptions>;
export type OrganisationReportOptionsInput = z.input<typeof OrganisationReportOptions>;
