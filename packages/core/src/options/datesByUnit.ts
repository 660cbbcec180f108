import { z } from "zod";
import { CalendarDate } from "../model/primitives";

/** Whether a value is a plain object (`{…}` or `Object.create(null)`), not an array, Map or class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export const DATES_BY_UNIT_MESSAGE = "expected an object of calendar dates by unit ID";

/**
 * A calendar date per unit ID (`statsTableSubmittedOn`). Decoded into an
 * object without a prototype, so a unit named `constructor`, `toString` or
 * `__proto__` is a unit like any other (zod's `z.record` drops `__proto__`).
 */
export const DatesByUnit = z
  .custom<Record<string, unknown>>(isPlainObject, DATES_BY_UNIT_MESSAGE)
  .transform((input, ctx): Readonly<Record<string, string>> => {
    const dates: Record<string, string> = Object.create(null);
    for (const unitId of Object.keys(input)) {
      const date = CalendarDate.safeParse(input[unitId]);
      if (date.success) dates[unitId] = date.data;
      else {
        for (const issue of date.error.issues) {
          ctx.issues.push({ code: "custom", input: input[unitId], path: [unitId], message: issue.message });
        }
      }
    }
    return dates;
  });
export type DatesByUnit = z.infer<typeof DatesByUnit>;

/** The date of one unit, read as an own property only. */
export function dateOfUnit(
  dates: Readonly<Record<string, string>> | undefined,
  unitId: string,
): string | undefined {
  return dates !== undefined && Object.hasOwn(dates, unitId) ? dates[unitId] : undefined;
}
