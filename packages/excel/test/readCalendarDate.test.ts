import { describe, expect, it } from "vitest";
import { readCalendarDate } from "../src/cells/readCalendarDate";

describe("readCalendarDate", () => {
  it.each([
    ["2019-10-18", "2019-10-18"],
    ["2019/10/18", "2019-10-18"],
    ["2019.10.18", "2019-10-18"],
    ["2019年10月18日", "2019-10-18"],
    ["2019年1月5日", "2019-01-05"],
    ["2019/1/5", "2019-01-05"],
    ["2019-10-18 14:30", "2019-10-18"],
    ["2019/10/18 23:59:59", "2019-10-18"],
    ["2019年10月18日 8:05", "2019-10-18"],
    ["2019-10-18T23:30", "2019-10-18"],
    ["  2019-10-18  ", "2019-10-18"],
    ["２０１９－１０－１８", "2019-10-18"],
    ["20191018", "2019-10-18"],
    // An instant with an offset is read in Shanghai: 20:00 UTC is 04:00 the next day there.
    ["2019-10-31T20:00:00Z", "2019-11-01"],
  ])("reads the text %j as %s", (text, expected) => {
    expect(readCalendarDate(text)).toBe(expected);
  });

  it.each([
    "2019-02-29",
    "2019-13-01",
    "2019-10-32",
    "2019-10/18",
    "18/10/2019",
    "2019-10-18 25:00",
    "下周一",
    "2019",
  ])("rejects %j", (text) => {
    expect(readCalendarDate(text)).toBeUndefined();
  });

  it("reads Excel serial numbers, ignoring the time of day", () => {
    expect(readCalendarDate(43756)).toBe("2019-10-18");
    expect(readCalendarDate(43756.99)).toBe("2019-10-18");
    expect(readCalendarDate(43831)).toBe("2020-01-01");
    expect(readCalendarDate(20191018)).toBe("2019-10-18");
    expect(readCalendarDate(12)).toBeUndefined();
    expect(readCalendarDate(-5)).toBeUndefined();
  });

  it("reads a date cell by its UTC fields, which hold the wall-clock value typed in Excel", () => {
    expect(readCalendarDate(new Date(Date.UTC(2019, 9, 18)))).toBe("2019-10-18");
    expect(readCalendarDate(new Date(Date.UTC(2019, 9, 18, 23, 59)))).toBe("2019-10-18");
    expect(readCalendarDate(new Date(Date.UTC(2019, 9, 18, 0, 1)))).toBe("2019-10-18");
    expect(readCalendarDate(new Date(Number.NaN))).toBeUndefined();
  });
});
