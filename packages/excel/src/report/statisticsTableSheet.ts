import type { VerdictStatus } from "@shuangbaodao/core";
import type ExcelJS from "exceljs";
import { columnLetters } from "../cells/a1";
import { POST_CATALOGUE } from "../spec/postCatalogue";
import { printSetup } from "../writing/printSetup";
import { safeCellValue } from "../writing/safeCellValue";
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
  /** Whether the table itself was sent in time (`M-STATS-TABLE`). */
  deadlineStatus?: VerdictStatus;
  deadlineNote?: string;
}

/**
 * The 在职党员到居住地社区统计表 (ZZ47-BD 二(一), `M-STATS-TABLE`) as plain
 * data, filled by whoever rolls the verdicts up per unit and branch.
 */
export interface StatisticsTableSheet {
  sheetName?: string;
  /** Defaults to 在职党员到居住地社区统计表. */
  title?: string;
  /** 填报单位 */
  unitName: string;
  /** 填报日期, `YYYY-MM-DD`. */
  date: string;
  rows: readonly StatisticsTableLine[];
  /** A total line, printed in bold under the rows. */
  total?: StatisticsTableLine;
}

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
  { header: "报送期限\nDeadline", sub: [], width: 14 },
];

const COLUMN_COUNT = GROUPS.reduce((sum, group) => sum + Math.max(1, group.sub.length), 0);

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
    row.deadlineStatus === undefined
      ? row.deadlineNote
      : `${statusText(row.deadlineStatus)}${row.deadlineNote ? ` ${row.deadlineNote}` : ""}`,
  ];
}

/** Writes the statistics table laid out like the paper form: title, unit and date, grouped headers. */
export function writeStatisticsTableSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  table: StatisticsTableSheet,
): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 1, ySplit: SUB_HEADER_ROW }],
    pageSetup: printSetup({ landscape: true, titleRows: `1:${SUB_HEADER_ROW}` }),
  });
  sheet.columns = GROUPS.flatMap((group) =>
    Array.from({ length: Math.max(1, group.sub.length) }, () => ({ width: group.width })),
  );
  const last = COLUMN_COUNT;

  const title = sheet.getRow(1);
  title.getCell(1).value = safeCellValue(table.title ?? "在职党员到居住地社区统计表");
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { horizontal: "center", vertical: "middle" };
  title.height = 30;
  sheet.mergeCells(1, 1, 1, last);
  title.commit();

  const meta = sheet.getRow(2);
  const half = Math.floor(last / 2);
  meta.getCell(1).value = safeCellValue(`填报单位（盖章）Unit: ${table.unitName}`);
  meta.getCell(half + 1).value = safeCellValue(`填报日期 Date: ${table.date}`);
  meta.getCell(half + 1).alignment = { horizontal: "right" };
  sheet.mergeCells(2, 1, 2, half);
  sheet.mergeCells(2, half + 1, 2, last);
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

  let rowNumber = SUB_HEADER_ROW;
  const writeLine = (line: StatisticsTableLine, bold: boolean) => {
    const row = sheet.getRow(++rowNumber);
    rowValues(line).forEach((value, index) => {
      const cell = row.getCell(index + 1);
      cell.value = safeCellValue(value);
      cell.border = TABLE_BORDER;
      if (bold) cell.font = { bold: true };
      if (index === 5) cell.numFmt = "0.0%";
    });
    if (line.deadlineStatus !== undefined) styleStatusCell(row.getCell(last), line.deadlineStatus);
    row.commit();
  };
  for (const line of table.rows) writeLine(line, false);
  if (table.total) writeLine({ ...table.total, name: table.total.name || "合计 Total" }, true);
  const lastDataRow = rowNumber;

  rowNumber++;
  const legend = sheet.getRow(++rowNumber);
  legend.getCell(1).value =
    `岗位代码 Post codes: ${POST_CATALOGUE.map((post) => `${post.code} ${post.zh}`).join("；")}`;
  legend.getCell(1).alignment = { wrapText: true, vertical: "top" };
  legend.height = 48;
  sheet.mergeCells(rowNumber, 1, rowNumber, last);
  legend.commit();
  const signatures = sheet.getRow(++rowNumber);
  signatures.getCell(1).value = "填表人 Prepared by:";
  signatures.getCell(half + 1).value = "审核人 Checked by:";
  signatures.commit();

  sheet.autoFilter = `A${SUB_HEADER_ROW}:${columnLetters(last)}${lastDataRow}`;
  sheet.commit();
}

/** The core's roll-up (`statisticsTable` of `@shuangbaodao/core`), the parts this sheet reads. */
export interface CoreStatisticsTable {
  title: string;
  rows: readonly CoreStatisticsRow[];
  total: CoreStatisticsRow;
  deadlines: readonly { subject: { id: string }; status: VerdictStatus; reason?: string; due?: string }[];
}

interface CoreStatisticsRow {
  level: "unit" | "branch" | "total";
  unitId: string | null;
  name: string;
  membersInScope: number;
  reportedOnTime: number;
  reportedLate: number;
  notYetReported: number;
  reportRate: number | null;
  postsClaimedByCode: readonly number[];
  servicesZero: number;
  servicesOne: number;
  servicesTwoOrMore: number;
}

/**
 * The sheet data of a core statistics table: its rows and total, each unit
 * row with its own deadline verdict for sending the table (`M-STATS-TABLE`).
 */
export function statisticsSheetFromCore(
  table: CoreStatisticsTable,
  form: { unitName: string; date: string; sheetName?: string },
): StatisticsTableSheet {
  const line = (row: CoreStatisticsRow): StatisticsTableLine => {
    const deadline =
      row.level === "unit" ? table.deadlines.find((v) => v.subject.id === row.unitId) : undefined;
    return {
      name: row.name,
      level: row.level === "branch" ? "branch" : "unit",
      membersInScope: row.membersInScope,
      reportedOnTime: row.reportedOnTime,
      reportedLate: row.reportedLate,
      notYetReported: row.notYetReported,
      ...(row.reportRate === null ? {} : { reportRate: row.reportRate }),
      postsClaimed: Object.fromEntries(row.postsClaimedByCode.map((count, index) => [index + 1, count])),
      services: { none: row.servicesZero, once: row.servicesOne, twiceOrMore: row.servicesTwoOrMore },
      ...(deadline === undefined
        ? {}
        : {
            deadlineStatus: deadline.status,
            deadlineNote: [deadline.reason, deadline.due].filter((part) => part !== undefined).join(" "),
          }),
    };
  };
  return {
    ...(form.sheetName === undefined ? {} : { sheetName: form.sheetName }),
    title: table.title,
    unitName: form.unitName,
    date: form.date,
    rows: table.rows.map(line),
    total: line(table.total),
  };
}
