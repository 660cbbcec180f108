import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { dayNumberOf, fromDayNumber } from "./dayNumber";
import { digitsAt, hasIsoDateShape } from "./isoDateText";

/** The zone every calendar date in the regulations is read in. */
export const CALENDAR_TIME_ZONE = "Asia/Shanghai";

/** 1991-09-15 01:00 CST, the end of China's last daylight saving time: UTC+8 ever since. */
const SHANGHAI_FIXED_OFFSET_FROM = Date.UTC(1991, 8, 14, 17);
/** 10000-01-01 00:00 in Shanghai: later dates have five-digit years, left to `format`. */
const SHANGHAI_FOUR_DIGIT_YEARS_UNTIL = Date.UTC(9999, 11, 31, 16);
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const DATE_TIME_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;
const DATE_TIME_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;

const MINUTES_PER_DAY = 1440;
const SHANGHAI_OFFSET_MINUTES = 480;

/**
 * Normalises the date forms the data model accepts into the canonical
 * Shanghai calendar date `YYYY-MM-DD`, or `undefined` when the text is not one.
 *
 * - `2019-10-31` is taken as it is (after checking the day exists).
 * - A date-time with an offset is an instant: `2019-10-31T20:00:00Z` is
 *   2019-11-01 in Shanghai.
 * - A date-time without an offset is Shanghai wall-clock time (`2019-12-31T23:30`
 *   is 2019-12-31), the way a register kept in Zhengzhou writes it.
 *
 * Every field must exist: `2019-02-30T10:00Z` and `T24:00` are refused, where
 * `Date.parse` would roll them over into another day.
 */
export function normaliseCalendarDate(text: string): string | undefined {
  if (hasIsoDateShape(text)) {
    // The hot path at ingest: fixed positions, no regular expression.
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 2);
    const day = digitsAt(text, 8, 2);
    return year >= 0 && validDate(year, month, day) ? text : undefined;
  }
  const instant = DATE_TIME_WITH_OFFSET.exec(text);
  if (instant) return shanghaiDateOfInstant(instant);
  const local = DATE_TIME_LOCAL.exec(text);
  if (local) {
    const [, y, m, d, hh, mm, ss] = local;
    if (!validTime(Number(hh), Number(mm), ss === undefined ? 0 : Number(ss))) return undefined;
    return normaliseCalendarDate(`${y}-${m}-${d}`);
  }
  return undefined;
}

/** The Shanghai date of a matched date-time with an offset, or `undefined` when a field is out of range. */
function shanghaiDateOfInstant(match: RegExpExecArray): string | undefined {
  const [, y, m, d, hh, mm, ss, zulu, sign, offsetHours, offsetMinutes] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = ss === undefined ? 0 : Number(ss);
  if (!validDate(year, month, day) || !validTime(hours, minutes, seconds)) return undefined;
  let offset = 0;
  if (zulu === undefined) {
    const oh = Number(offsetHours);
    const om = Number(offsetMinutes);
    if (oh > 23 || om > 59) return undefined;
    offset = (sign === "-" ? -1 : 1) * (oh * 60 + om);
  }
  // Minutes from the date's UTC midnight: the fraction of a second cannot change the day.
  const utcMinutes = hours * 60 + minutes - offset;
  // From 1992 to 9998 every instant of the day is after Shanghai's last DST
  // change (1991-09-15) and before five-digit years: UTC+8 by arithmetic.
  if (year >= 1992 && year <= 9998) {
    const shift = Math.floor((utcMinutes + SHANGHAI_OFFSET_MINUTES) / MINUTES_PER_DAY);
    return fromDayNumber(dayNumberOf(year, month, day) + shift);
  }
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(0, utcMinutes, seconds, 0);
  const ms = utc.getTime();
  if (ms >= SHANGHAI_FIXED_OFFSET_FROM && ms < SHANGHAI_FOUR_DIGIT_YEARS_UNTIL) {
    return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
  }
  return format(new TZDate(ms, CALENDAR_TIME_ZONE), "yyyy-MM-dd");
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function validTime(hours: number, minutes: number, seconds: number): boolean {
  return hours <= 23 && minutes <= 59 && seconds <= 59;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
