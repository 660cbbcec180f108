import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RecordOrigins } from "./recordOrigins";
import { SheetLayout } from "./sheetLayout";

const sheetNamed = (name: string) => new SheetLayout(name, {} as never, 1, []);

describe("RecordOrigins", () => {
  it("gives back each record's sheet and row, as a plain list of them would", () => {
    const sheets = [sheetNamed("党员"), sheetNamed("党员（续）"), sheetNamed("Sheet3")];
    const origin = fc.record({
      sheet: fc.integer({ min: 0, max: 2 }),
      row: fc.integer({ min: 2, max: 1_048_576 }),
    });
    fc.assert(
      fc.property(fc.array(origin, { maxLength: 2500 }), (origins) => {
        const kept = new RecordOrigins();
        for (const o of origins) kept.add({ sheet: sheets[o.sheet] as SheetLayout, row: o.row });
        expect(kept.count).toBe(origins.length);
        origins.forEach((o, index) => {
          expect(kept.origin(index)).toEqual({ sheet: sheets[o.sheet], row: o.row });
        });
      }),
      { numRuns: 40 },
    );
  });
});
