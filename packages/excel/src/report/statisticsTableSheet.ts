import type { VerdictStatus } from "@shuangbaodao/core";
import type ExcelJS from "exceljs";
import { columnLetters } from "../cells/a1";
import { POST_CATALOGUE } from "../spec/postCatalogue";
import { type CellLook, CellStyleIds } from "../writing/cellStyleIds";
import { cellXml } from "../writing/cellXml";
import { printSetup } from "../writing/printSetup";
import { safeCellValue } from "../writing/safeCellValue";
import { sheetPartStream } from "../writing/sheetPartStream";
import { styleHeaderCell, TABLE_BORDER } from "../writing/sheetStyles";
import { statusText, styleStatusCell } from "./statusStyle";

/** One line of the statistics table: a unit or one of its branches. */
export interface StatisticsTableLine {
  /** The unit's or branch's name as it should print. */
  name: string;
  /** A branch line is indented under its unit. */
  level?: "unit" | "branch";
  membersInScope: number;
  reportedOnTime: number;
  reportedLate: number;
  notYetReported: number;
  /** Share reported (0–1); when absent, (on time + late) ÷ members in scope. */
  reportRate?: number;
  /** Members who claimed each post, by post code 1–15. */
  postsClaimed: Readonly<Partial<Record<number, number>>>;
  /** Members by number of countable services this year. */
  services: { none: number; once: number; twiceOrMore: number };
}

/** When a unit sent its table up and whether that was in time (`M-STATS-TABLE`). */
export interface StatisticsTableFiling {
  unitName: string;
  /** The day the unit sent the table, `YYYY-MM-DD`; absent when no date is on record. */
  submittedOn?: string;
  status: VerdictStatus;
  /** Why, in words (the verdict's explanation). */
  note?: string;
}

/**
 * The 在职党员到居住地社区统计表 (ZZ47-BD 二(一), `M-STATS-TABLE`) as plain
 * data: one form as one unit files it (ZWJ31), or the total over units.
 */
export interface StatisticsTableSheet {
  sheetName?: string;
  /** Defaults to 在职党员到居住地社区统计表. */
  title?: string;
  /** 填报单位 */
  unitName: string;
  /** 填报日期, `YYYY-MM-DD`: the day the form was filed; absent prints a blank date to fill in by hand. */
  date?: string;
  /** Printed beside the date: why it is blank, or what it is. */
  dateNote?: string;
  rows: readonly StatisticsTableLine[];
  /** A total line, printed in bold under the rows. */
  total?: StatisticsTableLine;
  /** Each unit's filing of the table, printed under it (never in the number columns). */
  filings?: readonly StatisticsTableFiling[];
}

const TITLE_ROW = 1;
const META_ROW = 2;
const FIRST_GROUP_ROW = 3;
const SUB_HEADER_ROW = 4;
const POST_CODES = POST_CATALOGUE.map((post) => post.code);

/** The grouped columns of the paper form: [group header, sub-headers]; a group with no sub-headers spans two rows. */
const GROUPS: readonly { header: string; sub: readonly string[]; width: number }[] = [
  { header: "单位/支部\nUnit / branch", sub: [], width: 28 },
  { header: "在职党员数\nMembers in scope", sub: [], width: 11 },
  {
    header: "报到情况 Reporting",
    sub: ["按时报到\nOn time", "逾期报到\nLate", "尚未报到\nNot yet", "报到率\nRate"],
    width: 9,
  },
  {
    header: "认领岗位人数（按岗位代码）Members per post claimed (by code)",
    sub: POST_CATALOGUE.map((post) => `${post.code}\n${post.zh.replace(/岗$/, "")}`),
    width: 7,
  },
  {
    header: "年度参加志愿服务次数 Services this year",
    sub: ["0 次\nnone", "1 次\nonce", "2 次及以上\n2+"],
    width: 9,
  },
];

const COLUMN_COUNT = GROUPS.reduce((sum, group) => sum + Math.max(1, group.sub.length), 0);
const RATE_COLUMN = 6;
/** The column letters of the form, A to Y. */
const COLUMN_LETTERS = Array.from({ length: COLUMN_COUNT }, (_, index) => columnLetters(index + 1));

/** How a line's cells look: bordered, the total bold, the rate a percentage. */
const LINE_LOOKS = Object.fromEntries(
  (["plain", "bold"] as const).map((weight) => {
    const base: CellLook = { border: TABLE_BORDER, ...(weight === "bold" && { font: { bold: true } }) };
    return [weight, { count: base, rate: { ...base, numFmt: "0.0%" } }];
  }),
) as Record<"plain" | "bold", Record<"count" | "rate", CellLook>>;

/** The filing block's cells, [first, last] columns: unit, date, status, note. */
const FILING_SPANS: readonly (readonly [number, number])[] = [
  [1, 1],
  [2, 6],
  [7, 9],
  [10, COLUMN_COUNT],
];

function rowValues(row: StatisticsTableLine): unknown[] {
  const reported = row.reportedOnTime + row.reportedLate;
  const rate = row.reportRate ?? (row.membersInScope === 0 ? null : reported / row.membersInScope);
  return [
    row.level === "branch" ? `  ${row.name}` : row.name,
    row.membersInScope,
    row.reportedOnTime,
    row.reportedLate,
    row.notYetReported,
    rate,
    ...POST_CODES.map((code) => row.postsClaimed[code] ?? 0),
    row.services.none,
    row.services.once,
    row.services.twiceOrMore,
  ];
}

/** The date as the form prints it: the filed day, or a blank to fill in by hand, with its note. */
function dateText(table: StatisticsTableSheet): string {
  const date = table.date ?? "____年__月__日";
  return `填报日期 Date: ${date}${table.dateNote ? `（${table.dateNote}）` : ""}`;
}

/** How many lines a wrapped text takes in a merged cell of `width` characters (CJK counted twice). */
function linesIn(text: string, width: number): number {
  return text
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(([...line].length * 1.6) / width)), 0);
}

/**
 * Writes one statistics form laid out like the paper one: title, filing unit
 * and date, grouped headers, the numbers, the post-code legend, the filing of
 * the table with its status, and the signature and stamp line. It prints on
 * one A4 landscape page width with the header rows repeated, its print area
 * the form alone.
 */
export function writeStatisticsTableSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  table: StatisticsTableSheet,
): void {
  const last = COLUMN_COUNT;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 1, ySplit: SUB_HEADER_ROW }],
    pageSetup: printSetup({ landscape: true, titleRows: `${TITLE_ROW}:${SUB_HEADER_ROW}` }),
  });
  const widths = GROUPS.flatMap((group) =>
    Array.from({ length: Math.max(1, group.sub.length) }, () => group.width),
  );
  sheet.columns = widths.map((width) => ({ width }));
  const spanWidth = (from: number, to: number) => widths.slice(from - 1, to).reduce((a, b) => a + b, 0);

  const title = sheet.getRow(TITLE_ROW);
  title.getCell(1).value = safeCellValue(table.title ?? "在职党员到居住地社区统计表");
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { horizontal: "center", vertical: "middle" };
  title.height = 30;
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, last);
  title.commit();

  const meta = sheet.getRow(META_ROW);
  const half = Math.floor(last / 2);
  meta.getCell(1).value = safeCellValue(`填报单位（盖章）Unit: ${table.unitName}`);
  meta.getCell(half + 1).value = safeCellValue(dateText(table));
  meta.getCell(half + 1).alignment = { horizontal: "right" };
  sheet.mergeCells(META_ROW, 1, META_ROW, half);
  sheet.mergeCells(META_ROW, half + 1, META_ROW, last);
  meta.height = 20;
  meta.commit();

  const groupRow = sheet.getRow(FIRST_GROUP_ROW);
  const subRow = sheet.getRow(SUB_HEADER_ROW);
  let column = 1;
  for (const group of GROUPS) {
    const span = Math.max(1, group.sub.length);
    groupRow.getCell(column).value = group.header;
    for (let offset = 0; offset < span; offset++) {
      styleHeaderCell(groupRow.getCell(column + offset));
      styleHeaderCell(subRow.getCell(column + offset));
      const sub = group.sub[offset];
      if (sub !== undefined) subRow.getCell(column + offset).value = sub;
    }
    if (group.sub.length === 0) sheet.mergeCells(FIRST_GROUP_ROW, column, SUB_HEADER_ROW, column);
    else sheet.mergeCells(FIRST_GROUP_ROW, column, FIRST_GROUP_ROW, column + span - 1);
    column += span;
  }
  groupRow.height = 30;
  subRow.height = 44;
  groupRow.commit();
  subRow.commit();

  // The lines, the bulk of a form, go into the sheet's part as XML (exceljs's
  // rows cost a style lookup a cell); exceljs has written the rows above them.
  const part = sheetPartStream(sheet);
  const styleIds = new CellStyleIds(workbook);
  let rowNumber = SUB_HEADER_ROW;
  const writeLine = (line: StatisticsTableLine, bold: boolean) => {
    rowNumber++;
    let xml = `<row r="${rowNumber}" spans="1:${last}">`;
    rowValues(line).forEach((value, index) => {
      const safe = safeCellValue(value);
      const look = LINE_LOOKS[bold ? "bold" : "plain"][index + 1 === RATE_COLUMN ? "rate" : "count"];
      xml += cellXml(`${COLUMN_LETTERS[index]}${rowNumber}`, styleIds.of(look, safe), safe);
    });
    part.write(`${xml}</row>`);
  };
  for (const line of table.rows) writeLine(line, false);
  if (table.total) writeLine({ ...table.total, name: table.total.name || "合计 Total" }, true);

  rowNumber++;
  const legend = sheet.getRow(++rowNumber);
  const legendText = `岗位代码 Post codes: ${POST_CATALOGUE.map((post) => `${post.code} ${post.zh}`).join("；")}`;
  legend.getCell(1).value = legendText;
  legend.getCell(1).alignment = { wrapText: true, vertical: "top" };
  legend.height = 15 * linesIn(legendText, spanWidth(1, last)) + 4;
  sheet.mergeCells(rowNumber, 1, rowNumber, last);
  legend.commit();

  if (table.filings && table.filings.length > 0) {
    rowNumber++;
    const heading = sheet.getRow(++rowNumber);
    const headings = ["单位 Unit", "报送日期 Sent on", "状态 Status", "说明 Note"];
    FILING_SPANS.forEach(([from, to], index) => {
      heading.getCell(from).value = headings[index];
      for (let col = from; col <= to; col++) styleHeaderCell(heading.getCell(col));
      if (to > from) sheet.mergeCells(rowNumber, from, rowNumber, to);
    });
    heading.commit();
    for (const filing of table.filings) {
      const row = sheet.getRow(++rowNumber);
      const values = [
        filing.unitName,
        filing.submittedOn ?? "未记录 not on record",
        statusText(filing.status),
        filing.note ?? "",
      ];
      FILING_SPANS.forEach(([from, to], index) => {
        const cell = row.getCell(from);
        cell.value = safeCellValue(values[index]);
        for (let col = from; col <= to; col++) row.getCell(col).border = TABLE_BORDER;
        cell.alignment = { wrapText: true, vertical: "middle" };
        if (to > from) sheet.mergeCells(rowNumber, from, rowNumber, to);
      });
      styleStatusCell(row.getCell(FILING_SPANS[2]?.[0] as number), filing.status);
      const [noteFrom, noteTo] = FILING_SPANS[3] as readonly [number, number];
      const lines = Math.max(
        linesIn(filing.note ?? "", spanWidth(noteFrom, noteTo)),
        linesIn(filing.unitName, 28),
      );
      row.height = 15 * lines + 4;
      row.commit();
    }
  }

  rowNumber++;
  const signatures = sheet.getRow(++rowNumber);
  const third = Math.floor(last / 3);
  signatures.getCell(1).value = "填表人 Prepared by:";
  signatures.getCell(third + 1).value = "审核人 Checked by:";
  signatures.getCell(2 * third + 1).value = "单位负责人（签字、盖章）Head (signature, stamp):";
  signatures.height = 36;
  signatures.commit();

  // Known only now: the print area is the form, to its signature line.
  sheet.pageSetup.printArea = `A1:${columnLetters(last)}${rowNumber}`;
  sheet.commit();
}
