import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RecordKeys } from "./recordKeys";
import { SheetLayout } from "./sheetLayout";

const sheetNamed = (name: string) => new SheetLayout(name, {} as never, 1, []);

describe("RecordKeys", () => {
  it("gives back each record's sheet, row and kept text fields, as a plain list of them would", () => {
    const sheets = [sheetNamed("党员"), sheetNamed("党员（续）"), sheetNamed("Sheet3")];
    const record = fc.record({
      sheet: fc.integer({ min: 0, max: 2 }),
      row: fc.integer({ min: 2, max: 1_048_576 }),
      id: fc.option(fc.string(), { nil: undefined }),
      unitId: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 2500 }), (records) => {
        const keys = new RecordKeys(["id", "unitId"]);
        for (const r of records)
          keys.add({ id: r.id, unitId: r.unitId }, { sheet: sheets[r.sheet] as SheetLayout, row: r.row });
        expect(keys.count).toBe(records.length);
        records.forEach((r, index) => {
          expect(keys.origin(index)).toEqual({ sheet: sheets[r.sheet], row: r.row });
          expect(keys.value(index, "id")).toBe(r.id);
          expect(keys.value(index, "unitId")).toBe(typeof r.unitId === "string" ? r.unitId : undefined);
          expect(keys.value(index, "name")).toBeUndefined();
        });
      }),
      { numRuns: 40 },
    );
  });
});
