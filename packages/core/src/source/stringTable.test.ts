import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringTable } from "./stringTable";

/** Any UTF-16 text: lone surrogates, NUL, and code units whose low byte is ASCII. */
const anyText = fc.string({ unit: "binary", maxLength: 6 });
/** Past the length a table copies, so kept apart. */
const longText = fc
  .tuple(fc.constantFrom(513, 514, 600), anyText)
  .map(([length, tail]) => "y".repeat(length) + tail);
const closeText = fc.string({
  unit: fc.constantFrom("a", "\u0000", "\u0080", "\u0161", "\u6161", "\ud800", "é"),
  maxLength: 4,
});

describe("StringTable", () => {
  it("holds the same keys as a Map, with the first number given to each (exact, any code units)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(anyText, closeText, longText), { maxLength: 400 }),
        fc.array(fc.oneof(anyText, longText)),
        (keys, probes) => {
          const table = new StringTable();
          const map = new Map<string, number>();
          keys.forEach((key, n) => {
            const entry = table.intern(key);
            if (map.has(key)) {
              expect(entry).toBeGreaterThanOrEqual(0);
              expect(table.value(entry)).toBe(map.get(key));
            } else {
              expect(entry).toBeLessThan(0);
              table.setValue(~entry, 0, n);
              map.set(key, n);
            }
          });
          expect(table.size).toBe(map.size);
          for (const key of [...keys, ...probes]) {
            expect(table.has(key)).toBe(map.has(key));
            if (map.has(key)) expect(table.value(table.find(key))).toBe(map.get(key));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("tells apart keys whose wide code units share bytes with ASCII (no two texts encode alike)", () => {
    const table = new StringTable();
    const keys = [
      "\u0080",
      "\u0100",
      "\u0080\u0000\u0080",
      "\u0000\u0080",
      "\u8000",
      "\u0080\u0080\u0000",
      "",
      "\u0000",
    ];
    for (const key of keys) expect(table.intern(key)).toBeLessThan(0);
    for (const key of keys) expect(table.find(key)).toBeGreaterThanOrEqual(0);
    expect(table.size).toBe(keys.length);
  });

  it("keeps keys too long to copy apart from the copied ones, the empty key included, across growth", () => {
    const table = new StringTable();
    const long = (n: number) => `${"x".repeat(600)}${n}`;
    // The empty key last: a long key's entry has no bytes, so a slot given to it would answer for "".
    const keys = [...Array.from({ length: 2_000 }, (_, n) => (n % 3 === 0 ? long(n) : `k${n}`)), ""];
    for (const [n, key] of keys.entries()) table.setValue(~table.intern(key), 0, n);
    expect(table.size).toBe(keys.length);
    keys.forEach((key, n) => {
      expect(table.intern(key)).toBeGreaterThanOrEqual(0);
      expect(table.value(table.find(key))).toBe(n);
    });
    expect(table.find(long(1))).toBe(-1);
    expect(table.find("x".repeat(600))).toBe(-1);
  });

  it("keeps every entry and its numbers across growth (100k keys, several columns)", () => {
    const table = new StringTable(2);
    for (let n = 0; n < 100_000; n++) {
      const entry = ~table.intern(`m${n}-中${n % 7}`);
      table.setValue(entry, 0, n);
      table.setValue(entry, 1, -n - 1);
    }
    expect(table.size).toBe(100_000);
    for (let n = 0; n < 100_000; n += 997) {
      const entry = table.find(`m${n}-中${n % 7}`);
      expect([table.value(entry, 0), table.value(entry, 1)]).toEqual([n, -n - 1]);
    }
    expect(table.find("m100000-中0")).toBe(-1);
  });
});
