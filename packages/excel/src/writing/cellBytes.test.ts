import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CellStarts, sharedStringCellTail, writeCell } from "./cellBytes";
import { cellXml, sharedStringCellXml } from "./cellXml";
import type { SafeCellValue } from "./safeCellValue";
import { XmlBytes } from "./xmlBytes";

/** What an `XmlBytes` of pieces of `pieceBytes` sends, joined, after `write` (a text longer than a piece goes whole). */
function bytesOf(write: (out: XmlBytes) => void, pieceBytes?: number): Buffer {
  const pieces: Buffer[] = [];
  const out = new XmlBytes((bytes) => pieces.push(Buffer.from(bytes)), pieceBytes);
  write(out);
  out.flush();
  return Buffer.concat(pieces);
}

const cellValue: fc.Arbitrary<SafeCellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    " 前后空格 ",
    "a\nb",
    "<&>",
    "\u0001\uFFFE\uD800x",
    "已认领 1 个志愿服务岗位（岗位编号 13）",
  ),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
);

describe("writeCell: cellXml's bytes, with no string made", () => {
  it("writes every cell exactly as cellXml, in pieces of any size", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            letters: fc.constantFrom("A", "L", "Z", "AB", "XFD"),
            row: fc.integer({ min: 1, max: 1_048_576 }),
            styleId: fc.nat(3000),
            value: cellValue,
          }),
          { maxLength: 20 },
        ),
        fc.constantFrom(16, 31, 64, 1 << 18),
        (cells, pieceBytes) => {
          const expected = cells.map((c) => cellXml(`${c.letters}${c.row}`, c.styleId, c.value)).join("");
          const written = bytesOf((out) => {
            const starts = new CellStarts(cells.map((c) => c.letters));
            cells.forEach((c, column) => {
              starts.row(c.row);
              writeCell(out, starts, column, c.styleId, c.value);
            });
          }, pieceBytes);
          expect(written.toString("utf8")).toBe(expected);
          expect(written).toStrictEqual(Buffer.from(expected));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("writes a shared-string cell's reference and its tail made once exactly as sharedStringCellXml", () => {
    fc.assert(
      fc.property(fc.nat(3000), fc.integer({ min: 1, max: 1_048_576 }), fc.nat(), (styleId, row, index) => {
        const starts = new CellStarts(["A", "B", "C", "D"]);
        starts.row(row);
        const tail = sharedStringCellTail(styleId, index);
        const written = bytesOf((out) => {
          starts.reference(out, 3);
          out.ascii(tail);
        }, 16);
        expect(written.toString("latin1")).toBe(sharedStringCellXml(`D${row}`, styleId, index));
      }),
    );
  });

  it("writes an integer's digits as String does, and text longer than a piece whole", () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.maxSafeNat(), fc.constant(0), fc.constant(10 ** 15)), (n) => {
        expect(bytesOf((out) => out.digits(n), 16).toString("latin1")).toBe(String(n));
      }),
    );
    const long = "测".repeat(40);
    expect(bytesOf((out) => out.text(long), 64).toString("utf8")).toBe(long);
    expect(bytesOf((out) => out.ascii("x".repeat(100)), 64).toString("latin1")).toBe("x".repeat(100));
  });
});
