import { UTCDate } from "@date-fns/utc";
import { addMonths } from "date-fns";
import { type DayNumber, dayNumberOf, fromDayNumber, monthOfDay, toDayNumber, yearOfDay } from "./dayNumber";

function daysInMonth(year: number, month: number): number {
  return dayNumberOf(year, month + 1, 1) - dayNumberOf(year, month, 1);
}

/**
 * The same day `months` calendar months later, clamped to the end of a shorter
 * month: 01-31 + 1 month is 02-28, or 02-29 in a leap year ("一个月内").
 */
export function addMonthsClamped(day: DayNumber, months: number): DayNumber {
  // Plain arithmetic for whole days and months from 1970 on (every date the
  // programme meets); anything else goes through date-fns, which defines it.
  if (Number.isInteger(day) && day >= 0 && Number.isInteger(months) && Math.abs(months) <= 1200) {
    const monthIndex = yearOfDay(day) * 12 + monthOfDay(day) - 1 + months;
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12 + 1;
    if (year >= 1970 && year <= 9999) {
      const dayOfMonth = day - dayNumberOf(yearOfDay(day), monthOfDay(day), 1) + 1;
      return dayNumberOf(year, month, Math.min(dayOfMonth, daysInMonth(year, month)));
    }
  }
  const shifted = addMonths(new UTCDate(`${fromDayNumber(day)}T00:00:00Z`), months);
  return toDayNumber(shifted.toISOString().slice(0, 10));
}
