import * as t from "io-ts";
import { CALENDAR_DATE_MESSAGE, normaliseCalendarDate } from "../calendar/calendarDate";
import * as zod from "../model/primitives";
import { bound, integer, trimmedString } from "./codec";

/** A record identifier: any non-empty text, trimmed, NFC, without control characters. */
export const RecordId = trimmedString(
  "RecordId",
  bound(zod.RecordId.minLength, "RecordId minimum length"),
  bound(zod.RecordId.maxLength, "RecordId maximum length"),
  true,
);

/** A calendar date in Asia/Shanghai, decoded to the canonical `YYYY-MM-DD` by the same normaliser zod uses. */
export const CalendarDate = new t.Type<string, string>(
  "CalendarDate",
  (u): u is string => typeof u === "string" && normaliseCalendarDate(u) === u,
  (u, c) => {
    if (typeof u !== "string") return t.failure(u, c);
    const normalised = normaliseCalendarDate(u);
    return normalised === undefined ? t.failure(u, c, CALENDAR_DATE_MESSAGE) : t.success(normalised);
  },
  t.identity,
);

/** A calendar year the programme can be assessed for. */
export const Year = integer(
  "Year",
  bound(zod.Year.minValue, "Year minimum"),
  bound(zod.Year.maxValue, "Year maximum"),
);

/** Free text that must say something, trimmed and NFC. */
export const NonEmptyText = trimmedString(
  "NonEmptyText",
  bound(zod.NonEmptyText.minLength, "NonEmptyText minimum length"),
  bound(zod.NonEmptyText.maxLength, "NonEmptyText maximum length"),
);

/** The name of a person, unit, organisation, street, community or district: trimmed, NFC, one line, ≤ 200. */
export const Name = trimmedString(
  "Name",
  bound(zod.Name.minLength, "Name minimum length"),
  bound(zod.Name.maxLength, "Name maximum length"),
  true,
);
