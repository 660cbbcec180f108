import { TZDate } from "@date-fns/tz";
import { addMonths, endOfQuarter, format, startOfQuarter } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemberRecords } from "../model/memberRecords";
import { validate } from "../model/validate";
import { refusedAt } from "../testing/refusedAt";
import { addMonthsClamped } from "./addMonthsClamped";
import { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE, normaliseCalendarDate } from "./calendarDate";
import { fromDayNumber, monthOfDay, toDayNumber, yearOfDay } from "./dayNumber";
import { periodContaining } from "./periods";

const MS_PER_DAY = 86_400_000;
const FIRST = toDayNumber(FIRST_SUPPORTED_DATE);
const LAST = toDayNumber(LAST_SUPPORTED_DATE);
const anyDay = fc.integer({ min: FIRST, max: LAST });
/** The day as the time-zone library reads it: midnight UTC of the day number. */
const reference = (day: number) => new TZDate(day * MS_PER_DAY, "UTC");

describe("the supported dates: 1900-01-01 to 2199-12-31", () => {
  it("refuses dates outside the range instead of misreading them", () => {
    // Date.UTC reads year 50 as 1950; 9999-12-31T16:00Z is 10000-01-01 in Shanghai; year 0 became year 1.
    for (const text of [
      "0050-01-01",
      "0000-01-01T00:00Z",
      "9999-12-31T16:00Z",
      "9999-12-15",
      "1899-12-31",
      "2200-01-01",
      "2199-12-31T16:00:00Z",
    ]) {
      expect(normaliseCalendarDate(text), text).toBeUndefined();
    }
  });

  it("accepts both ends, also as instants", () => {
    expect(normaliseCalendarDate("1900-01-01")).toBe("1900-01-01");
    expect(normaliseCalendarDate("2199-12-31")).toBe("2199-12-31");
    expect(normaliseCalendarDate("2199-12-31T15:59:59Z")).toBe("2199-12-31");
    // Shanghai kept local mean time (+08:05:43) until 1901.
    expect(normaliseCalendarDate("1899-12-31T16:00:00Z")).toBe("1900-01-01");
  });

  it("the data model refuses them at the boundary, naming the field", () => {
    const records = {
      member: { id: "m1", name: "张三", unitId: "u1", branchId: "b1", inService: true },
      residences: [
        {
          id: "r1",
          memberId: "m1",
          communityId: "c1",
          communityName: "社区",
          district: "区",
          from: "0050-01-01",
        },
        {
          id: "r2",
          memberId: "m1",
          communityId: "c2",
          communityName: "社区",
          district: "区",
          from: "9999-12-15",
        },
      ],
    };
    expect(refusedAt(() => validate(MemberRecords, records))).toEqual([
      "residences[0].from",
      "residences[1].from",
    ]);
  });

  it("day numbers, years and months agree with the time-zone library over the whole range", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const date = reference(day);
        expect(fromDayNumber(day)).toBe(format(date, "yyyy-MM-dd"));
        expect(toDayNumber(fromDayNumber(day))).toBe(day);
        expect(yearOfDay(day)).toBe(date.getFullYear());
        expect(monthOfDay(day)).toBe(date.getMonth() + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it("month arithmetic and quarters agree with date-fns over the whole range", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -36, max: 36 }), (day, months) => {
        const expected = format(addMonths(reference(day), months), "yyyy-MM-dd");
        expect(fromDayNumber(addMonthsClamped(day, months))).toBe(expected);
        const quarter = periodContaining("quarter", day);
        expect(fromDayNumber(quarter.first)).toBe(format(startOfQuarter(reference(day)), "yyyy-MM-dd"));
        expect(fromDayNumber(quarter.last)).toBe(format(endOfQuarter(reference(day)), "yyyy-MM-dd"));
      }),
      { numRuns: 2000 },
    );
  });

  it("an instant's Shanghai date is the time-zone database's, and refused exactly when it falls outside", () => {
    fc.assert(
      fc.property(fc.integer({ min: (FIRST - 2) * MS_PER_DAY, max: (LAST + 2) * MS_PER_DAY }), (ms) => {
        const shanghai = format(new TZDate(ms, "Asia/Shanghai"), "yyyy-MM-dd");
        const inRange = shanghai >= FIRST_SUPPORTED_DATE && shanghai <= LAST_SUPPORTED_DATE;
        expect(normaliseCalendarDate(new Date(ms).toISOString())).toBe(inRange ? shanghai : undefined);
      }),
      { numRuns: 2000 },
    );
  });
});
