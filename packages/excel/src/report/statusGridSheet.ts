import type { VerdictStatus } from "@shuangbaodao/core";
import type ExcelJS from "exceljs";
import { columnLetters } from "../cells/a1";
import type { Bilingual } from "../spec/bilingual";
import { displayWidth } from "../writing/displayWidth";
import { printSetup } from "../writing/printSetup";
import { safeCellValue } from "../writing/safeCellValue";
import { styleHeaderCell, styleTitleCell, TABLE_BORDER } from "../writing/sheetStyles";
import { STATUS_LOOK, styleStatusCell } from "./statusStyle";

/** One cell of a status grid: a status, with text to show instead of the status name if wanted. */
export interface StatusGridCell {
  status: VerdictStatus;
  text?: string;
}

/** A row of the grid: its labels (unit, rule…) and a status per column key. */
export interface StatusGridRow {
  labels: readonly string[];
  cells: Readonly<Record<string, VerdictStatus | StatusGridCell | undefined>>;
}

/**
 * Rows × columns of statuses, e.g. units × periods for the frequency rules
 * (2019-10, 2019-Q4, 2019-H2…). Each cell is coloured by its status.
 */
export interface StatusGrid {
  sheetName?: string;
  title: Bilingual;
  /** Headers of the label columns on the left, e.g. 单位 Unit, 规则 Rule. */
  rowHeaders: readonly Bilingual[];
  columns: readonly { key: string; label: string }[];
  rows: Iterable<StatusGridRow>;
}

const TITLE_ROW = 1;
const LEGEND_ROW = 2;
const HEADER_ROW = 3;

/** Writes a status grid with a legend above it, headers and label columns frozen. */
export function writeStatusGridSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  grid: StatusGrid,
): void {
  const labelCount = Math.max(1, grid.rowHeaders.length);
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: labelCount, ySplit: HEADER_ROW }],
    pageSetup: printSetup({
      landscape: true,
      titleRows: `1:${HEADER_ROW}`,
      titleColumns: `A:${String.fromCharCode(64 + labelCount)}`,
    }),
  });
  // Each period column as wide as its longest text, so nothing is cut off (up to a wrapped 40);
  // rows given as a stream are not read twice, and get a width that fits most words.
  const rows = Array.isArray(grid.rows) ? (grid.rows as readonly StatusGridRow[]) : undefined;
  const widest = (key: string, label: string) =>
    Math.max(
      displayWidth(label),
      ...(rows ?? []).map((row) => {
        const entry = row.cells[key];
        const text = typeof entry === "string" ? STATUS_LOOK[entry].label.zh : (entry?.text ?? "");
        return displayWidth(text);
      }),
      rows === undefined ? 24 : 0,
    );
  sheet.columns = [
    ...Array.from({ length: labelCount }, () => ({ width: 30 })),
    ...grid.columns.map((column) => ({
      width: Math.min(40, Math.max(10, widest(column.key, column.label) + 2)),
    })),
  ];

  const title = sheet.getRow(TITLE_ROW);
  title.getCell(1).value = `${grid.title.zh}  ${grid.title.en}`;
  styleTitleCell(title.getCell(1));
  title.height = 24;
  title.commit();

  const legend = sheet.getRow(LEGEND_ROW);
  legend.getCell(1).value = "图例 Legend";
  (Object.keys(STATUS_LOOK) as VerdictStatus[]).forEach((status, index) => {
    const cell = legend.getCell(index + 2);
    cell.value = `${STATUS_LOOK[status].label.zh} ${STATUS_LOOK[status].label.en}`;
    styleStatusCell(cell, status);
  });
  legend.commit();

  const header = sheet.getRow(HEADER_ROW);
  for (let index = 0; index < labelCount; index++) {
    const label = grid.rowHeaders[index];
    header.getCell(index + 1).value = label ? `${label.zh}\n${label.en}` : "";
    styleHeaderCell(header.getCell(index + 1));
  }
  grid.columns.forEach((column, index) => {
    const cell = header.getCell(labelCount + index + 1);
    cell.value = safeCellValue(column.label);
    styleHeaderCell(cell);
  });
  header.height = 32;
  header.commit();

  let rowNumber = HEADER_ROW;
  for (const item of grid.rows) {
    const row = sheet.getRow(++rowNumber);
    for (let index = 0; index < labelCount; index++) {
      const cell = row.getCell(index + 1);
      cell.value = safeCellValue(item.labels[index]);
      cell.border = TABLE_BORDER;
      cell.alignment = { wrapText: true, vertical: "top" };
    }
    grid.columns.forEach((column, index) => {
      const entry = item.cells[column.key];
      const cell = row.getCell(labelCount + index + 1);
      cell.border = TABLE_BORDER;
      if (entry === undefined) return;
      const { status, text } = typeof entry === "string" ? { status: entry, text: undefined } : entry;
      cell.value = safeCellValue(text ?? STATUS_LOOK[status].label.zh);
      styleStatusCell(cell, status);
    });
    row.commit();
  }
  sheet.autoFilter = `A${HEADER_ROW}:${columnLetters(labelCount + grid.columns.length)}${rowNumber}`;
  sheet.commit();
}
