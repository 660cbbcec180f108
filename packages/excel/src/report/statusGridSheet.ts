import type { VerdictStatus } from "@shuangbaodao/core";
import type ExcelJS from "exceljs";
import { columnLetters } from "../cells/a1";
import type { Bilingual } from "../spec/bilingual";
import { displayWidth } from "../writing/displayWidth";
import { pagesWideFor, printSetup } from "../writing/printSetup";
import { safeCellValue } from "../writing/safeCellValue";
import { continuationOf, continuedTitle, type SheetContinuation } from "../writing/sheetRowLimit";
import { styleHeaderCell, styleTitleCell, TABLE_BORDER } from "../writing/sheetStyles";
import { type WrappedCell, wrappedRowHeight } from "../writing/wrappedRowHeight";
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

/** The label columns (unit, rule): names wrap within them. */
const LABEL_WIDTH = 22;
/**
 * A period column is as wide as its longest text within these bounds: a usual
 * reason such as 次数不足（count-short）on one line, longer ones wrapped.
 */
const PERIOD_WIDTH = { least: 10, most: 24 };

/** Each column's width: the labels', then each period's, as wide as its longest text within bounds. */
function gridWidths(grid: StatusGrid, labelCount: number): number[] {
  // Rows given as a stream are not read twice: their columns take the widest bound.
  const rows = Array.isArray(grid.rows) ? (grid.rows as readonly StatusGridRow[]) : undefined;
  const widest = (key: string, label: string) => {
    if (rows === undefined) return PERIOD_WIDTH.most;
    let width = displayWidth(label);
    for (const row of rows) width = Math.max(width, displayWidth(cellText(row.cells[key]) ?? ""));
    return width;
  };
  return [
    ...Array.from({ length: labelCount }, () => LABEL_WIDTH),
    ...grid.columns.map((column) =>
      Math.min(PERIOD_WIDTH.most, Math.max(PERIOD_WIDTH.least, widest(column.key, column.label) + 2)),
    ),
  ];
}

/** Adds a grid sheet with its title, legend and headers written. */
function openGridSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: Bilingual,
  grid: StatusGrid,
  widths: readonly number[],
  labelCount: number,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: labelCount, ySplit: HEADER_ROW }],
    pageSetup: printSetup({
      landscape: true,
      titleRows: `1:${HEADER_ROW}`,
      titleColumns: `A:${columnLetters(labelCount)}`,
      pagesWide: pagesWideFor(widths, true, labelCount),
    }),
  });
  sheet.columns = widths.map((width) => ({ width }));

  const titleRow = sheet.getRow(TITLE_ROW);
  titleRow.getCell(1).value = `${title.zh}  ${title.en}`;
  styleTitleCell(titleRow.getCell(1));
  titleRow.height = 24;
  titleRow.commit();

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
  return sheet;
}

/**
 * Writes a status grid with a legend above it, headers and label columns frozen.
 * On paper it is spread over as many landscape pages as keep it legible, the
 * title, legend, headers and label columns repeated on each. Rows past the
 * row limit (Excel's) go on in further sheets laid out alike. Returns the
 * names of the sheets written, in order.
 */
export function writeStatusGridSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  grid: StatusGrid,
  continuation: SheetContinuation = {},
): string[] {
  const labelCount = Math.max(1, grid.rowHeaders.length);
  const { rowLimit, nextSheetName } = continuationOf(name, continuation, HEADER_ROW);
  const widths = gridWidths(grid, labelCount);
  const lastColumn = columnLetters(labelCount + grid.columns.length);
  const sheetNames = [name];
  let sheet = openGridSheet(workbook, name, grid.title, grid, widths, labelCount);
  let rowNumber = HEADER_ROW;
  const close = () => {
    sheet.autoFilter = `A${HEADER_ROW}:${lastColumn}${rowNumber}`;
    sheet.commit();
  };
  for (const item of grid.rows) {
    if (rowNumber === rowLimit) {
      close();
      const next = nextSheetName();
      sheet = openGridSheet(
        workbook,
        next,
        continuedTitle(grid.title, sheetNames.at(-1) as string),
        grid,
        widths,
        labelCount,
      );
      sheetNames.push(next);
      rowNumber = HEADER_ROW;
    }
    const row = sheet.getRow(++rowNumber);
    const texts: WrappedCell[] = [];
    for (let index = 0; index < labelCount; index++) {
      const cell = row.getCell(index + 1);
      cell.value = safeCellValue(item.labels[index]);
      cell.border = TABLE_BORDER;
      cell.alignment = { wrapText: true, vertical: "top" };
      texts.push({ text: item.labels[index] ?? "", width: LABEL_WIDTH });
    }
    grid.columns.forEach((column, index) => {
      const entry = item.cells[column.key];
      const cell = row.getCell(labelCount + index + 1);
      cell.border = TABLE_BORDER;
      if (entry === undefined) return;
      const status = typeof entry === "string" ? entry : entry.status;
      const text = cellText(entry) as string;
      cell.value = safeCellValue(text);
      styleStatusCell(cell, status);
      cell.alignment = { ...cell.alignment, wrapText: true };
      texts.push({ text, width: widths[labelCount + index] as number });
    });
    row.height = wrappedRowHeight(texts);
    row.commit();
  }
  close();
  return sheetNames;
}

/** The text a grid cell shows: its own text, or its status in Chinese. */
function cellText(entry: VerdictStatus | StatusGridCell | undefined): string | undefined {
  if (entry === undefined) return undefined;
  if (typeof entry === "string") return STATUS_LOOK[entry].label.zh;
  return entry.text ?? STATUS_LOOK[entry.status].label.zh;
}
