import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, verdictDigest } from "./verdictDigest";

describe("verdictDigest", () => {
  it("is the SHA-256 of the RFC 8785 text: keys sorted by UTF-16 unit, numbers in ECMAScript form", () => {
    const value = { b: [1e21, -0, 0.1, "é"], a: { "\u20ac": 1, "\ud83d\ude00": 2, z: undefined } };
    expect(canonicalJson(value)).toBe('{"a":{"€":1,"😀":2},"b":[1e+21,0,0.1,"é"]}');
    expect(verdictDigest(value)).toBe(
      createHash("sha256").update(canonicalJson(value), "utf8").digest("hex"),
    );
  });

  it("does not depend on key order, and tells different values apart", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(verdictDigest(reversed)).toBe(verdictDigest(object));
        expect(verdictDigest({ ...object, "\u0000extra": 1 })).not.toBe(verdictDigest(object));
      }),
    );
  });

  it("refuses what JSON cannot say", () => {
    expect(() => verdictDigest(Number.NaN)).toThrow();
    expect(() => verdictDigest(undefined)).toThrow(TypeError);
  });
});
