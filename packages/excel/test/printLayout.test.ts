import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { writeReportWorkbook } from "../src/report/reportWorkbook";
import { countStatuses } from "../src/report/summarySheet";
import { INPUT_SHEETS, INSTRUCTIONS_SHEET_NAME } from "../src/spec/inputSheets";
import { writeTemplate } from "../src/template/writeInputWorkbook";
import { pagesWideFor, widthPerPage } from "../src/writing/printSetup";
import { PERIOD_GRID_FRAME } from "./support/periodGrid";
import { useTempDir } from "./support/tempDir";

// How the sheets that were unreadable on paper (issue 14, item 10) are laid out to print:
// `npm run check:print` prints them with LibreOffice and measures the scale.

const file = useTempDir();
const template = new ExcelJS.Workbook();
const report = new ExcelJS.Workbook();

/** Eighteen periods, as the report's 周期 sheet has: twelve months, four quarters, two halves. */
const PERIODS = [
  ...Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, "0")}`),
  ...["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4", "2019-H1", "2019-H2"],
];

beforeAll(async () => {
  await writeTemplate(file("template.xlsx"), { dropdownRows: 10 });
  await template.xlsx.readFile(file("template.xlsx"));
  await writeReportWorkbook(file("report.xlsx"), {
    summary: { title: { zh: "报告", en: "Report" }, facts: [], statusCounts: countStatuses([]), notes: [] },
    verdicts: [],
    grids: [
      {
        ...PERIOD_GRID_FRAME,
        columns: PERIODS.map((period) => ({ key: period, label: period })),
        rows: [
          {
            labels: ["郑州市卫生健康委员会机关", "每月至少组织一次社区志愿服务活动（U-VOLUNTEER-MONTH）"],
            cells: Object.fromEntries(
              PERIODS.map((period) => [
                period,
                { status: "not-applicable", text: "早于工作开始（before-programme-start）" },
              ]),
            ),
          },
        ],
      },
    ],
  });
  await report.xlsx.readFile(file("report.xlsx"));
});

/** The column widths of a sheet, A onwards, up to its last column. */
function widthsOf(sheet: ExcelJS.Worksheet, count: number): number[] {
  return Array.from({ length: count }, (_, i) => sheet.getColumn(i + 1).width ?? 9);
}

/** The widest share of columns one page takes: its part of the spread columns and the repeated ones. */
function widestPageShare(widths: readonly number[], pages: number, repeated: number): number {
  const titles = widths.slice(0, repeated).reduce((a, b) => a + b, 0);
  const rest = widths.slice(repeated).reduce((a, b) => a + b, 0);
  return titles + (pages > 1 ? rest / pages : rest);
}

describe("pagesWideFor", () => {
  it("keeps a sheet that fits one page at the smallest print scale on one page", () => {
    expect(pagesWideFor([20, 20, 20], false)).toBe(1);
    expect(pagesWideFor([Math.floor(widthPerPage(true))], true)).toBe(1);
  });

  it("spreads a wide sheet over as many pages as keep each page within the width that prints legibly", () => {
    for (const landscape of [false, true]) {
      for (const [widths, repeated] of [
        [Array.from({ length: 20 }, () => 18), 1],
        [[22, 22, ...Array.from({ length: 18 }, () => 16)], 2],
        [Array.from({ length: 60 }, () => 10), 0],
      ] as const) {
        const pages = pagesWideFor(widths, landscape, repeated);
        expect(pages).toBeGreaterThan(1);
        expect(widestPageShare(widths, pages, repeated)).toBeLessThanOrEqual(widthPerPage(landscape));
        // One page fewer would not do.
        expect(widestPageShare(widths, pages - 1, repeated)).toBeGreaterThan(widthPerPage(landscape));
      }
    }
  });
});

describe("the 周期 grid on paper", () => {
  it("prints landscape over several pages, title, legend, headers and label columns on every page", () => {
    const grid = report.getWorksheet("周期") as ExcelJS.Worksheet;
    const widths = widthsOf(grid, 2 + PERIODS.length);
    expect(grid.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToHeight: 0,
      printTitlesRow: "1:3",
      printTitlesColumn: "A:B",
    });
    const pages = grid.pageSetup.fitToWidth as number;
    expect(pages).toBeGreaterThan(1);
    expect(widestPageShare(widths, pages, 2)).toBeLessThanOrEqual(widthPerPage(true));
  });

  it("wraps long texts in narrower columns and makes the row tall enough for them", () => {
    const grid = report.getWorksheet("周期") as ExcelJS.Worksheet;
    expect(Math.max(...widthsOf(grid, 2 + PERIODS.length))).toBeLessThanOrEqual(24);
    expect(grid.getCell("C4").value).toBe("早于工作开始（before-programme-start）");
    expect(grid.getCell("C4").alignment).toMatchObject({ wrapText: true });
    expect(grid.getCell("B4").alignment).toMatchObject({ wrapText: true });
    // Three lines at least: 早于工作开始 / （before- / programme-start）.
    expect(grid.getRow(4).height).toBeGreaterThanOrEqual(45);
  });
});

describe("the blank template on paper", () => {
  it("prints every input sheet legibly: one page wide where it fits, else several, the ID column repeated", () => {
    for (const spec of INPUT_SHEETS) {
      const sheet = template.getWorksheet(spec.name) as ExcelJS.Worksheet;
      const { pageSetup } = sheet;
      expect(pageSetup, spec.name).toMatchObject({
        paperSize: 9,
        printTitlesRow: "1:2",
        printTitlesColumn: "A:A",
      });
      // Wrapped: LibreOffice fits the page to a long title's whole width (党员走访 printed at 45 %).
      expect(sheet.getCell("A1").alignment, spec.name).toMatchObject({ wrapText: true });
      const landscape = pageSetup.orientation === "landscape";
      const widths = widthsOf(sheet, spec.columns.length);
      expect(widestPageShare(widths, pageSetup.fitToWidth as number, 1), spec.name).toBeLessThanOrEqual(
        widthPerPage(landscape),
      );
    }
  });

  it("prints the 共建活动 sheet, twenty columns wide, landscape over several pages", () => {
    const activities = template.getWorksheet("共建活动") as ExcelJS.Worksheet;
    expect(activities.pageSetup.orientation).toBe("landscape");
    expect(activities.pageSetup.fitToWidth).toBeGreaterThan(1);
  });

  it("prints the instructions one portrait page wide, the table's header on every page, long texts wrapped", () => {
    const instructions = template.getWorksheet(INSTRUCTIONS_SHEET_NAME) as ExcelJS.Worksheet;
    let headerRow = 0;
    instructions.eachRow((row) => {
      if (row.getCell(1).value === "工作表\nSheet") headerRow = row.number;
    });
    expect(instructions.pageSetup).toMatchObject({
      orientation: "portrait",
      fitToWidth: 1,
      printTitlesRow: `${headerRow}:${headerRow}`,
    });
    const widths = widthsOf(instructions, 7);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(widthPerPage(false));
    // A general rule spans the table's width and wraps; a column's long requirement makes its row taller.
    const dates = instructions.getRow(8);
    expect(String(dates.getCell(1).value)).toMatch(/^日期可填 2019-10-18/);
    expect(dates.getCell(1).alignment).toMatchObject({ wrapText: true });
    let tallest = 0;
    instructions.eachRow((row) => {
      if (row.number > headerRow) tallest = Math.max(tallest, row.height ?? 0);
    });
    expect(tallest).toBeGreaterThanOrEqual(45);
  });
});
