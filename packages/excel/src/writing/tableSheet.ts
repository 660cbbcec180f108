import type ExcelJS from "exceljs";
import { columnLetters } from "../cells/a1";
import type { Bilingual } from "../spec/bilingual";
import { type ReportCellInput, safeCellValue } from "./safeCellValue";
import { styleHeaderCell, styleTitleCell, TABLE_BORDER } from "./sheetStyles";

/** One column of a table sheet: its header, width and how a row fills it. */
export interface TableColumn<T> {
  header: Bilingual;
  width: number;
  value: (row: T) => ReportCellInput;
  /** Extra styling of a data cell (status colours). */
  style?: (cell: ExcelJS.Cell, row: T) => void;
  numFmt?: string;
  wrap?: boolean;
}

const TITLE_ROW = 1;
const HEADER_ROW = 2;

/**
 * Writes a sheet that is one table: a title, bilingual headers frozen at the
 * top with the first column, an auto-filter over the table, rows streamed and
 * committed one by one so a long table does not stay in memory.
 */
export function writeTableSheet<T>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: Bilingual,
  columns: readonly TableColumn<T>[],
  rows: Iterable<T>,
): number {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 1, ySplit: HEADER_ROW }] });
  sheet.columns = columns.map((column) => ({ width: column.width }));

  const titleRow = sheet.getRow(TITLE_ROW);
  titleRow.getCell(1).value = `${title.zh}  ${title.en}`;
  styleTitleCell(titleRow.getCell(1));
  titleRow.height = 24;
  titleRow.commit();

  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = `${column.header.zh}\n${column.header.en}`;
    styleHeaderCell(cell);
  });
  header.height = 32;
  header.commit();

  let rowNumber = HEADER_ROW;
  for (const item of rows) {
    const row = sheet.getRow(++rowNumber);
    columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      cell.value = safeCellValue(column.value(item));
      cell.border = TABLE_BORDER;
      cell.alignment = { vertical: "top", wrapText: column.wrap ?? false };
      if (column.numFmt) cell.numFmt = column.numFmt;
      column.style?.(cell, item);
    });
    row.commit();
  }
  sheet.autoFilter = `A${HEADER_ROW}:${columnLetters(columns.length)}${rowNumber}`;
  sheet.commit();
  return rowNumber - HEADER_ROW;
}
