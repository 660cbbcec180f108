import { join } from "node:path";
import { displayWidth } from "@shuangbaodao/excel";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli, EXAMPLE_ASSESS, tempDir } from "./support";

// How the sheets come out on paper (page counts by LibreOffice's PDF export) is checked by
// `npm run check:print` (scripts/check-print.mjs), outside `npm test`: it needs LibreOffice.

async function pageSetups(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets
    .filter((sheet) => sheet.state !== "hidden")
    .map((sheet) => ({ name: sheet.name, setup: sheet.pageSetup }));
}

/**
 * Every visible sheet prints fit to its page widths (one, or several for a wide
 * sheet, its label columns repeated on each), A4, as many pages tall as it takes.
 */
function expectPrintable(sheets: Awaited<ReturnType<typeof pageSetups>>) {
  for (const { name, setup } of sheets) {
    expect({ name, fitToPage: setup.fitToPage, fitToHeight: setup.fitToHeight }).toEqual({
      name,
      fitToPage: true,
      fitToHeight: 0,
    });
    expect(setup.fitToWidth, name).toBeGreaterThanOrEqual(1);
    if ((setup.fitToWidth as number) > 1) expect(setup.printTitlesColumn, name).toBeTruthy();
    expect(setup.paperSize).toBe(9);
  }
}

describe("printing", () => {
  it("the report prints every sheet fit to width, wide sheets landscape, header rows repeated", async () => {
    const dir = tempDir();
    const out = join(dir, "report.xlsx");
    await cli([...EXAMPLE_ASSESS, "--out", out]);
    const sheets = await pageSetups(out);
    expectPrintable(sheets);
    const byName = new Map(sheets.map((s) => [s.name, s.setup]));
    expect(byName.get("党员结论 Member verdicts")).toMatchObject({
      orientation: "landscape",
      printTitlesRow: "1:2",
    });
    expect(byName.get("汇总 Summary")).toMatchObject({ orientation: "portrait" });
    const grid = byName.get("周期");
    expect(grid).toMatchObject({ orientation: "landscape", printTitlesColumn: "A:B" });
    // The period grid in words first, codes in brackets, each column wide enough for its text.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const periods = workbook.getWorksheet("周期") as ExcelJS.Worksheet;
    const shortfalls: ExcelJS.Cell[] = [];
    periods.eachRow((row) =>
      row.eachCell((cell) => void (String(cell.value).includes("count-short") && shortfalls.push(cell))),
    );
    expect(shortfalls.length).toBeGreaterThan(0);
    for (const cell of shortfalls) {
      expect(cell.value).toBe("次数不足（count-short）");
      expect(periods.getColumn(cell.col).width).toBeGreaterThanOrEqual(
        displayWidth("次数不足（count-short）"),
      );
    }
  }, 120_000);

  it("the report has the statistics table as ZWJ31 files it: the total and one form per unit, each dated", async () => {
    const out = join(tempDir(), "report.xlsx");
    await cli([...EXAMPLE_ASSESS, "--out", out]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const forms = workbook.worksheets.filter((sheet) => sheet.name.startsWith("统计表"));
    expect(forms.map((sheet) => sheet.name)).toEqual([
      "统计表 汇总 Total",
      "统计表 郑州市疾病预防控制中心",
      "统计表 郑州市中心医院",
      "统计表 郑州市卫生健康监督所",
      "统计表 郑州市卫生健康委员会机关",
    ]);
    // Each unit's form carries the day that unit sent the table (the example's 单位 sheet), not the report's date.
    const dateOf = (name: string) => String(workbook.getWorksheet(name)?.getCell("M2").value);
    expect(dateOf("统计表 郑州市中心医院")).toBe("填报日期 Date: 2019-11-06");
    expect(dateOf("统计表 郑州市卫生健康监督所")).toBe("填报日期 Date: 2019-11-12");
    for (const form of forms) {
      expect(form.pageSetup).toMatchObject({
        orientation: "landscape",
        fitToWidth: 1,
        printTitlesRow: "1:4",
      });
      expect(form.pageSetup.printArea).toMatch(/^A1:X\d+$/);
    }
    const late = workbook.getWorksheet("统计表 郑州市卫生健康监督所") as ExcelJS.Worksheet;
    const texts: string[] = [];
    late.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value))));
    expect(texts).toEqual(
      expect.arrayContaining(["未达标 unmet", "单位负责人（签字、盖章）Head (signature, stamp):"]),
    );
  }, 120_000);

  it("the blank template prints each sheet fit to its page widths, the instructions portrait", async () => {
    const dir = tempDir();
    await cli(["template", "--out", "t.xlsx"], { cwd: dir });
    const sheets = await pageSetups(join(dir, "t.xlsx"));
    expectPrintable(sheets);
    expect(sheets[0]).toMatchObject({ name: "说明", setup: { orientation: "portrait" } });
    expect(sheets.find((s) => s.name === "党员")?.setup.printTitlesRow).toBe("1:2");
  }, 120_000);
});
