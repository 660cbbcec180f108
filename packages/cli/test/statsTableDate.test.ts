import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli, EXAMPLE_WORKBOOK, tempDir } from "./support";

const HEADER = "统计表报送日期\nStatistics table sent on";

/**
 * The example workbook with its 统计表报送日期 column on the 单位 sheet filled
 * for the units given and empty for the rest, or with no such column (`null`).
 */
async function exampleWithStatsTableDates(dates: Record<string, string> | null): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE_WORKBOOK);
  const units = workbook.getWorksheet("单位") as ExcelJS.Worksheet;
  const header = units.getRow(2);
  let column = (header.values as unknown[]).indexOf(HEADER);
  if (dates === null) {
    if (column !== -1) units.spliceColumns(column, 1);
  } else {
    if (column === -1) column = header.cellCount + 1;
    header.getCell(column).value = HEADER;
    units.eachRow((row, rowNumber) => {
      if (rowNumber > 2) row.getCell(column).value = dates[String(row.getCell(1).value)] ?? null;
    });
  }
  const path = join(tempDir(), "records.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

const assessJson = async (workbook: string) => {
  const run = await cli([
    ...["assess", workbook, "--year", "2019", "--edition", "zhengzhou-2019-health-commission", "--json"],
  ]);
  expect(run.stderr).toBe("");
  const deadlines: { unitId: string; status: string; reason: string | null }[] = JSON.parse(
    run.stdout,
  ).statisticsDeadlines;
  return Object.fromEntries(deadlines.map((d) => [d.unitId, [d.status, d.reason]]));
};

describe("M-STATS-TABLE from the workbook's 单位 sheet (ZWJ31: by 2019-11-10)", () => {
  it("is met on time, late after the edition's deadline, and missing where the cell is empty", async () => {
    // Regression: no column could hold the date, so every unit of a full-year report was 未达标.
    const path = await exampleWithStatsTableDates({ "u-hospital": "2019-11-10", "u-cdc": "2019-11-11" });
    const deadlines = await assessJson(path);
    expect(deadlines["u-hospital"]).toEqual(["met", null]);
    expect(deadlines["u-cdc"]).toEqual(["unmet", "late"]);
    expect(deadlines["u-supervision"]).toEqual(["unmet", "missing"]);
  }, 60_000);

  it("without the column, every unit is missing as before", async () => {
    const deadlines = await assessJson(await exampleWithStatsTableDates(null));
    expect(Object.keys(deadlines).length).toBeGreaterThan(0);
    expect(
      Object.values(deadlines).every(([status, reason]) => status === "unmet" && reason === "missing"),
    ).toBe(true);
  }, 60_000);

  it("reads the bundled example's dates: three units on time, 郑州市卫生健康监督所 late", async () => {
    expect(await assessJson(EXAMPLE_WORKBOOK)).toEqual({
      "u-wjw": ["met", null],
      "u-hospital": ["met", null],
      "u-cdc": ["met", null],
      "u-supervision": ["unmet", "late"],
    });
  }, 60_000);
});
