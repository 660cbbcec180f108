import { z } from "zod";
import { CALENDAR_DATE_MESSAGE, normaliseCalendarDate } from "../calendar/calendarDate";
import { idCharacterProblem } from "./controlCharacter";

/**
 * An ID's or a name's characters, refused as zod's `superRefine` would (the
 * same issue, left to the next checks) but without it: `superRefine` makes a
 * closure for every value it sees, and an ID is in every record (a city's
 * workbook is 1.5 million records, several IDs each).
 */
function refuseIdCharacters(payload: z.core.ParsePayload<string>): void {
  const problem = idCharacterProblem(payload.value);
  if (problem !== undefined)
    payload.issues.push({
      code: "custom",
      input: payload.value,
      message: problem.en,
      params: { zh: problem.zh },
      continue: true,
    });
}

/**
 * A record identifier: any non-empty text the caller's system uses, trimmed
 * and in Unicode NFC (so that 社区 typed on two systems, or the compatibility
 * ideograph U+FA4C beside 社, is one ID), without control characters or
 * unpaired surrogates (so that every ID can be drawn in a sample).
 */
export const RecordId = z
  .string()
  .trim()
  .normalize("NFC")
  .min(1, "must not be empty")
  .max(200)
  .check(refuseIdCharacters);

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

/** Free text that must say something, trimmed and in Unicode NFC (line breaks and tabs allowed inside). */
export const NonEmptyText = z.string().trim().normalize("NFC").min(1, "must not be empty").max(2000);

/**
 * The name of a person, unit, organisation, street, community or district:
 * text as {@link NonEmptyText}, on one line and as short as an ID, without
 * control characters or unpaired surrogates. District names are hashed by the
 * community draw, so every name that passes here can be drawn.
 */
export const Name = z
  .string()
  .trim()
  .normalize("NFC")
  .min(1, "must not be empty")
  .max(200)
  .check(refuseIdCharacters);
