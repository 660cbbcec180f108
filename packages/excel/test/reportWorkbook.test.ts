import { RULES, type Verdict } from "@shuangbaodao/core";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { ZipArchive } from "../src/import/zipArchive";
import { ReportWorkbook, writeReportWorkbook } from "../src/report/reportWorkbook";
import { STATUS_LOOK } from "../src/report/statusStyle";
import { countStatuses } from "../src/report/summarySheet";
import { readPart } from "./support/readPart";
import { useTempDir } from "./support/tempDir";

const file = useTempDir();

function verdict(overrides: Partial<Verdict>): Verdict {
  return {
    ruleId: "M-SERVICE-YEAR",
    subject: { kind: "member", id: "M1" },
    year: 2019,
    status: "met",
    provisional: false,
    severity: "binding",
    citations: [{ document: "ZZ47-BD", clause: "二(二)", text: "ZZ47-BD 二(二)" }],
    recordIds: ["S1", "S2"],
    facts: {},
    excluded: [],
    edition: { id: "zhengzhou-2019", version: "1" },
    explanation: { zh: "全年参加志愿服务 2 次。", en: "Two services in the year." },
    tasks: [],
    triggeredBy: [],
    ...overrides,
  } as Verdict;
}

// Every text here starts a formula if typed into a spreadsheet; all must stay text.
const HOSTILE = ["=SUM(A1:A9)", "+86 371 1234", "-cmd|' /C calc'!A0", "@SUM(1)"];

const verdicts: Verdict[] = [
  verdict({}),
  verdict({
    subject: { kind: "member", id: HOSTILE[0] as string },
    ruleId: "M-REPORT",
    status: "unmet",
    reason: "late",
    due: "2019-10-25",
    explanation: { zh: HOSTILE[1] as string, en: HOSTILE[2] as string },
    recordIds: [HOSTILE[3] as string],
    fix: { by: "2019-12-31", zh: "尽快报到", en: "report soon" },
    tasks: [
      { kind: "community-visit", zh: "考察组须走访社区", en: "the inspection team visits the community" },
    ],
  }),
  verdict({ subject: { kind: "member", id: "M3" }, status: "pending", provisional: true }),
  verdict({ subject: { kind: "member", id: "M4" }, status: "not-applicable", severity: "warning" }),
];

const reportPath = () => file("report.xlsx");

beforeAll(async () => {
  await writeReportWorkbook(reportPath(), {
    summary: {
      title: { zh: "双报到年度报告", en: "Dual reporting annual report" },
      facts: [
        { label: { zh: "年度", en: "Year" }, value: 2019 },
        { label: { zh: "数据文件", en: "Source file" }, value: HOSTILE[0] },
      ],
      statusCounts: countStatuses(verdicts),
      notes: [{ zh: "说明", en: "note" }],
    },
    verdicts,
    verdictNames: { M1: "张伟", [HOSTILE[0] as string]: HOSTILE[3] as string },
    grids: [
      {
        sheetName: "单位×月份 Unit×month",
        title: { zh: "每月志愿服务", en: "Monthly volunteer service" },
        rowHeaders: [
          { zh: "单位", en: "Unit" },
          { zh: "规则", en: "Rule" },
        ],
        columns: [
          { key: "2019-10", label: "2019-10" },
          { key: "2019-11", label: "2019-11" },
          { key: "2019-12", label: "2019-12" },
        ],
        rows: [
          {
            labels: ["U1", "U-VOLUNTEER-MONTH"],
            cells: { "2019-10": "met", "2019-11": "unmet", "2019-12": "pending" },
          },
          {
            labels: [HOSTILE[1] as string, "U-VOLUNTEER-MONTH"],
            cells: { "2019-10": "not-applicable", "2019-11": { status: "met", text: HOSTILE[2] as string } },
          },
        ],
      },
    ],
    statisticsTables: [
      {
        unitName: "郑州市卫生健康委员会",
        date: "2019-11-10",
        rows: [
          {
            name: "市卫健委",
            membersInScope: 10,
            reportedOnTime: 7,
            reportedLate: 2,
            notYetReported: 1,
            postsClaimed: { 1: 3, 8: 6, 15: 1 },
            services: { none: 2, once: 3, twiceOrMore: 5 },
          },
          {
            name: "办公室党支部",
            level: "branch",
            membersInScope: 4,
            reportedOnTime: 4,
            reportedLate: 0,
            notYetReported: 0,
            postsClaimed: { 8: 4 },
            services: { none: 0, once: 1, twiceOrMore: 3 },
          },
        ],
        total: {
          name: "合计",
          membersInScope: 10,
          reportedOnTime: 7,
          reportedLate: 2,
          notYetReported: 1,
          postsClaimed: { 1: 3, 8: 6, 15: 1 },
          services: { none: 2, once: 3, twiceOrMore: 5 },
        },
        filings: [{ unitName: "市卫健委", submittedOn: "2019-11-10", status: "met" }],
      },
    ],
    spotChecks: [
      {
        ruleId: "M-SPOTCHECK-20",
        scope: "市卫健委机关党委",
        year: 2019,
        samplingDate: "2019-12-01",
        seed: "2019-M-SPOTCHECK-20-O1",
        populationHash: "sha256:0f3a",
        populationSize: 10,
        sampleSize: 2,
        sizeRule: "ceil(0.2 × 10) = 2",
        sampled: [{ id: "M3", name: "王芳" }, { id: HOSTILE[3] as string }],
      },
    ],
    warnings: [
      {
        subject: "U1",
        ruleId: "U-CLOUD-MATCH",
        code: "cloud-missing",
        message: { zh: HOSTILE[0] as string, en: "no online record" },
        recordIds: ["ACT-1"],
      },
    ],
  });
});

async function readBack(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(reportPath());
  return workbook;
}

function allCells(workbook: ExcelJS.Workbook): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.push(cell);
      });
    });
  });
  return cells;
}

describe("report workbook", () => {
  it("has the sheets in the order they were added", async () => {
    const workbook = await readBack();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "汇总 Summary",
      "党员结论 Member verdicts",
      "单位×月份 Unit×month",
      "统计表 Statistics",
      "抽查 Spot check",
      "提示 Warnings",
    ]);
  });

  it("writes no formula anywhere and neutralises text that looks like one with a leading apostrophe (OWASP)", async () => {
    const workbook = await readBack();
    const cells = allCells(workbook);
    expect(
      cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined),
    ).toEqual([]);
    const texts = new Set(cells.map((cell) => cell.value).filter((value) => typeof value === "string"));
    for (const hostile of HOSTILE) expect(texts.has(`'${hostile}`)).toBe(true);

    // The stored XML too: no <f> element in any sheet, and text cells are shared strings.
    const zip = await ZipArchive.openFile(reportPath());
    try {
      for (let n = 1; n <= workbook.worksheets.length; n++) {
        const chunks: Buffer[] = [];
        for await (const chunk of await zip.open(`xl/worksheets/sheet${n}.xml`)) chunks.push(chunk as Buffer);
        const xml = Buffer.concat(chunks).toString("utf8");
        expect(xml).not.toMatch(/<f[\s>]/);
        expect(xml).not.toMatch(/t="str"/);
      }
    } finally {
      await zip.close();
    }
  });

  it("writes one row per verdict with rule, status, citation, explanations, records and fix", async () => {
    const sheet = (await readBack()).getWorksheet("党员结论 Member verdicts") as ExcelJS.Worksheet;
    const header = (sheet.getRow(2).values as unknown[])
      .slice(1)
      .map((value) => String(value).split("\n")[1]);
    const row = (n: number) => {
      const values = sheet.getRow(n).values as unknown[];
      return Object.fromEntries(header.map((name, index) => [name, values[index + 1]]));
    };
    expect(sheet.rowCount).toBe(2 + verdicts.length);
    expect(row(4)).toMatchObject({
      Subject: "'=SUM(A1:A9)",
      Name: "'@SUM(1)",
      "Rule ID": "M-REPORT",
      Status: "未达标 unmet",
      Reason: "逾期（late）",
      Due: "2019-10-25",
      Citation: "ZZ47-BD 二(二)",
      "Explanation (zh)": "'+86 371 1234",
      "Explanation (en)": "'-cmd|' /C calc'!A0",
      "Record IDs": "'@SUM(1)",
      "Fix (zh)": "尽快报到",
      "Fix by": "2019-12-31",
    });
    expect(row(3)).toMatchObject({
      Subject: "M1",
      Name: "张伟",
      Rule: RULES["M-SERVICE-YEAR"].title.zh,
      Status: "达标 met",
      Provisional: "否 no",
      "Record IDs": "S1, S2",
    });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2, xSplit: 1 });
    expect(sheet.autoFilter).toBe("A2:T6");
  });

  it("stores verdict rows' own texts inline and repeated ones shared, with each column's number format, borders and wrapping", async () => {
    const sheet = (await readBack()).getWorksheet("党员结论 Member verdicts") as ExcelJS.Worksheet;
    expect(sheet.getCell("C3").value).toBe(2019);
    expect(sheet.getCell("C3").numFmt ?? "General").toBe("General");
    expect(sheet.getCell("L3").alignment).toMatchObject({ vertical: "top", wrapText: true });
    expect(sheet.getCell("A3").alignment.wrapText).toBeFalsy();
    expect(sheet.getCell("B5").value).toBeNull();
    expect(sheet.getCell("B5").border?.bottom?.style).toBe("thin");
    expect(sheet.getCell("F4").alignment).toMatchObject({ horizontal: "center", vertical: "middle" });

    const xml = await readPart(reportPath(), "xl/worksheets/sheet2.xml");
    const rows = xml.split('<row r="3"')[1] ?? "";
    expect(rows).toContain('t="inlineStr"><is><t>\'=SUM(A1:A9)</t></is>');
    // The rule ID repeats down its column: stored once, shared; the subject is the row's own.
    expect(rows).toMatch(/<c r="D3" s="\d+" t="s"><v>\d+<\/v><\/c>/);
    expect(rows).toMatch(/<c r="A3" s="\d+" t="inlineStr">/);
  });

  it("colours statuses: met green, unmet red, pending amber, not applicable grey", async () => {
    const workbook = await readBack();
    const grid = workbook.getWorksheet("单位×月份 Unit×month") as ExcelJS.Worksheet;
    const fillOf = (ref: string) => (grid.getCell(ref).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect([fillOf("C4"), fillOf("D4"), fillOf("E4"), fillOf("C5")]).toEqual([
      STATUS_LOOK.met.fill,
      STATUS_LOOK.unmet.fill,
      STATUS_LOOK.pending.fill,
      STATUS_LOOK["not-applicable"].fill,
    ]);
    expect(STATUS_LOOK.met.fill).toBe("FFC6EFCE");
    expect(grid.getCell("D5").value).toBe(`'${HOSTILE[2]}`);
    expect(grid.getCell("E5").value).toBeNull();
    expect(grid.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3 });

    const verdictSheet = workbook.getWorksheet("党员结论 Member verdicts") as ExcelJS.Worksheet;
    const statusFills = [3, 4, 5, 6].map(
      (row) => (verdictSheet.getCell(`F${row}`).fill as ExcelJS.FillPattern).fgColor?.argb,
    );
    expect(statusFills).toEqual(["FFC6EFCE", "FFFFC7CE", "FFFFEB9C", "FFD9D9D9"]);
  });

  it("lays out the statistics table like the paper form, with merged group headers", async () => {
    const sheet = (await readBack()).getWorksheet("统计表 Statistics") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").value).toBe("在职党员到居住地社区统计表");
    expect(sheet.getCell("A2").value).toBe("填报单位（盖章）Unit: 郑州市卫生健康委员会");
    const merges = (sheet.model as { merges: string[] }).merges;
    // Title across the 24 columns; 单位/支部 and 在职党员数 span both header rows; groups span their sub-columns.
    expect(merges).toEqual(expect.arrayContaining(["A1:X1", "A3:A4", "B3:B4", "C3:F3", "G3:U3", "V3:X3"]));
    expect(sheet.getCell("C4").value).toBe("按时报到\nOn time");
    expect(sheet.getCell("G4").value).toBe("1\n党建工作指导");
    expect(sheet.getCell("U4").value).toBe("15\n其他");
    const line = (sheet.getRow(5).values as unknown[]).slice(1);
    expect(line).toEqual([
      "市卫健委",
      10,
      7,
      2,
      1,
      0.9,
      3,
      0,
      0,
      0,
      0,
      0,
      0,
      6,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      2,
      3,
      5,
    ]);
    expect(sheet.getCell("F5").numFmt).toBe("0.0%");
    expect(sheet.getCell("A6").value).toBe("  办公室党支部");
    expect(sheet.getCell("A7").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });

  it("writes the spot check with seed, population hash, how to verify and the sampled IDs", async () => {
    const sheet = (await readBack()).getWorksheet("抽查 Spot check") as ExcelJS.Worksheet;
    const facts = new Map<string, unknown>();
    sheet.eachRow((row) => {
      const label = row.getCell(8).value;
      if (typeof label === "string") facts.set(label, row.getCell(9).value);
    });
    expect(facts.get("种子 Seed")).toBe("2019-M-SPOTCHECK-20-O1");
    expect(facts.get("名单哈希 Population hash")).toBe("sha256:0f3a");
    expect(facts.get("抽样人数 Sample size")).toBe(2);
    expect(String(facts.get("How to verify"))).toContain("population hash");
    expect([sheet.getCell("B4").value, sheet.getCell("B5").value]).toEqual(["M3", "'@SUM(1)"]);
  });

  it("refuses sheets after finish and names clashing sheets apart", async () => {
    const report = new ReportWorkbook(file("clash.xlsx"));
    report.addWarnings([], "提示").addWarnings([], "提示").addWarnings([], "a/b:c");
    await report.finish();
    expect(() => report.addWarnings([])).toThrow(/finished/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file("clash.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["提示", "提示 (2)", "a b c"]);
  });
});
