import { normaliseCalendarDate } from "@shuangbaodao/core";
import type { PlainCellValue } from "./plainCellValue";

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 epoch (serial 0 = 1899-12-30, past the 1900 leap-year bug) to 1970-01-01. */
const SERIAL_OF_UNIX_EPOCH = 25_569;
/** Serial numbers below 61 fall before Excel's phantom 1900-02-29; no register date is that old. */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 73_050; // 2099-12-31

const TIME = String.raw`(?:[T\s]+(\d{1,2})[:时](\d{1,2})(?:[:分](\d{1,2})(?:\.\d+)?秒?)?)?`;
// Separators must agree: 2019-10-18, 2019/10/18, 2019.10.18, and 2019年10月18日.
const DASHED = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Reads a cell as a Shanghai calendar date `YYYY-MM-DD`, or `undefined` when it
 * is not one. Accepts:
 * - a date cell: the reader gives a `Date` whose UTC fields are the wall-clock
 *   value typed in Excel, so the UTC fields are the date, whatever the host's zone;
 * - an Excel serial number (a date typed into a number-formatted cell);
 * - the text forms people type, with or without a time: `2019-10-18`,
 *   `2019/10/18`, `2019.10.18`, `2019年10月18日`, `20191018`, and ISO date-times
 *   (with an offset they are instants, converted to the Shanghai date).
 */
export function readCalendarDate(value: PlainCellValue): string | undefined {
  if (value instanceof Date) return dateOfUtcFields(value);
  if (typeof value === "number") return dateOfNumber(value);
  if (typeof value !== "string") return undefined;
  const text = value.normalize("NFKC").trim();
  const dashed = DASHED.exec(text);
  if (dashed) return validDate(dashed[1], dashed[3], dashed[4], dashed[5], dashed[6], dashed[7]);
  const chinese = CHINESE.exec(text);
  if (chinese) return validDate(chinese[1], chinese[2], chinese[3], chinese[4], chinese[5], chinese[6]);
  const compact = COMPACT.exec(text);
  if (compact) return validDate(compact[1], compact[2], compact[3]);
  return normaliseCalendarDate(text);
}

function dateOfUtcFields(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return validDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function dateOfNumber(value: number): string | undefined {
  // 20191018 typed as a number is not a plausible serial (it would be year 56,000).
  if (Number.isInteger(value) && value >= 19_000_101 && value <= 21_001_231) {
    return validDate(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
  }
  if (value < FIRST_SERIAL || value >= LAST_SERIAL + 1) return undefined;
  // The fraction is the time of day; the date is the whole part.
  const day = new Date((Math.floor(value) - SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY);
  return dateOfUtcFields(day);
}

function validDate(
  year: string | number | undefined,
  month: string | number | undefined,
  day: string | number | undefined,
  hours?: string,
  minutes?: string,
  seconds?: string,
): string | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59)) {
    return undefined;
  }
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
