import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** The zone every calendar date in the regulations is read in. */
export const CALENDAR_TIME_ZONE = "Asia/Shanghai";

/** 1991-09-15 01:00 CST, the end of China's last daylight saving time: UTC+8 ever since. */
const SHANGHAI_FIXED_OFFSET_FROM = Date.UTC(1991, 8, 14, 17);
/** 10000-01-01 00:00 in Shanghai: later dates have five-digit years, left to `format`. */
const SHANGHAI_FOUR_DIGIT_YEARS_UNTIL = Date.UTC(9999, 11, 31, 16);
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const DATE_TIME_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?$/;

/**
 * Normalises the date forms the data model accepts into the canonical
 * Shanghai calendar date `YYYY-MM-DD`, or `undefined` when the text is not one.
 *
 * - `2019-10-31` is taken as it is (after checking the day exists).
 * - A date-time with an offset is an instant: `2019-10-31T20:00:00Z` is
 *   2019-11-01 in Shanghai.
 * - A date-time without an offset is Shanghai wall-clock time (`2019-12-31T23:30`
 *   is 2019-12-31), the way a register kept in Zhengzhou writes it.
 */
export function normaliseCalendarDate(text: string): string | undefined {
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    // The hot path at ingest: plain arithmetic, no Date parsing.
    const month = Number(dateOnly[2]);
    const day = Number(dateOnly[3]);
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(dateOnly[1]), month)
      ? text
      : undefined;
  }
  if (DATE_TIME_WITH_OFFSET.test(text)) {
    const instant = Date.parse(text.replace(" ", "T"));
    if (Number.isNaN(instant)) return undefined;
    // Shanghai has kept UTC+8 without daylight saving since 1991-09-15; only
    // earlier (or year > 9999) instants need the time-zone database.
    if (instant >= SHANGHAI_FIXED_OFFSET_FROM && instant < SHANGHAI_FOUR_DIGIT_YEARS_UNTIL) {
      return new Date(instant + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
    }
    return format(new TZDate(instant, CALENDAR_TIME_ZONE), "yyyy-MM-dd");
  }
  const local = DATE_TIME_LOCAL.exec(text);
  if (local) {
    const [, y, m, d, hh, mm, , ss] = local;
    const hours = Number(hh);
    const minutes = Number(mm);
    const seconds = ss === undefined ? 0 : Number(ss);
    if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
    return normaliseCalendarDate(`${y}-${m}-${d}`);
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
