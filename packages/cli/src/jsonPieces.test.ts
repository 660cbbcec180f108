import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonPieces, writeJson } from "./jsonPieces";

const joined = (value: unknown) => [...jsonPieces(value)].join("");

// JSON values, and what JSON.stringify leaves out or turns into text: undefined members, Dates.
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.jsonValue({ maxDepth: 0 }), fc.date({ noInvalidDate: true })),
  node: fc.oneof(
    { depthSize: "small" },
    tie("leaf"),
    fc.array(tie("node"), { maxLength: 6 }),
    fc.dictionary(fc.string(), fc.oneof(tie("node"), fc.constant(undefined)), { maxKeys: 6 }),
  ),
})).node;

describe("jsonPieces", () => {
  it("joins to exactly what JSON.stringify(value, null, 2) gives", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(joined(v)).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it("writes a long list in pieces of bounded size, ending in one newline", () => {
    const summary = { barred: Array.from({ length: 20_000 }, (_, i) => ({ id: `m${i}`, name: "测试党员" })) };
    const writes: string[] = [];
    writeJson((text) => writes.push(text), summary);
    expect(writes.join("")).toBe(`${JSON.stringify(summary, null, 2)}\n`);
    expect(writes.length).toBeGreaterThan(10);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(70_000);
  });
});
