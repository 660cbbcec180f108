import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FirstIndexes } from "./firstIndexes";

describe("FirstIndexes", () => {
  it("gives back each entry's index, however the indexes run ahead of the entries", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3), { maxLength: 300 }), fc.nat(5), (gaps, start) => {
        const indexes = new FirstIndexes();
        const expected: number[] = [];
        let index = start;
        gaps.forEach((gap, entry) => {
          index += gap;
          indexes.add(entry, index);
          expected.push(index);
          index++;
        });
        expect(expected.map((_, entry) => indexes.of(entry))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
