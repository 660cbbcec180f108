import type { VerdictStatus } from "@shuangbaodao/core";
import type ExcelJS from "exceljs";
import type { Bilingual } from "../spec/bilingual";
import { printSetup } from "../writing/printSetup";
import { type ReportCellInput, safeCellValue } from "../writing/safeCellValue";
import { styleHeaderCell, styleTitleCell, TABLE_BORDER } from "../writing/sheetStyles";
import { STATUS_LOOK, styleStatusCell } from "./statusStyle";

/** The summary at the front of a report: what it covers and how the verdicts came out. */
export interface ReportSummary {
  title: Bilingual;
  /** Labelled facts: edition, year, as-of date, units, members, source file… */
  facts: readonly { label: Bilingual; value: ReportCellInput }[];
  /** How many verdicts came out with each status. */
  statusCounts?: Partial<Record<VerdictStatus, number>>;
  /** Free lines of text below (scope notes, caveats), each in both languages. */
  notes?: readonly Bilingual[];
}

/** Counts verdicts (or anything with a status) by status, for the summary. */
export function countStatuses(items: Iterable<{ status: VerdictStatus }>): Record<VerdictStatus, number> {
  const counts: Record<VerdictStatus, number> = { met: 0, unmet: 0, pending: 0, "not-applicable": 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}

/**
 * Adds the summary sheet, empty: its place among the tabs is taken now, its
 * rows can come last (a streamed report knows its counts only at the end;
 * add it with `withPartsHeld` so that its part does not stand in the zip's way).
 */
export function addSummarySheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: 1 }],
    // Labels and values side by side on one page width, never split.
    pageSetup: printSetup({ landscape: false, titleRows: "1:1" }),
  });
  sheet.columns = [{ width: 22 }, { width: 28 }, { width: 40 }];
  return sheet;
}

/** Writes the summary's rows into a sheet from {@link addSummarySheet} and commits it. */
export function fillSummarySheet(sheet: ExcelJS.Worksheet, summary: ReportSummary): void {
  let rowNumber = 0;
  const nextRow = () => sheet.getRow(++rowNumber);

  const title = nextRow();
  title.getCell(1).value = `${summary.title.zh}  ${summary.title.en}`;
  styleTitleCell(title.getCell(1));
  title.height = 26;
  title.commit();
  nextRow().commit();

  const header = nextRow();
  ["项目", "Item", "内容 Value"].forEach((text, index) => {
    header.getCell(index + 1).value = text;
    styleHeaderCell(header.getCell(index + 1));
  });
  header.commit();
  for (const fact of summary.facts) {
    const row = nextRow();
    row.getCell(1).value = safeCellValue(fact.label.zh);
    row.getCell(2).value = safeCellValue(fact.label.en);
    row.getCell(3).value = safeCellValue(fact.value);
    for (let column = 1; column <= 3; column++) row.getCell(column).border = TABLE_BORDER;
    row.commit();
  }

  if (summary.statusCounts) {
    nextRow().commit();
    const countsHeader = nextRow();
    ["结论", "Status", "条数 Count"].forEach((text, index) => {
      countsHeader.getCell(index + 1).value = text;
      styleHeaderCell(countsHeader.getCell(index + 1));
    });
    countsHeader.commit();
    for (const status of Object.keys(STATUS_LOOK) as VerdictStatus[]) {
      const row = nextRow();
      row.getCell(1).value = STATUS_LOOK[status].label.zh;
      row.getCell(2).value = STATUS_LOOK[status].label.en;
      row.getCell(3).value = summary.statusCounts[status] ?? 0;
      styleStatusCell(row.getCell(1), status);
      styleStatusCell(row.getCell(2), status);
      row.getCell(3).border = TABLE_BORDER;
      row.commit();
    }
  }

  if (summary.notes?.length) nextRow().commit();
  for (const note of summary.notes ?? []) {
    const row = nextRow();
    row.getCell(1).value = safeCellValue(note.zh);
    row.getCell(3).value = safeCellValue(note.en);
    row.commit();
  }
  sheet.commit();
}
