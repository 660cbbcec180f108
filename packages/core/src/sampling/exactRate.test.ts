import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exactRate, percentText, requiredSampleSize } from "./exactRate";
import { SamplingInputError } from "./samplingError";

describe("exactRate", () => {
  it("reads the rate as the decimal it is written as", () => {
    expect(exactRate(0.2)).toEqual({ text: "0.2", numerator: 1n, denominator: 5n });
    expect(exactRate(1)).toEqual({ text: "1", numerator: 1n, denominator: 1n });
    expect(exactRate(0.125)).toEqual({ text: "0.125", numerator: 1n, denominator: 8n });
    expect(exactRate(1e-7)).toEqual({ text: "1e-7", numerator: 1n, denominator: 10000000n });
  });

  it("refuses rates outside (0, 1]", () => {
    for (const rate of [0, -0.1, 1.01, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => exactRate(rate)).toThrow(SamplingInputError);
    }
  });
});

describe("requiredSampleSize", () => {
  it("is ceil(20% × N): 10 → 2, 11 → 3, 0 → 0, 5 → 1, 1 → 1", () => {
    expect([10, 11, 0, 5, 1, 15, 16].map((n) => requiredSampleSize(0.2, n))).toEqual([2, 3, 0, 1, 1, 3, 4]);
  });

  it("is exact where floating point is not", () => {
    // In doubles 0.07 × 100 = 7.000000000000001 and 0.14 × 100 = 14.000000000000002.
    expect(Math.ceil(0.07 * 100)).toBe(8);
    expect(requiredSampleSize(0.07, 100)).toBe(7);
    expect(Math.ceil(0.14 * 100)).toBe(15);
    expect(requiredSampleSize(0.14, 100)).toBe(14);
    expect(requiredSampleSize(0.1, 30)).toBe(3);
  });

  it("equals ceil(p × N / 100) for every whole percentage p", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 10_000_000 }), (p, n) => {
        expect(requiredSampleSize(p / 100, n)).toBe(Math.floor((p * n + 99) / 100));
      }),
    );
  });

  it("refuses a population size that is not a whole number", () => {
    expect(() => requiredSampleSize(0.2, 1.5)).toThrow(SamplingInputError);
    expect(() => requiredSampleSize(0.2, -1)).toThrow(SamplingInputError);
  });
});

describe("percentText", () => {
  it("writes the rate as a percentage without rounding", () => {
    expect(percentText(0.2)).toBe("20%");
    expect(percentText(0.125)).toBe("12.5%");
    expect(percentText(1)).toBe("100%");
    expect(percentText(0.0005)).toBe("0.05%");
  });
});
