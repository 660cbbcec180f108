import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodePoints } from "../collections/compareCodePoints";
import { codePointOrder, encodeTexts } from "./utf8Table";

const text = fc.string({
  unit: fc.constantFrom("M", "0", "1", "2", "a", "é", "党", "\uFF5E", "😀"),
  maxLength: 12,
});

describe("encodeTexts", () => {
  it("encodes each text as UTF-8", () => {
    fc.assert(
      fc.property(fc.array(text), (texts) => {
        const table = encodeTexts(texts);
        texts.forEach((t, i) => {
          const bytes = table.bytes.subarray(table.offsets[i], table.offsets[i + 1]);
          expect([...bytes]).toEqual([...new TextEncoder().encode(t)]);
        });
      }),
    );
  });
});

describe("codePointOrder", () => {
  it("sorts like a comparison sort by code point, also with long shared prefixes and prefixes of each other", () => {
    const prefixed = fc.tuple(fc.constantFrom("", "M0000", "党支部-第一"), text).map(([p, t]) => p + t);
    fc.assert(
      fc.property(fc.array(prefixed, { maxLength: 80 }), (texts) => {
        const order = codePointOrder(encodeTexts(texts));
        expect([...order].map((i) => texts[i])).toEqual([...texts].sort(compareCodePoints));
      }),
    );
  });

  it("sorts a large population (the radix path) like a comparison sort", () => {
    // 6,000 IDs: digits with a shared prefix, some prefixes of others, some non-ASCII.
    const texts = Array.from({ length: 6000 }, (_, i) => {
      const n = (i * 7919) % 6000;
      return i % 7 === 0
        ? `M${n}`
        : i % 11 === 0
          ? `M${String(n).padStart(6, "0")}党`
          : `M${String(n).padStart(6, "0")}`;
    });
    const unique = [...new Set(texts)];
    const order = codePointOrder(encodeTexts(unique));
    expect([...order].map((i) => unique[i])).toEqual([...unique].sort(compareCodePoints));
  });

  it("orders a prefix before the longer text", () => {
    const texts = ["M0001000", "M000100", "M00010000", "M0001"];
    const order = codePointOrder(encodeTexts(texts));
    expect([...order].map((i) => texts[i])).toEqual(["M0001", "M000100", "M0001000", "M00010000"]);
  });
});
