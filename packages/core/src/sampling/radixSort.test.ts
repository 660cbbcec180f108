import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { radixSort, sortEqualRuns } from "./radixSort";

/** The order radixSort promises: by digits, most significant first, stable. */
function comparisonSort(items: Uint32Array, digits: Uint16Array[]): number[] {
  return Array.from(items).sort((a, b) => {
    for (const digit of digits) if (digit[a] !== digit[b]) return (digit[a] as number) - (digit[b] as number);
    return 0;
  });
}

const digitsArbitrary = (count: number) =>
  fc.array(
    fc.uint16Array({ minLength: count, maxLength: count }).map((d) => d.map((v) => v % 8)), // few values: many ties
    { minLength: 1, maxLength: 4 },
  );

describe("radixSort", () => {
  it("sorts small inputs (comparison path) stably by the digits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }).chain((n) => digitsArbitrary(n).map((digits) => ({ n, digits }))),
        ({ n, digits }) => {
          const items = Uint32Array.from({ length: n }, (_, i) => n - 1 - i);
          expect([...radixSort(items, digits)]).toEqual(comparisonSort(items, digits));
        },
      ),
    );
  });

  it("sorts large inputs (radix path) stably by the digits", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 4096, max: 9000 })
          .chain((n) =>
            fc
              .array(fc.uint16Array({ minLength: n, maxLength: n }), { minLength: 1, maxLength: 3 })
              .map((digits) => ({ n, digits })),
          ),
        fc.boolean(),
        ({ n, digits }, fewValues) => {
          const d = fewValues ? digits.map((digit) => digit.map((v) => v % 16)) : digits;
          const items = Uint32Array.from({ length: n }, (_, i) => (i * 7919) % n);
          expect([...radixSort(items, d)]).toEqual(comparisonSort(items, d));
        },
      ),
      { numRuns: 20 },
    );
  });

  it("sortEqualRuns orders only within runs of equal digits", () => {
    const digits = [Uint16Array.from([1, 0, 1, 0, 2])];
    const sorted = radixSort(Uint32Array.from([0, 1, 2, 3, 4]), digits); // 1, 3 | 0, 2 | 4
    sortEqualRuns(sorted, digits, (a, b) => b - a);
    expect([...sorted]).toEqual([3, 1, 2, 0, 4]);
  });
});
