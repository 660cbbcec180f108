import { z } from "zod";
import { CALENDAR_DATE_MESSAGE, normaliseCalendarDate } from "../calendar/calendarDate";

/** A record identifier: any non-empty text the caller's system uses. */
export const RecordId = z.string().trim().min(1, "must not be empty").max(200);

/**
 * A calendar date in Asia/Shanghai. Accepts `YYYY-MM-DD`, or a date-time (with an
 * offset it is an instant, without one Shanghai wall-clock time), and yields the
 * canonical `YYYY-MM-DD` Shanghai date.
 */
export const CalendarDate = z.string().transform((text, ctx) => {
  const normalised = normaliseCalendarDate(text);
  if (normalised === undefined) {
    ctx.issues.push({
      code: "custom",
      input: text,
      message: CALENDAR_DATE_MESSAGE,
    });
    return z.NEVER;
  }
  return normalised;
});

/** A calendar year the programme can be assessed for. */
export const Year = z.number().int().min(2000).max(2100);

/** Free text that must say something. */
export const NonEmptyText = z.string().trim().min(1, "must not be empty").max(2000);
