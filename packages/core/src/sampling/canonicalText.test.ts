import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodePoints, sortByCodePoint } from "../collections/compareCodePoints";
import { canonicalTextProblem } from "./canonicalText";

describe("canonicalTextProblem", () => {
  it("accepts ordinary IDs, Chinese text and characters above U+FFFF", () => {
    for (const text of ["M001", "金水区", "a b", "😀x", "2019-11-02 福彩3D 741"]) {
      expect(canonicalTextProblem(text)).toBeUndefined();
    }
  });

  it.each([
    ["", "is empty"],
    ["a\tb", "contains a control character"],
    ["a\nb", "contains a control character"],
    ["a\u0000", "contains a control character"],
    ["a\u0085", "contains a control character"],
    [" a", "has leading or trailing white space"],
    ["a\u3000", "has leading or trailing white space"],
    ["a\uD800", "contains an unpaired surrogate"],
    ["\uDC00a", "contains an unpaired surrogate"],
    ["x".repeat(1001), "is longer than 1000 characters"],
  ])("refuses %j: %s", (text, problem) => {
    expect(canonicalTextProblem(text)).toBe(problem);
  });

  it("refuses what is not text", () => {
    expect(canonicalTextProblem(42)).toBe("is not text");
  });
});

/** UTF-8 byte order, the definition. */
function byUtf8(a: string, b: string): number {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++)
    if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}

describe("code point order", () => {
  it("puts a character above U+FFFF after U+FF5E, unlike UTF-16 order", () => {
    expect("😀" < "\uFF5E").toBe(true);
    expect(compareCodePoints("😀", "\uFF5E")).toBeGreaterThan(0);
    expect(sortByCodePoint(["😀", "\uFF5E", "a"])).toEqual(["a", "\uFF5E", "😀"]);
  });

  it("is the order of the UTF-8 bytes", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "b", "é", "党", "\uFF5E", "😀", "🀄"),
      maxLength: 5,
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(byUtf8(a, b)));
      }),
    );
    fc.assert(
      fc.property(fc.array(text), (texts) => {
        expect(sortByCodePoint(texts)).toEqual([...texts].sort(byUtf8));
      }),
    );
  });
});
