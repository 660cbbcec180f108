import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAPPED_ARRAY_BYTES, SMALL_ARRAY_BYTES, typedArrayOf } from "./typedArrayOf";

describe("typedArrayOf", () => {
  it("gives an array of exactly the length asked for, zero-filled, of the type asked for", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), (length) => {
        const array = typedArrayOf(Int32Array, length);
        expect(array).toBeInstanceOf(Int32Array);
        expect(array.length).toBe(length);
        expect(array.every((value) => value === 0)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it("puts an array past 1 MiB in a buffer of at least 32 MiB (one the C library maps and gives back), a small one in its own size", () => {
    expect(typedArrayOf(Uint8Array, SMALL_ARRAY_BYTES).buffer.byteLength).toBe(SMALL_ARRAY_BYTES);
    expect(typedArrayOf(Uint32Array, 10).buffer.byteLength).toBe(40);
    expect(typedArrayOf(Uint8Array, SMALL_ARRAY_BYTES + 1).buffer.byteLength).toBe(MAPPED_ARRAY_BYTES);
    expect(typedArrayOf(Uint32Array, MAPPED_ARRAY_BYTES / 2).buffer.byteLength).toBe(2 * MAPPED_ARRAY_BYTES);
  });
});
