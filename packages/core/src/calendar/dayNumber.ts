import { digitsAt, hasIsoDateShape } from "./isoDateText";

/**
 * A calendar day as an integer: days since 1970-01-01 in the data's calendar
 * (Asia/Shanghai). Rules compare these integers instead of `Date` objects, so
 * no verdict can depend on the host's time zone.
 */
export type DayNumber = number;

/** Days since 1970-01-01 of a canonical `YYYY-MM-DD` date. Throws on anything else. */
export function toDayNumber(isoDate: string): DayNumber {
  // The shape /^\d{4}-\d{2}-\d{2}$/, checked by hand: this runs for every dated record.
  if (typeof isoDate === "string" && hasIsoDateShape(isoDate)) {
    const year = digitsAt(isoDate, 0, 4);
    const month = digitsAt(isoDate, 5, 2);
    const day = digitsAt(isoDate, 8, 2);
    if (year >= 0 && month >= 0 && day >= 0) return dayNumberOf(year, month, day);
  }
  throw new TypeError(`Expected a calendar date YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
}

/**
 * Days since 1970-01-01 of a year, month and day of the proleptic Gregorian
 * calendar, by arithmetic for every year (H. Hinnant's `days_from_civil`; no
 * `Date.UTC`, which reads years 0–99 as 1900–1999). A month outside 1–12 or
 * a day outside the month carries over, as `periodOf` uses it (month 13,
 * day 0).
 */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    throw new RangeError(`Not a calendar day: ${year}-${month}-${day}`);
  }
  const carried = Math.floor((month - 1) / 12);
  return daysBeforeMonth(year + carried, month - carried * 12) + day - 1;
}

/** Days from 1970-01-01 to the first of a month (1–12). */
function daysBeforeMonth(year: number, month: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Year, month (1–12) and day of a day number (H. Hinnant's `civil_from_days`). */
function civilOf(day: DayNumber): { year: number; month: number; day: number } {
  if (!Number.isInteger(day)) throw new RangeError(`Not a day number: ${day}`);
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // March is 0
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1,
  };
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));

/** The canonical `YYYY-MM-DD` text of a day number (four-digit years: the supported range has no other). */
export function fromDayNumber(day: DayNumber): string {
  const civil = civilOf(day);
  return `${String(civil.year).padStart(4, "0")}-${TWO_DIGITS[civil.month]}-${TWO_DIGITS[civil.day]}`;
}

/** The calendar year a day falls in. */
export function yearOfDay(day: DayNumber): number {
  return civilOf(day).year;
}

/** The calendar month (1–12) a day falls in. */
export function monthOfDay(day: DayNumber): number {
  return civilOf(day).month;
}

/** First and last day of a calendar year. */
export function yearBounds(year: number): { first: DayNumber; last: DayNumber } {
  return { first: dayNumberOf(year, 1, 1), last: dayNumberOf(year, 12, 31) };
}
