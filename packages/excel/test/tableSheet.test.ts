import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ReportWorkbook } from "../src/report/reportWorkbook";
import { cellXml, xmlText } from "../src/writing/cellXml";
import { openWorkbookWriter } from "../src/writing/openWorkbookWriter";
import { type TableColumn, writeTableSheet } from "../src/writing/tableSheet";
import { readPart } from "./support/readPart";
import { useTempDir } from "./support/tempDir";

const file = useTempDir();

interface Line {
  text: string;
  amount: number;
  share: number;
  when: Date;
  done: boolean;
  note?: string;
}

const HIGHLIGHT = { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } } } as const;

const COLUMNS: TableColumn<Line>[] = [
  { header: { zh: "文字", en: "Text" }, width: 20, value: (line) => line.text, wrap: true },
  { header: { zh: "数", en: "Amount" }, width: 8, value: (line) => line.amount },
  {
    header: { zh: "比例", en: "Share" },
    width: 8,
    value: (line) => line.share,
    numFmt: "0.0%",
    style: (line) => (line.share > 0.5 ? HIGHLIGHT : undefined),
  },
  { header: { zh: "日期", en: "Date" }, width: 12, value: (line) => line.when },
  { header: { zh: "完成", en: "Done" }, width: 6, value: (line) => line.done },
  { header: { zh: "备注", en: "Note" }, width: 12, value: (line) => line.note },
];

/** The sheet 表 of a workbook whose columns A and B were written from the same texts: each row reads back the same in both. */
async function readBackAlike(path: string, rows: number): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet("表") as ExcelJS.Worksheet;
  for (let row = 3; row < 3 + rows; row++)
    expect(sheet.getCell(`A${row}`).value).toBe(sheet.getCell(`B${row}`).value);
  return sheet;
}

describe("table sheet rows", () => {
  it("escape markup and drop what XML cannot hold", () => {
    expect(xmlText("a < b && c > d")).toBe("a &lt; b &amp;&amp; c &gt; d");
    expect(xmlText("bell\u0007, vertical tab\u000B, tab\t, newline\n")).toBe(
      "bell, vertical tab, tab\t, newline\n",
    );
    expect(xmlText("lone \uD800 surrogate, pair 😀, U+FFFF \uFFFF")).toBe(
      "lone  surrogate, pair 😀, U+FFFF ",
    );
    expect(xmlText("纯文本 plain")).toBe("纯文本 plain");
  });

  it("store text inline, keeping edge white space, and leave empty text blank", () => {
    expect(cellXml("A3", 4, "=1+1")).toBe('<c r="A3" s="4" t="inlineStr"><is><t>=1+1</t></is></c>');
    expect(cellXml("A3", 4, " x")).toBe(
      '<c r="A3" s="4" t="inlineStr"><is><t xml:space="preserve"> x</t></is></c>',
    );
    expect(cellXml("A3", 4, "")).toBe('<c r="A3" s="4"/>');
    expect(cellXml("A3", 0, null)).toBe("");
    expect(cellXml("B3", 0, 2.5)).toBe('<c r="B3"><v>2.5</v></c>');
    expect(cellXml("C3", 0, true)).toBe('<c r="C3" t="b"><v>1</v></c>');
  });

  it("read back with their values, number and date formats, borders and row looks", async () => {
    const path = file("table.xlsx");
    const lines: Line[] = [
      { text: "a < b & c", amount: 3, share: 0.25, when: new Date(Date.UTC(2019, 9, 25)), done: true },
      {
        text: "  two\nlines ",
        amount: -1.5,
        share: 0.75,
        when: new Date(Date.UTC(2019, 11, 31)),
        done: false,
        note: "",
      },
    ];
    const writer = openWorkbookWriter(path);
    const written = await writeTableSheet(writer, "表 Table", { zh: "表", en: "Table" }, COLUMNS, lines);
    await writer.commit();
    expect(written).toEqual({ rows: 2, sheetNames: ["表 Table"] });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet("表 Table") as ExcelJS.Worksheet;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      "a < b & c",
      3,
      0.25,
      new Date(Date.UTC(2019, 9, 25)),
      true,
    ]);
    expect(sheet.getCell("A4").value).toBe("  two\nlines ");
    expect(sheet.getCell("B4").value).toBe(-1.5);
    expect(sheet.getCell("F4").value).toBeNull();
    expect(sheet.getCell("C3").numFmt).toBe("0.0%");
    expect(sheet.getCell("D3").numFmt).toBe("mm-dd-yy");
    expect(sheet.getCell("A3").alignment).toMatchObject({ vertical: "top", wrapText: true });
    expect(sheet.getCell("B3").alignment).toMatchObject({ vertical: "top" });
    expect(sheet.getCell("B3").alignment.wrapText).toBeFalsy();
    expect(sheet.getCell("F3").border?.top?.style).toBe("thin");
    // The row look lies over the column's: fill added, number format kept.
    expect((sheet.getCell("C3").fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect((sheet.getCell("C4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(sheet.getCell("C4").numFmt).toBe("0.0%");
    expect(sheet.autoFilter).toBe("A2:F4");
  });

  it("write a table longer than the zip takes at once, row after row, none in the shared strings", async () => {
    const count = 30_000;
    function* lines(): Generator<Line> {
      for (let i = 0; i < count; i++) {
        yield {
          text: `第 ${i} 行 line ${i}`,
          amount: i,
          share: i / count,
          when: new Date(0),
          done: i % 2 === 0,
        };
      }
    }
    const writer = openWorkbookWriter(file("long-table.xlsx"));
    await writeTableSheet(writer, "长表", { zh: "长表", en: "Long" }, COLUMNS, lines());
    await writer.commit();

    const xml = await readPart(file("long-table.xlsx"), "xl/worksheets/sheet1.xml");
    expect(xml.match(/<row /g)?.length).toBe(2 + count);
    expect(xml).toContain(`<c r="A${count + 2}" s="`);
    expect(xml).toContain(`第 ${count - 1} 行 line ${count - 1}`);
    expect(xml.slice(xml.indexOf('<row r="3"'))).not.toMatch(/t="s"/);
    expect(xml).toMatch(/<\/sheetData><autoFilter ref="A2:F30002"\/>/);
  });

  it("store a column's repeated texts once, shared, and read them back as written (never as formulas)", async () => {
    const path = file("shared.xlsx");
    const texts = ["=1+1", "  edge spaces ", "a < b & c", "two\nlines", "bell\u0007", "=1+1", "", "纯文本"];
    const columns: TableColumn<string>[] = [
      { header: { zh: "重复", en: "Repeats" }, width: 12, value: (text) => text, repeats: true },
      { header: { zh: "各行", en: "Own" }, width: 12, value: (text) => text },
    ];
    const writer = openWorkbookWriter(path);
    await writeTableSheet(writer, "表", { zh: "表", en: "Table" }, columns, texts);
    await writer.commit();

    const xml = (await readPart(path, "xl/worksheets/sheet1.xml")).split('<row r="3"')[1] ?? "";
    expect(xml.match(/<c r="A\d+" s="\d+" t="s">/g)).toHaveLength(7);
    expect(xml).not.toMatch(/<c r="B\d+" s="\d+" t="s">/);
    const strings = await readPart(path, "xl/sharedStrings.xml");
    // Once each, however often it repeats; what XML cannot hold dropped.
    expect(strings.match(/=1\+1<\/t>/g)).toHaveLength(1);
    expect(strings).toContain("<t>bell</t>");
    const sheet = await readBackAlike(path, texts.length);
    // As the inline column reads: the formula-like text kept as text with its apostrophe.
    expect(sheet.getCell("A3").value).toBe("'=1+1");
  });

  it("share a column's first sharedUpTo distinct texts, write later new ones inline, and read all back as written", async () => {
    const path = file("shared-up-to.xlsx");
    // a, b and c are the first three distinct texts: shared wherever they come; d and e come later, inline.
    const texts = ["a", "b", "a", "=c", "d", "b", "e", "=c", "d", "", "a"];
    const columns: TableColumn<string>[] = [
      { header: { zh: "常见", en: "Often" }, width: 12, value: (text) => text, sharedUpTo: 3 },
      { header: { zh: "各行", en: "Own" }, width: 12, value: (text) => text },
    ];
    const writer = openWorkbookWriter(path);
    await writeTableSheet(writer, "表", { zh: "表", en: "Table" }, columns, texts);
    await writer.commit();

    const xml = (await readPart(path, "xl/worksheets/sheet1.xml")).split('<row r="3"')[1] ?? "";
    const sharedRows = [...xml.matchAll(/<c r="A(\d+)" s="\d+" t="s">/g)].map((m) => Number(m[1]) - 3);
    expect(sharedRows).toEqual([0, 1, 2, 3, 5, 7, 10]);
    const inlineRows = [...xml.matchAll(/<c r="A(\d+)" s="\d+" t="inlineStr">/g)].map(
      (m) => Number(m[1]) - 3,
    );
    expect(inlineRows).toEqual([4, 6, 8]);
    const strings = await readPart(path, "xl/sharedStrings.xml");
    expect(strings).not.toMatch(/<t>[de]<\/t>/);
    const sheet = await readBackAlike(path, texts.length);
    expect(sheet.getCell("A6").value).toBe("'=c");
  });

  it("report a failure while writing a sheet from finish", async () => {
    const report = new ReportWorkbook(file("failed.xlsx"));
    function* failing(): Generator<never> {
      yield* [];
      throw new Error("the verdict source broke");
    }
    report.addSummary({ title: { zh: "报告", en: "Report" }, facts: [] }).addVerdicts(failing());
    await expect(report.finish()).rejects.toThrow("the verdict source broke");
  });
});
