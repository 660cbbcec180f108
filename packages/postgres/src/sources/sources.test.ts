import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { collect } from "../../test/exampleSource";
import { ImportRejected } from "../import/importRejected";
import { validateRecords } from "../import/validateRecords";
import { RECORD_TABLES } from "../schema/recordTables";
import { fileSource } from "./fileSource";

const SERVICE_SHEET = "志愿服务";
const WORKBOOK = resolve(__dirname, "../../../../examples/zhengzhou-2019-health-commission/records.xlsx");

describe("file sources", () => {
  it("reads the bundled workbook through the Excel adapter's source, each record with its sheet and row", async () => {
    const batches = (await fileSource(WORKBOOK)).batches()[Symbol.asyncIterator]();
    const first = (await batches.next()).value;
    await batches.return?.(); // closes the workbook
    expect(first?.[0]?.place).toEqual({
      file: "records.xlsx",
      sheet: expect.any(String),
      row: expect.any(Number),
    });
    const all = await collect(await fileSource(WORKBOOK));
    expect(all.members?.length).toBe(150);
    expect(Object.keys(all).every((kind) => Object.hasOwn(RECORD_TABLES, kind))).toBe(true);
  });

  it("refuses a workbook cell it cannot read at its file, sheet and row, as the Excel adapter names it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sbd-xlsx-"));
    const file = join(dir, "bad.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(WORKBOOK);
    // Row 1 is the sheet's title, row 2 its headers; column C the service date.
    const sheet = workbook.getWorksheet(SERVICE_SHEET);
    if (!sheet) throw new Error(`no sheet ${SERVICE_SHEET}`);
    sheet.getCell("C3").value = "不是日期";
    await workbook.xlsx.writeFile(file);
    const error = await validateRecords(await fileSource(file)).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect(error.problems).toContainEqual(
      expect.objectContaining({ place: { file: "bad.xlsx", sheet: SERVICE_SHEET, row: 3 } }),
    );
    expect(error.en).toContain(`bad.xlsx sheet ${SERVICE_SHEET} row 3`);
    expect(error.zh).toContain(`工作表 ${SERVICE_SHEET} 第 3 行`);
  });

  it("reads an NDJSON file with the core's reader; the import names the line that is not a record", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sbd-ndjson-"));
    const file = join(dir, "records.ndjson");
    writeFileSync(file, '{"kind":"units","record":{"id":"u1","name":"单位"}}\n\n{"kind":"units"\n');
    const source = await fileSource(file);
    const read = await collect(source);
    expect(read.units).toEqual([{ id: "u1", name: "单位" }]);
    expect(source.unreadable?.()).toEqual([
      expect.objectContaining({ place: { file: "records.ndjson", line: 3 } }),
    ]);
    const error = await validateRecords(await fileSource(file)).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect(error.en).toContain("records.ndjson line 3");
  });
});
