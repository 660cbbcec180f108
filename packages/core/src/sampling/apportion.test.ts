import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ApportionStratum, apportion } from "./apportion";

/** Ties by stratum index: enough to test the sharing itself. */
const byIndex = (a: number, b: number) => a - b;
const strata = (...sizes: number[]): ApportionStratum[] => sizes.map((size) => ({ size, fixed: 0 }));

describe("apportion: examples", () => {
  it("shares in proportion by largest remainder", () => {
    expect(apportion(10, strata(30, 15, 5), byIndex)).toEqual([6, 3, 1]);
    expect(apportion(4, strata(5, 5, 5), byIndex)).toEqual([2, 1, 1]);
    expect(apportion(7, strata(10, 20, 40), byIndex)).toEqual([1, 2, 4]);
  });

  it("gives 7 + 3 members one place each of 2", () => {
    expect(apportion(2, strata(7, 3), byIndex)).toEqual([1, 1]);
  });

  it("gives every non-empty stratum at least one, taking the places from the large ones", () => {
    expect(apportion(20, strata(97, 2, 1), byIndex)).toEqual([18, 1, 1]);
    expect(apportion(3, strata(10, 0, 1), byIndex)).toEqual([2, 0, 1]);
  });

  it("with fewer places than strata, the largest get one each, ties by preference", () => {
    expect(apportion(2, strata(1, 4, 2, 4), byIndex)).toEqual([0, 1, 0, 1]);
    expect(apportion(1, strata(3, 3), (a, b) => b - a)).toEqual([0, 1]);
  });

  it("keeps fixed members and counts them toward the total", () => {
    expect(
      apportion(
        4,
        [
          { size: 10, fixed: 3 },
          { size: 10, fixed: 0 },
        ],
        byIndex,
      ),
    ).toEqual([3, 1]);
    expect(
      apportion(
        2,
        [
          { size: 10, fixed: 3 },
          { size: 10, fixed: 0 },
        ],
        byIndex,
      ),
    ).toEqual([3, 0]);
  });

  it("asks the preference only on exact ties, with the shares so far", () => {
    const asked: [number, number, number[]][] = [];
    const result = apportion(3, strata(2, 2), (a, b, given) => {
      asked.push([a, b, [...given]]);
      return b - a;
    });
    expect(result).toEqual([1, 2]);
    expect(asked.length).toBeGreaterThan(0);
    for (const [, , given] of asked) expect(given).toEqual([1, 1]);
  });
});

describe("apportion: properties", () => {
  const input = fc
    .array(
      fc.record({
        size: fc.integer({ min: 0, max: 40 }),
        fixedShare: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      {
        minLength: 1,
        maxLength: 8,
      },
    )
    .chain((raw) => {
      const list = raw.map(({ size, fixedShare }) => ({ size, fixed: Math.floor(size * fixedShare * 0.5) }));
      const total = list.reduce((sum, s) => sum + s.size, 0);
      return fc.tuple(fc.constant(list), fc.integer({ min: 0, max: total }));
    });

  it("adds up to max(total, fixed), keeps fixed members and stays within each stratum", () => {
    fc.assert(
      fc.property(input, ([list, total]) => {
        const shares = apportion(total, list, byIndex);
        const fixed = list.reduce((sum, s) => sum + s.fixed, 0);
        expect(shares.reduce((sum, a) => sum + a, 0)).toBe(Math.max(total, fixed));
        list.forEach((s, i) => {
          expect(shares[i]).toBeGreaterThanOrEqual(s.fixed);
          expect(shares[i]).toBeLessThanOrEqual(s.size);
        });
      }),
    );
  });

  it("gives every non-empty stratum one when the places allow it", () => {
    fc.assert(
      fc.property(input, ([list, total]) => {
        const shares = apportion(total, list, byIndex);
        const lower = list.reduce((sum, s) => sum + (s.size > 0 ? Math.max(1, s.fixed) : 0), 0);
        if (lower > total) return;
        for (const [i, s] of list.entries()) if (s.size > 0) expect(shares[i]).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it("stays within one place of the exact quota when no stratum needs its minimum", () => {
    fc.assert(
      fc.property(input, ([list, total]) => {
        const sizes = list.map((s) => ({ size: s.size, fixed: 0 }));
        const n = sizes.reduce((sum, s) => sum + s.size, 0);
        fc.pre(n > 0 && sizes.every((s) => s.size === 0 || total * s.size >= n));
        const shares = apportion(total, sizes, byIndex);
        sizes.forEach((s, i) => {
          const quota = (total * s.size) / n;
          expect(Math.abs((shares[i] as number) - quota)).toBeLessThan(1);
        });
      }),
    );
  });

  it("does not depend on the order of the strata (with a preference that follows the stratum)", () => {
    fc.assert(
      fc.property(input, fc.nat(), ([list, total], rotation) => {
        const r = rotation % list.length;
        const rotated = [...list.slice(r), ...list.slice(0, r)];
        const original = (i: number) => (i + r) % list.length;
        const shares = apportion(total, list, byIndex);
        const rotatedShares = apportion(total, rotated, (a, b) => original(a) - original(b));
        for (let i = 0; i < rotated.length; i++) expect(rotatedShares[i]).toBe(shares[original(i)]);
      }),
    );
  });
});
