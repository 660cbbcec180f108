import { isLeft, isRight } from "fp-ts/Either";
import { describe, expect, test } from "vitest";
import { CalendarDate, NonEmptyText, RecordId, Year } from "./primitives";

const decoded = (result: ReturnType<typeof CalendarDate.decode>) =>
  isRight(result) ? result.right : "rejected";

describe("CalendarDate", () => {
  test("an instant with an offset is read as the Shanghai date", () => {
    expect(decoded(CalendarDate.decode("2019-10-31T20:00:00Z"))).toBe("2019-11-01");
    expect(decoded(CalendarDate.decode("2019-10-31T15:59:59Z"))).toBe("2019-10-31");
    expect(decoded(CalendarDate.decode("2019-11-01T01:00:00+09:00"))).toBe("2019-11-01");
  });

  test("a date-time without an offset is Shanghai wall-clock time", () => {
    expect(decoded(CalendarDate.decode("2019-12-31T23:30"))).toBe("2019-12-31");
    expect(decoded(CalendarDate.decode("2019-12-31 23:30:59.5"))).toBe("2019-12-31");
  });

  test("days that do not exist are rejected, leap days accepted", () => {
    expect(decoded(CalendarDate.decode("2019-02-29"))).toBe("rejected");
    expect(decoded(CalendarDate.decode("2020-02-29"))).toBe("2020-02-29");
    expect(decoded(CalendarDate.decode("1900-02-29"))).toBe("rejected");
    expect(decoded(CalendarDate.decode("2000-02-29"))).toBe("2000-02-29");
    expect(decoded(CalendarDate.decode("2019-02-30"))).toBe("rejected");
    expect(decoded(CalendarDate.decode("2019-04-31"))).toBe("rejected");
  });

  test("other shapes and types are rejected", () => {
    for (const value of ["2019-1-5", "2019/01/05", " 2019-01-05", "2019-01-05T24:00", "", 20190105, null]) {
      expect(isLeft(CalendarDate.decode(value)), String(value)).toBe(true);
    }
  });

  test("is() holds only for canonical dates", () => {
    expect(CalendarDate.is("2020-02-29")).toBe(true);
    expect(CalendarDate.is("2019-10-31T20:00:00Z")).toBe(false);
  });
});

describe("trimmed text", () => {
  test("ids are trimmed, and must keep something after trimming", () => {
    expect(RecordId.decode("  m1\t")).toEqual({ _tag: "Right", right: "m1" });
    expect(isLeft(RecordId.decode(" \u3000\n"))).toBe(true);
    expect(isRight(RecordId.decode(` ${"x".repeat(200)} `))).toBe(true);
    expect(isLeft(RecordId.decode("x".repeat(201)))).toBe(true);
  });

  test("free text allows 2000 characters", () => {
    expect(isRight(NonEmptyText.decode("字".repeat(2000)))).toBe(true);
    expect(isLeft(NonEmptyText.decode("字".repeat(2001)))).toBe(true);
  });
});

describe("Year", () => {
  test("an integer from 2000 to 2100", () => {
    expect([1999, 2000, 2100, 2101, 2019.5, Number.NaN, "2019"].map((v) => isRight(Year.decode(v)))).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
