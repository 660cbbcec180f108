import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importWorkbook } from "../src/import/importWorkbook";
import { INPUT_SHEETS } from "../src/spec/inputSheets";
import { recordToRows } from "../src/template/recordToCells";
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  writeInputWorkbook,
  writeTemplate,
} from "../src/template/writeInputWorkbook";
import { workbookRecordsArbitrary } from "./support/datasetArbitrary";
import { parseBoth } from "./support/parseBoth";
import { useTempDir } from "./support/tempDir";

const file = useTempDir();

/** Fills the template the way another program would: open it with exceljs, write rows under the headers, save. */
async function fillTemplate(templatePath: string, filledPath: string, records: object): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(templatePath);
  for (const spec of INPUT_SHEETS) {
    const sheet = workbook.getWorksheet(spec.name);
    if (sheet === undefined) throw new Error(`template has no sheet ${spec.name}`);
    const rows = (records as Record<string, unknown[]>)[spec.key] ?? [];
    let rowNumber = FIRST_DATA_ROW;
    for (const record of rows) {
      for (const cells of recordToRows(spec, record)) {
        const row = sheet.getRow(rowNumber++);
        cells.forEach((value, column) => {
          if (value !== null) row.getCell(column + 1).value = value;
        });
      }
    }
  }
  await workbook.xlsx.writeFile(filledPath);
}

describe("round trip", () => {
  it("template → filled with exceljs → import gives back the same records", async () => {
    // Few dropdown rows: exceljs's in-memory reader expands each validated cell, which would only slow the test.
    const template = file("template.xlsx");
    await writeTemplate(template, { dropdownRows: 20 });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(workbookRecordsArbitrary, async (input) => {
        const expected = parseBoth(input);
        const filled = file(`filled-${++run}.xlsx`);
        await fillTemplate(template, filled, expected);
        const result = await importWorkbook(filled);
        expect(result.issues).toEqual([]);
        expect(result.records).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it("writeInputWorkbook (streaming writer) → import gives back the same records", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(workbookRecordsArbitrary, async (input) => {
        const expected = parseBoth(input);
        const path = file(`written-${++run}.xlsx`);
        await writeInputWorkbook(path, expected, { dropdownRows: 20 });
        const result = await importWorkbook(path);
        expect(result.issues).toEqual([]);
        expect(result.records).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it("writes headers on the header row of every sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file("template.xlsx"));
    for (const spec of INPUT_SHEETS) {
      const headers = workbook.getWorksheet(spec.name)?.getRow(HEADER_ROW).values as unknown[];
      expect(headers.slice(1).map((h) => String(h).split("\n")[0]?.replace(" *", ""))).toEqual(
        spec.columns.map((c) => c.header),
      );
    }
  });
});
