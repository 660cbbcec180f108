import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextList } from "./textList";

describe("TextList", () => {
  it("gives back every text appended, missing ones as undefined, through growth", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.string({ unit: "grapheme" }), { nil: undefined }), { maxLength: 3000 }),
        (texts) => {
          const list = new TextList();
          for (const text of texts) list.push(text);
          const read = () => texts.map((_, index) => list.get(index));
          expect(list.size).toBe(texts.length);
          expect(read()).toEqual(texts);
          expect(list.get(texts.length)).toBeUndefined();
          expect(list.get(-1)).toBeUndefined();
        },
      ),
      { numRuns: 50 },
    );
  });

  it("tells an empty text from a missing one, and holds texts longer than its first buffer", () => {
    const list = new TextList();
    const long = "党员".repeat(100_000);
    for (const text of ["", undefined, long, "m1"]) list.push(text);
    expect([0, 1, 2, 3].map((i) => list.get(i))).toEqual(["", undefined, long, "m1"]);
  });
});
