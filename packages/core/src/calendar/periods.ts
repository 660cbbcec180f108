import { type DayNumber, dayNumberOf, monthOfDay, yearOfDay } from "./dayNumber";

/** The kinds of calendar period the regulations count in. */
export type PeriodKind = "month" | "quarter" | "half-year" | "year";

/** One calendar period, e.g. `2019-Q4`, with its first and last day (inclusive). */
export interface Period {
  kind: PeriodKind;
  /** `2019`, `2019-H2`, `2019-Q4`, `2019-10` */
  label: string;
  year: number;
  /** 1-based index inside the year: month 1–12, quarter 1–4, half 1–2, year 1. */
  index: number;
  first: DayNumber;
  last: DayNumber;
}

const MONTHS_PER: Record<PeriodKind, number> = { month: 1, quarter: 3, "half-year": 6, year: 12 };

function labelOf(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case "month":
      return `${year}-${String(index).padStart(2, "0")}`;
    case "quarter":
      return `${year}-Q${index}`;
    case "half-year":
      return `${year}-H${index}`;
    case "year":
      return String(year);
  }
}

/** The period of a kind with a given index in a year. */
export function periodOf(kind: PeriodKind, year: number, index: number): Period {
  const span = MONTHS_PER[kind];
  const firstMonth = (index - 1) * span + 1;
  return {
    kind,
    label: labelOf(kind, year, index),
    year,
    index,
    first: dayNumberOf(year, firstMonth, 1),
    // Day 0 of the month after is the last day of this one.
    last: dayNumberOf(year, firstMonth + span, 0),
  };
}

/** The period of a kind that contains a day. */
export function periodContaining(kind: PeriodKind, day: DayNumber): Period {
  const index = Math.floor((monthOfDay(day) - 1) / MONTHS_PER[kind]) + 1;
  return periodOf(kind, yearOfDay(day), index);
}

/** Every period of a kind in a year, in order. */
export function periodsOfYear(kind: PeriodKind, year: number): Period[] {
  const count = 12 / MONTHS_PER[kind];
  return Array.from({ length: count }, (_, i) => periodOf(kind, year, i + 1));
}
