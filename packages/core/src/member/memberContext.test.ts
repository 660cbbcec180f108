import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDayNumber } from "../calendar/dayNumber";
import { compareCodePoints } from "../collections/compareCodePoints";
import { datedAndSorted, INSERTION_SORT_MAX } from "./memberContext";

// Few days and few IDs, so that ties on the day, and on both, are common.
const record = fc.record({
  id: fc.constantFrom("e1", "e2", "e10", "é", "E"),
  date: fc.constantFrom("2019-01-01", "2019-06-30", "2019-07-01", "2020-02-29"),
  n: fc.nat(),
});

describe("datedAndSorted", () => {
  it("orders by day, then ID by code points, ties kept in the order given: by insertion or by Array.prototype.sort, whatever the length", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 3 * INSERTION_SORT_MAX }), (records) => {
        const sorted = datedAndSorted(records, (r) => r.date);
        const expected = records
          .map((r, given) => ({ r, given, day: toDayNumber(r.date) }))
          .sort((a, b) => a.day - b.day || compareCodePoints(a.r.id, b.r.id) || a.given - b.given);
        expect(sorted.map((d) => d.record)).toStrictEqual(expected.map((e) => e.r));
        expect(sorted.map((d) => d.day)).toStrictEqual(expected.map((e) => e.day));
      }),
      { numRuns: 300 },
    );
  });
});
