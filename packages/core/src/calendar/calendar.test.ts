import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonthsClamped } from "./addMonthsClamped";
import { normaliseCalendarDate } from "./calendarDate";
import { dayNumberOf, fromDayNumber, toDayNumber } from "./dayNumber";
import { periodContaining, periodsOfYear } from "./periods";

const day = (iso: string) => toDayNumber(iso);

describe("calendar dates in Asia/Shanghai", () => {
  it("accepts YYYY-MM-DD only for days that exist", () => {
    expect(normaliseCalendarDate("2019-10-31")).toBe("2019-10-31");
    expect(normaliseCalendarDate("2020-02-29")).toBe("2020-02-29");
    expect(normaliseCalendarDate("2019-02-29")).toBeUndefined();
    expect(normaliseCalendarDate("2019-13-01")).toBeUndefined();
    expect(normaliseCalendarDate("2019/10/31")).toBeUndefined();
  });

  it("turns an instant with an offset into the Shanghai date", () => {
    expect(normaliseCalendarDate("2019-10-31T20:00:00Z")).toBe("2019-11-01");
    expect(normaliseCalendarDate("2019-10-31T15:59:59Z")).toBe("2019-10-31");
    expect(normaliseCalendarDate("2019-12-31T23:30:00+08:00")).toBe("2019-12-31");
    expect(normaliseCalendarDate("2019-12-31T10:30:00-05:00")).toBe("2019-12-31");
    expect(normaliseCalendarDate("2019-12-31T11:30:00-05:00")).toBe("2020-01-01");
  });

  it("reads a date-time without an offset as Shanghai wall-clock time", () => {
    expect(normaliseCalendarDate("2019-12-31T23:30")).toBe("2019-12-31");
    expect(normaliseCalendarDate("2019-12-31 23:59:59")).toBe("2019-12-31");
    expect(normaliseCalendarDate("2019-12-31T24:00")).toBeUndefined();
  });

  it("refuses a day, hour or offset that does not exist instead of rolling it over", () => {
    // Date.parse would read 2019-02-30T10:00:00Z as 2019-03-02.
    expect(normaliseCalendarDate("2019-02-30T10:00:00Z")).toBeUndefined();
    expect(normaliseCalendarDate("2019-04-31T10:00:00+08:00")).toBeUndefined();
    expect(normaliseCalendarDate("2019-02-29 08:00:00+0800")).toBeUndefined();
    expect(normaliseCalendarDate("2020-02-29 08:00:00+0800")).toBe("2020-02-29");
    expect(normaliseCalendarDate("2019-12-31T24:00:00Z")).toBeUndefined();
    expect(normaliseCalendarDate("2019-12-31T23:60:00Z")).toBeUndefined();
    expect(normaliseCalendarDate("2019-12-31T23:59:60Z")).toBeUndefined();
    expect(normaliseCalendarDate("2019-12-31T23:59:59+24:00")).toBeUndefined();
    expect(normaliseCalendarDate("2019-12-31T23:59:59+08:60")).toBeUndefined();
    expect(normaliseCalendarDate("2019-1x-31")).toBeUndefined();
    expect(normaliseCalendarDate("2019-12-31t16:00:00z")).toBe("2020-01-01");
  });

  it("gives the Shanghai date of any valid date-time and offset, the time-zone database's answer", () => {
    const two = (n: number) => String(n).padStart(2, "0");
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1900, 0, 1)),
          max: new Date(Date.UTC(2100, 11, 31)),
          noInvalidDate: true,
        }),
        fc.integer({ min: -(14 * 60), max: 14 * 60 }),
        fc.boolean(),
        (wall, offsetMinutes, colon) => {
          // `wall` read in UTC gives the written fields; the offset says which instant they name.
          const sign = offsetMinutes < 0 ? "-" : "+";
          const abs = Math.abs(offsetMinutes);
          const offset = `${sign}${two(Math.floor(abs / 60))}${colon ? ":" : ""}${two(abs % 60)}`;
          const text = `${wall.toISOString().slice(0, 19)}${offset}`;
          const instant = wall.getTime() - offsetMinutes * 60_000;
          const expected = format(new TZDate(instant, "Asia/Shanghai"), "yyyy-MM-dd");
          // Before 1900-01-01 (a late-evening offset on 1900-01-01) is outside the supported range.
          expect(normaliseCalendarDate(text)).toBe(expected >= "1900-01-01" ? expected : undefined);
        },
      ),
    );
  });

  it("agrees with plain UTC+8 arithmetic for every instant, whatever the host zone", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2060, 0, 1) }), (ms) => {
        const expected = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(normaliseCalendarDate(new Date(ms).toISOString())).toBe(expected);
      }),
    );
  });

  it("day numbers round-trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
    expect(() => toDayNumber("2019-10-31T00:00")).toThrow(/YYYY-MM-DD/);
  });
});

describe("one calendar month later, clamped to month end", () => {
  it("01-31 is due by 02-28, or 02-29 in a leap year; 12-31 by 01-31", () => {
    expect(fromDayNumber(addMonthsClamped(day("2019-01-31"), 1))).toBe("2019-02-28");
    expect(fromDayNumber(addMonthsClamped(day("2020-01-31"), 1))).toBe("2020-02-29");
    expect(fromDayNumber(addMonthsClamped(day("2019-12-31"), 1))).toBe("2020-01-31");
    expect(fromDayNumber(addMonthsClamped(day("2019-10-15"), 1))).toBe("2019-11-15");
  });

  it("lands 28–31 days later for any day", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(2000, 1, 1), max: dayNumberOf(2099, 12, 31) }), (d) => {
        const later = addMonthsClamped(d, 1);
        expect(later - d).toBeGreaterThanOrEqual(28);
        expect(later - d).toBeLessThanOrEqual(31);
      }),
    );
  });
});

describe("periods", () => {
  it("03-31 is in Q1 and H1, 04-01 in Q2; Q4 2019 is October to December", () => {
    expect(periodContaining("quarter", day("2019-03-31")).label).toBe("2019-Q1");
    expect(periodContaining("quarter", day("2019-04-01")).label).toBe("2019-Q2");
    expect(periodContaining("half-year", day("2019-06-30")).label).toBe("2019-H1");
    const q4 = periodContaining("quarter", day("2019-11-11"));
    expect([fromDayNumber(q4.first), fromDayNumber(q4.last)]).toEqual(["2019-10-01", "2019-12-31"]);
    expect(fromDayNumber(periodContaining("month", day("2020-02-10")).last)).toBe("2020-02-29");
  });

  it("the periods of a year tile it: every day is in exactly one period of each kind", () => {
    for (const kind of ["month", "quarter", "half-year", "year"] as const) {
      const periods = periodsOfYear(kind, 2020);
      expect(periods[0]?.first).toBe(day("2020-01-01"));
      expect(periods.at(-1)?.last).toBe(day("2020-12-31"));
      periods.slice(1).forEach((p, i) => {
        expect(p.first).toBe((periods[i]?.last ?? 0) + 1);
      });
    }
  });
});
