import { z } from "zod";
import { CalendarDate, Year } from "../model/primitives";

/**
 * Options of a member-year or unit-year assessment (`assessMember`,
 * `assessMembers`, `assessUnitYear`, `assessUnitYears`). Unknown keys are
 * refused: a misspelt `asof` would otherwise judge the year as closed.
 */
export const AssessOptions = z.strictObject({
  year: Year,
  /**
   * Judge the year as it stood on this day (a calendar date, or a date-time
   * read as records' dates are): later records are ignored, later
   * investigation results are not yet known, and duties still open are
   * fixable. Leave it out to judge with everything on record.
   */
  asOf: CalendarDate.optional(),
});
export type AssessOptions = z.infer<typeof AssessOptions>;
export type AssessOptionsInput = z.input<typeof AssessOptions>;

/** The unit programme's assessments take the same options. */
export const UnitAssessOptions = AssessOptions;
export type UnitAssessOptions = AssessOptions;
export type UnitAssessOptionsInput = AssessOptionsInput;
