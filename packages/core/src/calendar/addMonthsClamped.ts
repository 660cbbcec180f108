import { type DayNumber, dayNumberOf, monthOfDay, yearOfDay } from "./dayNumber";

function daysInMonth(year: number, month: number): number {
  return dayNumberOf(year, month + 1, 1) - dayNumberOf(year, month, 1);
}

/**
 * The same day `months` calendar months later, clamped to the end of a shorter
 * month: 01-31 + 1 month is 02-28, or 02-29 in a leap year ("一个月内").
 * Plain arithmetic, exact for every date (checked against date-fns).
 */
export function addMonthsClamped(day: DayNumber, months: number): DayNumber {
  const year = yearOfDay(day);
  const month = monthOfDay(day);
  const monthIndex = year * 12 + month - 1 + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const dayOfMonth = day - dayNumberOf(year, month, 1) + 1;
  return dayNumberOf(targetYear, targetMonth, Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)));
}
