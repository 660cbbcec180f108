import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { writeReportWorkbook } from "../src/report/reportWorkbook";
import { type CoreStatisticsTable, statisticsFormsFromCore } from "../src/report/statisticsForms";
import { STATUS_LOOK } from "../src/report/statusStyle";
import { useTempDir } from "./support/tempDir";

const file = useTempDir();

type Row = CoreStatisticsTable["total"];
const row = (level: Row["level"], unitId: string | null, name: string, members: number): Row => ({
  level,
  unitId,
  name,
  membersInScope: members,
  reportedOnTime: members - 1,
  reportedLate: 1,
  notYetReported: 0,
  reportRate: 1,
  postsClaimedByCode: Array.from({ length: 15 }, (_, i) => (i === 7 ? members : 0)),
  servicesZero: 0,
  servicesOne: 1,
  servicesTwoOrMore: members - 1,
});

// Two units: one sent its table late (a date on record), the other has no date on record.
const core: CoreStatisticsTable = {
  title: "在职党员到居住地社区统计表",
  rows: [
    row("unit", "u-a", "市卫健委机关", 6),
    row("branch", "u-a", "第一支部", 4),
    row("branch", "u-a", "第二支部", 2),
    row("unit", "u-b", "=市疾控中心", 3),
    row("branch", "u-b", "疾控支部", 3),
  ],
  total: row("total", null, "合计", 9),
  deadlines: [
    {
      subject: { id: "u-a" },
      status: "unmet",
      facts: { deadline: "2019-11-10", submittedOn: "2019-11-12", asOf: null },
      explanation: {
        zh: "2019-11-12 才报送统计表，晚于 2019-11-10。",
        en: "Table sent on 2019-11-12 (late).",
      },
    },
    {
      subject: { id: "u-b" },
      status: "unmet",
      facts: { deadline: "2019-11-10", submittedOn: null, asOf: null },
      explanation: { zh: "截止日期 2019-11-10 已过，未见报送统计表。", en: "No table on record." },
    },
  ],
};

const forms = statisticsFormsFromCore(core);
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  await writeReportWorkbook(file("forms.xlsx"), { statisticsTables: forms });
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file("forms.xlsx"));
});

const sheetNamed = (name: string) => workbook.getWorksheet(name) as ExcelJS.Worksheet;
const texts = (sheet: ExcelJS.Worksheet) => {
  const all: string[] = [];
  sheet.eachRow((r) => r.eachCell((cell) => void all.push(String(cell.value))));
  return all;
};

describe("the statistics forms, one per unit and the total (ZWJ31)", () => {
  it("writes the total first, then one form per unit, each its own sheet", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "统计表 汇总 Total",
      "统计表 市卫健委机关",
      "统计表 =市疾控中心",
    ]);
  });

  it("gives each unit's form its branches, its own total and its own filing date", () => {
    const a = sheetNamed("统计表 市卫健委机关");
    expect(a.getCell("A2").value).toBe("填报单位（盖章）Unit: 市卫健委机关");
    expect(a.getCell("M2").value).toBe("填报日期 Date: 2019-11-12");
    expect([a.getCell("A5").value, a.getCell("A6").value, a.getCell("A7").value]).toEqual([
      "  第一支部",
      "  第二支部",
      "合计 Total",
    ]);
    expect([a.getCell("B7").value, a.getCell("A7").font?.bold]).toEqual([6, true]);
    expect(texts(a)).not.toContain("  疾控支部");
  });

  it("prints a blank date with a note when the unit's filing date is not on record", () => {
    const b = sheetNamed("统计表 =市疾控中心");
    // The name came from input: neutralised, and the sheet name keeps it as plain text.
    expect(b.getCell("A2").value).toBe("填报单位（盖章）Unit: =市疾控中心");
    expect(b.getCell("M2").value).toBe(
      "填报日期 Date: ____年__月__日（未记录报送日期，请手填 no filing date on record）",
    );
    expect(texts(b)).toContain("未记录 not on record");
  });

  it("says a unit not yet due has not sent its table, and prints no day the records hold past the report's date", () => {
    const asOf: CoreStatisticsTable = {
      ...core,
      deadlines: [
        {
          subject: { id: "u-a" },
          status: "pending",
          facts: { deadline: "2019-11-10", submittedOn: "2019-11-08", asOf: "2019-11-05" },
        },
      ],
    };
    const [total, a] = statisticsFormsFromCore(asOf);
    expect([a?.date, a?.dateNote]).toEqual([undefined, "截至评估日尚未报送 not sent yet"]);
    expect(a?.filings).toEqual([{ unitName: "市卫健委机关", status: "pending" }]);
    expect(total?.filings?.map((filing) => filing.status)).toEqual(["pending", "not-applicable"]);
  });

  it("keeps the filing status out of the number columns: numbers only in the table, status in its own block", () => {
    for (const sheet of workbook.worksheets) {
      const tableRows = [5, 6, 7].filter((n) => sheet.getCell(`A${n}`).value !== null);
      for (const n of tableRows) {
        const values = (sheet.getRow(n).values as unknown[]).slice(2);
        expect(values.every((value) => typeof value === "number")).toBe(true);
        expect(sheet.getRow(n).cellCount).toBe(24);
      }
      const status = texts(sheet).find((text) => text.startsWith("未达标"));
      expect(status).toBe("未达标 unmet");
    }
    const a = sheetNamed("统计表 市卫健委机关");
    const statusCell = findCell(a, "未达标 unmet");
    expect((statusCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(STATUS_LOOK.unmet.fill);
    const merges = (a.model as { merges: string[] }).merges;
    // The status spans G:I and the note J:X, so neither runs over a neighbour.
    expect(merges).toContain(`G${statusCell.row}:I${statusCell.row}`);
    expect(merges).toContain(`J${statusCell.row}:X${statusCell.row}`);
    expect(a.getCell(`J${statusCell.row}`).alignment).toMatchObject({ wrapText: true });
  });

  it("lists every unit's filing under the total, with the total's date left to the compiler", () => {
    const total = sheetNamed("统计表 汇总 Total");
    expect(total.getCell("A2").value).toBe("填报单位（盖章）Unit: 汇总 All units（2 个单位）");
    expect([total.getCell("A5").value, total.getCell("A6").value, total.getCell("A7").value]).toEqual([
      "市卫健委机关",
      "'=市疾控中心",
      "合计 Total",
    ]);
    expect(total.getCell("B7").value).toBe(9);
    expect(texts(total)).toEqual(expect.arrayContaining(["2019-11-12", "未记录 not on record"]));
  });

  it("gives every form its own signature and stamp line as its last printed row", () => {
    for (const sheet of workbook.worksheets) {
      const signature = findCell(sheet, "填表人 Prepared by:");
      expect(sheet.getRow(signature.fullAddress.row).values).toEqual(
        expect.arrayContaining(["审核人 Checked by:", "单位负责人（签字、盖章）Head (signature, stamp):"]),
      );
      expect(sheet.pageSetup.printArea).toBe(`A1:X${signature.row}`);
    }
  });

  it("prints each form on one A4 landscape page width with its title and header rows repeated", () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "1:4",
      });
    }
  });
});

function findCell(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  const matches: ExcelJS.Cell[] = [];
  sheet.eachRow((r) => r.eachCell((cell) => void (cell.value === text && matches.push(cell))));
  const [found] = matches;
  if (!found) throw new Error(`no cell ${text} on ${sheet.name}`);
  return found;
}
