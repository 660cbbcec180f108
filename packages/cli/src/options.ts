import { type Edition, getEdition, normaliseCalendarDate } from "@shuangbaodao/core";
import { UsageError } from "./usageError";

/** `--edition`, one of the shipped editions. */
export function editionOption(value: string | undefined): Edition {
  try {
    return getEdition(value ?? "zhengzhou-2019");
  } catch (error) {
    throw new UsageError({ zh: `未知的版本：${(error as Error).message}`, en: (error as Error).message });
  }
}

/** `--year`, required. */
export function yearOption(value: string | undefined): number {
  if (value === undefined)
    throw new UsageError({
      zh: "缺少 --year（例如 --year 2019）",
      en: "--year is required (e.g. --year 2019)",
    });
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new UsageError({
      zh: `--year 应为年份，而不是 ${JSON.stringify(value)}`,
      en: `--year must be a year, not ${JSON.stringify(value)}`,
    });
  return year;
}

/** A date option (`--as-of 2019-11-05`), as a Shanghai calendar date. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = normaliseCalendarDate(value);
  if (date === undefined)
    throw new UsageError({
      zh: `--${name} 应为日期 YYYY-MM-DD，而不是 ${JSON.stringify(value)}`,
      en: `--${name} must be a date YYYY-MM-DD, not ${JSON.stringify(value)}`,
    });
  return date;
}
