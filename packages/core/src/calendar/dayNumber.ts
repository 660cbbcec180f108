/**
 * A calendar day as an integer: days since 1970-01-01 in the data's calendar
 * (Asia/Shanghai). Rules compare these integers instead of `Date` objects, so
 * no verdict can depend on the host's time zone.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a canonical `YYYY-MM-DD` date. Throws on anything else. */
export function toDayNumber(isoDate: string): DayNumber {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new TypeError(`Expected a calendar date YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
  const [, y, m, d] = match;
  return dayNumberOf(Number(y), Number(m), Number(d));
}

/** Days since 1970-01-01 of a year, month (1–12) and day. */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The canonical `YYYY-MM-DD` text of a day number. */
export function fromDayNumber(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar year a day falls in. */
export function yearOfDay(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The calendar month (1–12) a day falls in. */
export function monthOfDay(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
}

/** First and last day of a calendar year. */
export function yearBounds(year: number): { first: DayNumber; last: DayNumber } {
  return { first: dayNumberOf(year, 1, 1), last: dayNumberOf(year, 12, 31) };
}
