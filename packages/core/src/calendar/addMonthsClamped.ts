import { UTCDate } from "@date-fns/utc";
import { addMonths } from "date-fns";
import { type DayNumber, fromDayNumber, toDayNumber } from "./dayNumber";

/**
 * The same day `months` calendar months later, clamped to the end of a shorter
 * month: 01-31 + 1 month is 02-28, or 02-29 in a leap year ("一个月内").
 */
export function addMonthsClamped(day: DayNumber, months: number): DayNumber {
  const shifted = addMonths(new UTCDate(`${fromDayNumber(day)}T00:00:00Z`), months);
  return toDayNumber(shifted.toISOString().slice(0, 10));
}
