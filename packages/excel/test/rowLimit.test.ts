import type { Verdict } from "@shuangbaodao/core";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { ReportWorkbook, writeReportWorkbook } from "../src/report/reportWorkbook";
import type { StatusGridRow } from "../src/report/statusGridSheet";
import { countStatuses } from "../src/report/summarySheet";
import type { ReportWarning } from "../src/report/warningsSheet";
import { PERIOD_GRID_FRAME } from "./support/periodGrid";
import { useTempDir } from "./support/tempDir";

// Excel holds 1,048,576 rows a sheet and LibreOffice drops the rows past it:
// at 100k members the verdict sheet has 1.29 million. A sheet that would pass
// the limit goes on in further sheets; here the limit is 12 rows (title and
// header included, so 10 data rows a sheet).

const file = useTempDir();
const LIMIT = 12;

function verdict(index: number): Verdict {
  return {
    ruleId: "M-SERVICE-YEAR",
    subject: { kind: "member", id: `m${String(index).padStart(2, "0")}` },
    year: 2019,
    status: index % 2 === 0 ? "met" : "unmet",
    provisional: false,
    severity: "binding",
    citations: [{ document: "ZZ47-BD", clause: "二(二)", text: "ZZ47-BD 二(二)" }],
    recordIds: [`s${index}`],
    facts: {},
    excluded: [],
    edition: { id: "zhengzhou-2019", version: "1" },
    explanation: { zh: `第 ${index} 条`, en: `verdict ${index}` },
    tasks: [],
    triggeredBy: [],
  } as unknown as Verdict;
}

const verdicts = Array.from({ length: 25 }, (_, index) => verdict(index));
const gridRows: StatusGridRow[] = Array.from({ length: 11 }, (_, index) => ({
  labels: [`单位 ${index}`, "U-MEETING-QUARTER"],
  cells: { "2019-Q1": "met" },
}));
const warnings: ReportWarning[] = Array.from({ length: 10 }, (_, index) => ({
  subject: `m${index}`,
  message: { zh: `提示 ${index}`, en: `warning ${index}` },
}));

const report = new ExcelJS.Workbook();
const VERDICT_SHEETS = [
  "党员结论 Member verdicts",
  "党员结论 Member verdicts (2)",
  "党员结论 Member verdicts (3)",
];

beforeAll(async () => {
  const path = file("limited.xlsx");
  await writeReportWorkbook(
    path,
    {
      summary: { title: { zh: "报告", en: "Report" }, facts: [], statusCounts: countStatuses(verdicts) },
      verdicts,
      grids: [
        {
          ...PERIOD_GRID_FRAME,
          columns: [{ key: "2019-Q1", label: "2019-Q1" }],
          rows: gridRows,
        },
      ],
      warnings,
    },
    { rowLimit: LIMIT },
  );
  await report.xlsx.readFile(path);
});

const sheet = (name: string) => report.getWorksheet(name) as ExcelJS.Worksheet;
/** Column A under a sheet's title and header rows. */
const columnA = (name: string, headerRows = 2) =>
  (sheet(name).getColumn(1).values as unknown[]).slice(headerRows + 1).filter((value) => value !== undefined);

describe("a table longer than a sheet's row limit", () => {
  it("goes on in further sheets, every row there once and in order, none past the limit", () => {
    expect(report.worksheets.map((s) => s.name)).toEqual([
      "汇总 Summary",
      ...VERDICT_SHEETS,
      "周期",
      "周期 (2)",
      "提示 Warnings",
    ]);
    for (const name of VERDICT_SHEETS) expect(sheet(name).rowCount).toBeLessThanOrEqual(LIMIT);
    expect(VERDICT_SHEETS.flatMap((name) => columnA(name))).toEqual(verdicts.map((v) => v.subject.id));
    expect(VERDICT_SHEETS.map((name) => columnA(name).length)).toEqual([10, 10, 5]);
    expect([...columnA("周期", 3), ...columnA("周期 (2)", 3)]).toEqual(gridRows.map((row) => row.labels[0]));
    // Exactly ten rows fill one sheet: no empty sheet after it.
    expect(columnA("提示 Warnings")).toEqual(warnings.map((w) => w.subject));
  });

  it("repeats the headers, widths, frozen panes, filter and print setup on every sheet", () => {
    const first = sheet(VERDICT_SHEETS[0] as string);
    for (const name of VERDICT_SHEETS.slice(1)) {
      const next = sheet(name);
      expect(next.getRow(2).values).toEqual(first.getRow(2).values);
      expect(next.getCell("A2").style).toEqual(first.getCell("A2").style);
      expect(next.columns.map((column) => column.width)).toEqual(first.columns.map((column) => column.width));
      expect(next.views).toEqual(first.views);
      expect(next.pageSetup).toEqual(first.pageSetup);
    }
    expect(first.autoFilter).toBe(`A2:T${LIMIT}`);
    expect(sheet(VERDICT_SHEETS[2] as string).autoFilter).toBe("A2:T7");
    expect(sheet("周期 (2)").getRow(2).values).toEqual(sheet("周期").getRow(2).values);
    expect(sheet("周期 (2)").pageSetup).toEqual(sheet("周期").pageSetup);
  });

  it("says in each further sheet's title, and in the summary's notes, which sheets hold the table and in what order", () => {
    expect(sheet(VERDICT_SHEETS[1] as string).getCell("A1").value).toBe(
      "逐条结论（续，接工作表“党员结论 Member verdicts”）  Verdicts (continued from sheet “党员结论 Member verdicts”)",
    );
    expect(sheet(VERDICT_SHEETS[2] as string).getCell("A1").value).toContain("党员结论 Member verdicts (2)");
    const notes = (sheet("汇总 Summary").getColumn(1).values as unknown[]).filter(
      (value): value is string => typeof value === "string" && value.includes("上限"),
    );
    expect(notes).toEqual([
      `“逐条结论”超过每张工作表 12 行的上限，按顺序分列于 3 张工作表：${VERDICT_SHEETS.join("、")}。`,
      "“单位按周期完成情况”超过每张工作表 12 行的上限，按顺序分列于 2 张工作表：周期、周期 (2)。",
    ]);
    const english = (sheet("汇总 Summary").getColumn(3).values as unknown[]).filter(
      (value) => typeof value === "string" && value.includes("passes the limit"),
    );
    expect(english[0]).toBe(
      `“Verdicts” passes the limit of 12 rows a sheet and fills 3 sheets, in this order: ${VERDICT_SHEETS.join(", ")}.`,
    );
  });

  it("keeps sheet names within Excel's 31 characters", async () => {
    const path = file("long-name.xlsx");
    const long = "结论".repeat(20);
    await writeReportWorkbook(path, { verdicts: verdicts.slice(0, 11) }, { rowLimit: LIMIT });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(VERDICT_SHEETS.slice(0, 2));
    const named = file("named.xlsx");
    const named31 = new ReportWorkbook(named, { rowLimit: LIMIT });
    named31.addVerdicts(verdicts, { sheetName: long });
    await named31.finish();
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(named);
    const names = again.worksheets.map((s) => s.name);
    expect(names).toHaveLength(3);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    expect(names[2]?.endsWith(" (3)")).toBe(true);
  });
});
