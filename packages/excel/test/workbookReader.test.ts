import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { plainCellValue } from "../src/cells/plainCellValue";
import { importWorkbook } from "../src/import/importWorkbook";
import { streamWorksheets } from "../src/import/streamWorksheets";
import { WorkbookRefusal } from "../src/import/workbookRefusal";
import { ZipArchive } from "../src/import/zipArchive";
import { useTempDir } from "./support/tempDir";
import { baseSheets, HEADERS, writeWorkbook } from "./support/writeWorkbook";

const file = useTempDir();
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A workbook of one sheet, written part by part as another program might, to read what its XML says. */
async function rawWorkbook(parts: {
  sheetData: string;
  /** The whole worksheet part, instead of `sheetData` in the usual wrapper. */
  worksheet?: string;
  sharedStrings?: string[];
  styles?: string;
  workbookPr?: string;
}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${parts.workbookPr ?? ""}<sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    parts.worksheet ??
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${parts.sheetData}</sheetData></worksheet>`,
  );
  const strings = parts.sharedStrings ?? [];
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0"?><sst xmlns="${MAIN}" count="${strings.length}">${strings.join("")}</sst>`,
  );
  zip.file(
    "xl/styles.xml",
    parts.styles ??
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every sheet's rows as the import sees them: row number and plain cell values by column. */
async function readRows(source: string | Uint8Array) {
  const zip =
    typeof source === "string" ? await ZipArchive.openFile(source) : await ZipArchive.openBytes(source);
  const sheets: { name: string; rows: { number: number; values: unknown[] }[] }[] = [];
  try {
    for await (const sheet of streamWorksheets(zip)) {
      const rows: { number: number; values: unknown[] }[] = [];
      for await (const batch of sheet.rows())
        for (const row of batch) {
          const values = row.values.map(plainCellValue);
          if (values.some((value) => value !== undefined)) rows.push({ number: row.number, values });
        }
      sheets.push({ name: sheet.name, rows });
    }
  } finally {
    await zip.close();
  }
  return sheets;
}

const cellsOf = async (bytes: Uint8Array) => (await readRows(bytes))[0]?.rows.map((row) => row.values);

/** A date style (`s="1"`, built-in format 14) after the default one. */
const DATE_STYLES = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;

describe("the workbook reader", () => {
  it("joins rich-text runs, in shared strings and inline, and leaves phonetic guides out", async () => {
    const bytes = await rawWorkbook({
      sharedStrings: [
        `<si><r><rPr><b/></rPr><t>建设</t></r><r><t xml:space="preserve">路 社区</t></r></si>`,
        `<si><t>金水</t><rPh sb="0" eb="2"><t>jīnshuǐ</t></rPh><phoneticPr fontId="1"/></si>`,
      ],
      sheetData:
        `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>` +
        `<c r="C1" t="inlineStr"><is><t>行内</t></is></c>` +
        `<c r="D1" t="inlineStr"><is><r><t>富</t></r><r><rPr><i/></rPr><t>文本</t></r></is></c></row>`,
    });
    expect(await cellsOf(bytes)).toEqual([[undefined, "建设路 社区", "金水", "行内", "富文本"]]);
  });

  it("reads numbers, booleans, errors, formula results and escaped text", async () => {
    const bytes = await rawWorkbook({
      sheetData:
        `<row r="1"><c r="A1"><v>8</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c>` +
        `<c r="D1" t="e"><v>#N/A</v></c><c r="E1"><f>1+1</f><v>2</v></c>` +
        `<c r="F1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="G1"><f>1/0</f></c>` +
        `<c r="H1" t="e"><f>NA()</f><v>#N/A</v></c><c r="I1" t="inlineStr"><is><t>&lt;王&amp;李&gt;</t></is></c></row>`,
    });
    expect(await cellsOf(bytes)).toEqual([
      [
        undefined,
        8,
        true,
        false,
        { error: "#N/A" },
        2,
        "ab",
        { error: "=1/0" },
        { error: "=NA()" },
        "<王&李>",
      ],
    ]);
  });

  it("reads a shared formula's cells by their cached results", async () => {
    const bytes = await rawWorkbook({
      sheetData:
        `<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">ROW()*10</f><v>10</v></c></row>` +
        `<row r="2"><c r="A2"><f t="shared" si="0"/><v>20</v></c></row>` +
        `<row r="3"><c r="A3"><f t="shared" si="0"/><v>30</v></c></row>`,
    });
    expect(await cellsOf(bytes)).toEqual([
      [undefined, 10],
      [undefined, 20],
      [undefined, 30],
    ]);
  });

  it("keeps rows and columns where their references put them, and follows on where a reference is left out", async () => {
    const bytes = await rawWorkbook({
      sheetData:
        `<row r="2"><c r="C2"><v>1</v></c><c r="AB2"><v>2</v></c></row>` +
        `<row r="7"><c r="B7"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>`,
    });
    const [sheet] = await readRows(bytes);
    expect(sheet?.rows.map((row) => row.number)).toEqual([2, 7, 8]);
    const [first, second, third] = sheet?.rows.map((row) => row.values) ?? [];
    expect(first?.[3]).toBe(1);
    expect(first?.[28]).toBe(2);
    expect(first?.filter((value) => value !== undefined)).toEqual([1, 2]);
    expect(second).toEqual([undefined, undefined, 3, 4]);
    expect(third).toEqual([undefined, 5]);
  });

  it("reads a date-formatted number as a date in the 1900 and the 1904 date systems", async () => {
    // 43756 is 2019-10-18 counted from 1900; 42294 is the same day counted from 1904.
    const in1900 = await rawWorkbook({
      styles: DATE_STYLES,
      sheetData: `<row r="1"><c r="A1" s="1"><v>43756</v></c><c r="B1"><v>43756</v></c></row>`,
    });
    const in1904 = await rawWorkbook({
      styles: DATE_STYLES,
      workbookPr: `<workbookPr date1904="1"/>`,
      sheetData: `<row r="1"><c r="A1" s="1"><v>42294</v></c></row>`,
    });
    expect(await cellsOf(in1900)).toEqual([[undefined, new Date(Date.UTC(2019, 9, 18)), 43756]]);
    expect(await cellsOf(in1904)).toEqual([[undefined, new Date(Date.UTC(2019, 9, 18))]]);
  });

  it("reads custom and East Asian date formats as dates, and number formats as numbers", async () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="[Red]#,##0.00&quot;元&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="31"/></cellXfs></styleSheet>`;
    const bytes = await rawWorkbook({
      styles,
      sheetData: `<row r="1"><c r="A1" s="1"><v>43756</v></c><c r="B1" s="2"><v>43756</v></c><c r="C1" s="3"><v>43756</v></c></row>`,
    });
    const day = new Date(Date.UTC(2019, 9, 18));
    expect(await cellsOf(bytes)).toEqual([[undefined, day, 43756, day]]);
  });

  it("reads a worksheet with a namespace prefix, single quotes, white space, CDATA, comments and character references", async () => {
    const worksheet =
      `<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- written by hand -->\r\n<x:worksheet xmlns:x="${MAIN}">\r\n <x:sheetData>\r\n` +
      `  <x:row r='1' spans = "1:4">\r\n` +
      `   <x:c t='inlineStr' r='A1'><x:is><x:t><![CDATA[<王&李>]]></x:t></x:is></x:c>\r\n` +
      `   <x:c\r\n r="B1"\tt = "str" ><x:f>"&#x4E2D;"&amp;"&#25991;"</x:f><x:v>&#x4E2D;&#25991;</x:v></x:c>\r\n` +
      `   <x:c r="C1"><!-- a number --><x:v>4<?pi?>2</x:v></x:c><x:c r="D1" t="b"><x:v>1</x:v></x:c>\r\n` +
      `  </x:row>\r\n  <x:row r="3"/>\r\n <x:row><x:c><x:v>7</x:v></x:c></x:row>\r\n </x:sheetData>\r\n</x:worksheet>\r\n`;
    const bytes = await rawWorkbook({ sheetData: "", worksheet });
    const [sheet] = await readRows(bytes);
    expect(sheet?.rows).toEqual([
      { number: 1, values: [undefined, "<王&李>", "中文", 42, true] },
      { number: 4, values: [undefined, 7] },
    ]);
  });

  it("reads a part that declares XML 1.1 (through saxes) as XML 1.0 would read it", async () => {
    const worksheet = `<?xml version="1.1"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>一点一</t></is></c></row></sheetData></worksheet>`;
    const [sheet] = await readRows(await rawWorkbook({ sheetData: "", worksheet }));
    expect(sheet?.rows).toEqual([{ number: 1, values: [undefined, "一点一"] }]);
  });

  it("refuses shared strings that are not well formed, naming the part", async () => {
    const bytes = await rawWorkbook({
      sharedStrings: ["<si><t>甲</t></si>", "<si><t>乙</si>"],
      sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`,
    });
    const error = await readRows(bytes).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbookRefusal);
    expect((error as WorkbookRefusal).kind).toBe("truncated-file");
    expect((error as WorkbookRefusal).problem.en).toMatch(/xl\/sharedStrings\.xml:1:\d+/);
    expect((error as WorkbookRefusal).problem.zh).toContain("xl/sharedStrings.xml 不是有效的 XML");
  });

  it("names the part, line and column of XML that is not well formed, in both languages", async () => {
    const bytes = await rawWorkbook({ sheetData: `<row r="1"><c r="A1"><v>1</v></row>` });
    const error = await readRows(bytes).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbookRefusal);
    const { problem } = error as WorkbookRefusal;
    expect(problem.zh).toContain("xl/worksheets/sheet1.xml");
    expect(problem.zh).toContain("不是有效的 XML");
    expect(problem.en).toMatch(/xl\/worksheets\/sheet1\.xml:1:\d+/);
  });

  it("keeps Chinese text whole where a character falls across two inflated chunks", async () => {
    // 5,000 distinct names make a shared-strings part of about 200 KB: several chunks of inflated bytes.
    const names = Array.from(
      { length: 5_000 },
      (_, i) => `党员${"甲乙丙丁戊己庚辛壬癸".repeat(1 + (i % 3))}${i}`,
    );
    const path = file("many-names.xlsx");
    await writeWorkbook(path, [
      ...baseSheets().slice(0, 2),
      { name: "党员", rows: [HEADERS.members, ...names.map((name, i) => [`M${i}`, name, "U1", "B1", "是"])] },
    ]);
    const result = await importWorkbook(path, { mode: "collect" });
    expect(result.issues).toEqual([]);
    expect(result.records.members.map((member) => member.name)).toEqual(names);
  }, 60_000);

  it("reads a workbook written by exceljs and the same workbook saved by LibreOffice to the same cells", async () => {
    // Both made by scripts/make-reader-fixtures.ts: LibreOffice rewrites the shared strings, styles and date formats.
    const written = await readRows(fixture("reader-exceljs.xlsx"));
    const saved = await readRows(fixture("reader-libreoffice.xlsx"));
    const day = (month: number, date: number, year = 2019) => new Date(Date.UTC(year, month - 1, date));
    expect(written).toEqual([
      {
        name: "各种单元格",
        rows: [
          { number: 1, values: [undefined, "文字", "数字", "日期", "是否", "公式", "富文本"] },
          { number: 2, values: [undefined, "建设路社区", 8, day(10, 18), true, 16, "金水区"] },
          { number: 3, values: [undefined, "<王&李>", 2.5, day(2, 29, 2020), false, "建设路社区!"] },
          {
            number: 9,
            values: [
              undefined,
              undefined,
              undefined,
              day(12, 31),
              undefined,
              undefined,
              undefined,
              undefined,
              "远处的格",
            ],
          },
        ],
      },
    ]);
    expect(saved).toEqual(written);
  });
});
