import type ExcelJS from "exceljs";
import { expectedText } from "../cells/expectedText";
import type { SheetSpec } from "../spec/columnSpec";
import { INSTRUCTIONS_SHEET_NAME } from "../spec/inputSheets";
import { POST_CATALOGUE } from "../spec/postCatalogue";
import { pagesWideFor, printSetup } from "../writing/printSetup";
import { styleHeaderCell, styleTitleCell, TABLE_BORDER } from "../writing/sheetStyles";
import { wrappedRowHeight } from "../writing/wrappedRowHeight";
import { COLUMN_TYPE_LABEL } from "./columnTypeLabel";

const TABLE_HEADERS = [
  "工作表\nSheet",
  "列名\nHeader",
  "英文列名\nEnglish header",
  "类型\nType",
  "必填\nRequired",
  "填写要求\nWhat to enter",
  "Notes",
];
/** Narrow enough to print one portrait page wide at a legible scale; long texts wrap. */
const WIDTHS = [12, 13, 13, 7, 9, 28, 27];
const TOTAL_WIDTH = WIDTHS.reduce((total, width) => total + width, 0);

const GENERAL: readonly [string, string][] = [
  [
    "本工作簿用于录入《推进市直单位在职党员到居住地社区党组织报到工作方案》（郑直〔2019〕47号附件）所需的台账数据，每类记录一张工作表。",
    "This workbook holds the records of the member programme of ZZ47 (郑直〔2019〕47号), one sheet per kind of record.",
  ],
  [
    "第 1 行为标题，第 2 行为表头，自第 3 行起每行一条记录。表头按名称识别（中文或英文均可），列的顺序可以调整，可以增加备注列（导入时忽略）。",
    "Row 1 is a title, row 2 the headers, and each row from row 3 one record. Headers are matched by name (Chinese or English), so columns may be reordered; extra columns are ignored.",
  ],
  [
    "带 * 的列为必填。编号在本表内唯一；党员编号、单位编号、活动编号等须能在对应工作表中找到。",
    "Columns marked * are required. IDs are unique within their sheet; member, unit and event IDs must exist on their sheets.",
  ],
  [
    "日期可填 2019-10-18、2019/10/18、2019.10.18、2019年10月18日，或设为 Excel 日期格式；按北京时间理解。",
    "Dates may be typed as 2019-10-18, 2019/10/18, 2019.10.18 or 2019年10月18日, or entered as Excel dates; they are Beijing (Asia/Shanghai) dates.",
  ],
  [
    "“是/否”列可填 是、否、yes、no、true、false、1、0 或 ✓。下拉列可从列表中选择，也可填代码或英文名称。",
    "Yes/no columns take 是, 否, yes, no, true, false, 1, 0 or ✓. Coded columns have dropdowns; codes and English names are also accepted.",
  ],
  [
    "空行会被跳过。导入时任何一处错误都会使整个文件不被导入，错误清单会指出工作表、单元格、填写的值和应填的内容。",
    "Blank rows are skipped. Any error stops the whole import; the error list names the sheet, the cell, the value found and what was expected.",
  ],
];

/** The row of the column table's headers, repeated on each printed page: below the title, the general rules and a blank row. */
const TABLE_HEADER_ROW = 1 + GENERAL.length * 2 + 2;

/** Writes the instructions sheet (说明): general rules, every column of every sheet, the post catalogue. */
export function writeInstructionsSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  specs: readonly SheetSpec[],
) {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET_NAME, {
    views: [{ state: "normal" }],
    pageSetup: printSetup({
      landscape: false,
      titleRows: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`,
      pagesWide: pagesWideFor(WIDTHS, false),
    }),
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  let rowNumber = 1;
  const nextRow = () => sheet.getRow(rowNumber++);

  const title = nextRow();
  title.getCell(1).value = "填写说明 Instructions";
  styleTitleCell(title.getCell(1));
  title.height = 24;
  title.commit();

  for (const [zh, en] of GENERAL) {
    for (const text of [zh, en]) {
      const row = nextRow();
      row.getCell(1).value = text;
      row.getCell(1).alignment = { wrapText: true, vertical: "top" };
      sheet.mergeCells(row.number, 1, row.number, WIDTHS.length);
      row.height = wrappedRowHeight([{ text, width: TOTAL_WIDTH }]);
      row.commit();
    }
  }
  nextRow().commit();

  const header = nextRow();
  TABLE_HEADERS.forEach((text, index) => {
    header.getCell(index + 1).value = text;
    styleHeaderCell(header.getCell(index + 1));
  });
  header.height = 30;
  header.commit();
  for (const spec of specs) {
    for (const column of spec.columns) {
      const row = nextRow();
      const expected = expectedText(column);
      const type = COLUMN_TYPE_LABEL[column.type];
      const cells = [
        `${spec.name}\n${spec.aliases[0] ?? spec.key}`,
        column.header,
        column.aliases.join(" / "),
        `${type.zh}\n${type.en}`,
        column.required ? "是 yes" : "否 no",
        column.hint ? `${expected.zh}。${column.hint.zh}` : expected.zh,
        column.hint ? `${expected.en}. ${column.hint.en}` : expected.en,
      ];
      cells.forEach((value, index) => {
        const cell = row.getCell(index + 1);
        cell.value = value;
        cell.border = TABLE_BORDER;
        cell.alignment = { wrapText: true, vertical: "top" };
      });
      row.height = wrappedRowHeight(cells.map((text, index) => ({ text, width: WIDTHS[index] as number })));
      row.commit();
    }
  }
  nextRow().commit();

  const postsTitle = nextRow();
  postsTitle.getCell(1).value = "备选志愿服务岗位目录 Volunteer post catalogue (ZZ47-BD)";
  postsTitle.getCell(1).font = { bold: true };
  postsTitle.commit();
  for (const post of POST_CATALOGUE) {
    const row = nextRow();
    row.getCell(1).value = post.code;
    row.getCell(2).value = post.zh;
    row.getCell(3).value = post.en;
    row.commit();
  }
  sheet.commit();
}
