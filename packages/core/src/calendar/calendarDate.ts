import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { dayNumberOf, fromDayNumber } from "./dayNumber";
import { digitsAt, hasIsoDateShape } from "./isoDateText";

/** The zone every calendar date in the regulations is read in. */
export const CALENDAR_TIME_ZONE = "Asia/Shanghai";

/**
 * The dates the library accepts, inclusive. Wide enough for any record a
 * register can hold (a residence since the 1930s, a deadline after an
 * assessment year up to 2100) and narrow enough that every date has four
 * digits and every calendar function is exact by plain arithmetic; the
 * boundary refuses the rest instead of guessing (`0050-01-01` is not 1950,
 * `9999-12-31T16:00Z` is not year 10000).
 */
export const FIRST_SUPPORTED_DATE = "1900-01-01";
export const LAST_SUPPORTED_DATE = "2199-12-31";
const FIRST_SUPPORTED_YEAR = 1900;
const LAST_SUPPORTED_YEAR = 2199;

/** What the data model says about text that is not a supported calendar date. */
export const CALENDAR_DATE_MESSAGE = `expected a calendar date YYYY-MM-DD or an ISO date-time (Asia/Shanghai unless an offset is given), from ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}`;

const DATE_TIME_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;
const DATE_TIME_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;

const MINUTES_PER_DAY = 1440;
const SHANGHAI_OFFSET_MINUTES = 480;

/**
 * Normalises the date forms the data model accepts into the canonical
 * Shanghai calendar date `YYYY-MM-DD`, or `undefined` when the text is not one
 * or its Shanghai date is outside {@link FIRST_SUPPORTED_DATE}–{@link LAST_SUPPORTED_DATE}.
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
    return isSupportedYear(year) && validDate(year, month, day) ? text : undefined;
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
  // An instant's Shanghai day is at most one day off its written date.
  if (year < FIRST_SUPPORTED_YEAR - 1 || year > LAST_SUPPORTED_YEAR + 1) return undefined;
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
  let shanghai: string;
  if (year >= 1992) {
    // Every instant from 1992 on is after Shanghai's last DST change (1991-09-15): UTC+8 by arithmetic.
    const shift = Math.floor((utcMinutes + SHANGHAI_OFFSET_MINUTES) / MINUTES_PER_DAY);
    shanghai = fromDayNumber(dayNumberOf(year, month, day) + shift);
  } else {
    // Before, the time-zone database knows the offsets (LMT +08:05:43 until 1901, DST 1986–1991).
    const utc = new Date(0);
    utc.setUTCFullYear(year, month - 1, day);
    utc.setUTCHours(0, utcMinutes, seconds, 0);
    shanghai = format(new TZDate(utc.getTime(), CALENDAR_TIME_ZONE), "yyyy-MM-dd");
  }
  // Four-digit years on both sides, so the text compares as the dates do.
  return shanghai >= FIRST_SUPPORTED_DATE && shanghai <= LAST_SUPPORTED_DATE ? shanghai : undefined;
}

function isSupportedYear(year: number): boolean {
  return year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR;
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
