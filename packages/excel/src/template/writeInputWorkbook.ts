import type ExcelJS from "exceljs";
import { columnLetters } from "../cells/a1";
import { expectedText } from "../cells/expectedText";
import type { SheetSpec } from "../spec/columnSpec";
import { INPUT_SHEETS, OPTIONS_SHEET_NAME } from "../spec/inputSheets";
import { openWorkbookWriter, type WorkbookTarget } from "../writing/openWorkbookWriter";
import { pagesWideFor, printSetup } from "../writing/printSetup";
import { safeCellValue } from "../writing/safeCellValue";
import { styleHeaderCell, styleTitleCell } from "../writing/sheetStyles";
import { wrappedLines, wrappedRowHeight } from "../writing/wrappedRowHeight";
import { writeInstructionsSheet } from "./instructionsSheet";
import { collectOptionLists, type OptionList, optionListOf } from "./optionLists";
import { recordToRows } from "./recordToCells";

/** Row of the sheet title, of the headers, and the first row of data in every input sheet. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

/**
 * How many rows below the written data get dropdowns by default. Not the whole
 * column: readers that expand validation ranges cell by cell (exceljs's
 * in-memory reader does) would hold a million entries per coded column.
 */
const DEFAULT_DROPDOWN_ROWS = 2_000;

/** Records to write, by record kind (`members`, `services`, …). */
export type RecordsByKind = Partial<Record<string, readonly unknown[]>>;

export interface InputWorkbookOptions {
  /** The sheets to write; defaults to every input sheet of the data model. */
  sheets?: readonly SheetSpec[];
  /** How many empty rows below the data get dropdowns (default 2000). */
  dropdownRows?: number;
}

/** The header text of a column: Chinese (`*` when required) over the first English alias. */
export function headerText(spec: SheetSpec["columns"][number]): string {
  const alias = spec.aliases[0];
  return `${spec.header}${spec.required ? " *" : ""}${alias ? `\n${alias}` : ""}`;
}

/**
 * Writes an input workbook with the streaming writer: the instructions sheet,
 * one sheet per record kind (title row, bilingual headers, dropdowns for coded
 * columns, frozen header, auto-filter), and a hidden sheet holding the
 * dropdown lists. With records it is a filled workbook the import reads back
 * to the same records; without, it is the blank template.
 */
export async function writeInputWorkbook(
  target: WorkbookTarget,
  records: RecordsByKind = {},
  options: InputWorkbookOptions = {},
): Promise<void> {
  const specs = options.sheets ?? INPUT_SHEETS;
  const lists = collectOptionLists(specs);
  const workbook = openWorkbookWriter(target);
  writeInstructionsSheet(workbook, specs);
  const dropdownRows = options.dropdownRows ?? DEFAULT_DROPDOWN_ROWS;
  for (const spec of specs) writeRecordSheet(workbook, spec, records[spec.key] ?? [], lists, dropdownRows);
  writeOptionsSheet(workbook, lists);
  await workbook.commit();
}

/** Writes the blank input template. */
export function writeTemplate(target: WorkbookTarget, options: InputWorkbookOptions = {}): Promise<void> {
  return writeInputWorkbook(target, {}, options);
}

function writeRecordSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: SheetSpec,
  records: readonly unknown[],
  lists: Map<unknown, OptionList>,
  dropdownRows: number,
): void {
  const widths = spec.columns.map((column) => column.width ?? 16);
  const landscape = spec.columns.length > 6 || pagesWideFor(widths, false) > 1;
  // A wide sheet prints over several pages, its ID column (frozen on screen) on each.
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: "frozen", xSplit: 1, ySplit: HEADER_ROW }],
    pageSetup: printSetup({
      landscape,
      titleRows: `1:${HEADER_ROW}`,
      titleColumns: "A:A",
      pagesWide: pagesWideFor(widths, landscape, 1),
    }),
  });
  const lastLetter = columnLetters(spec.columns.length);
  sheet.columns = spec.columns.map((column, index) => ({
    width: widths[index],
    // Text columns are text-formatted so an ID like 001 keeps its zeros when typed.
    style: column.type === "date" ? { numFmt: "yyyy-mm-dd" } : column.type === "text" ? { numFmt: "@" } : {},
  }));

  const title = sheet.getRow(TITLE_ROW);
  const titleText = `${spec.title.zh}  ${spec.title.en}`;
  title.getCell(1).value = titleText;
  styleTitleCell(title.getCell(1));
  // Wrapped: LibreOffice fits a page to the whole width of a long title, merged cell or not
  // (党员走访 printed at 45 %). Its 14-point text takes 14/11 of a column's character widths.
  title.getCell(1).alignment = { ...title.getCell(1).alignment, wrapText: true };
  const titleWidth = (widths.reduce((total, width) => total + width, 0) * 11) / 14;
  title.height = Math.max(24, 20 * wrappedLines(titleText, titleWidth));
  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, spec.columns.length);
  title.commit();

  const header = sheet.getRow(HEADER_ROW);
  const headers = spec.columns.map((column, index) => ({
    text: headerText(column),
    width: widths[index] as number,
  }));
  header.height = wrappedRowHeight(headers, 34);
  spec.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = headerText(column);
    styleHeaderCell(cell);
    if (column.required) cell.font = { bold: true, color: { argb: "FFC00000" } };
    const expected = expectedText(column);
    const hint = column.hint ? `\n${column.hint.zh}\n${column.hint.en}` : "";
    cell.note = `${column.required ? "必填 required" : "选填 optional"}\n${expected.zh}\n${expected.en}${hint}`;
  });
  header.commit();

  let rowNumber = FIRST_DATA_ROW - 1;
  for (const record of records) {
    for (const cells of recordToRows(spec, record)) {
      const row = sheet.getRow(++rowNumber);
      cells.forEach((value, column) => {
        row.getCell(column + 1).value = safeCellValue(value);
      });
      row.commit();
    }
  }
  const dataRows = rowNumber - FIRST_DATA_ROW + 1;

  spec.columns.forEach((column, index) => {
    const list = optionListOf(lists, column);
    if (list === undefined) return;
    const letter = columnLetters(index + 1);
    const lastRow = FIRST_DATA_ROW + dataRows + Math.max(1, dropdownRows) - 1;
    dataValidationsOf(sheet).add(`${letter}${FIRST_DATA_ROW}:${letter}${lastRow}`, {
      type: "list",
      allowBlank: true,
      formulae: [list.range],
      // A warning, not a stop: the import also takes codes and English names.
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "不在下拉选项中 Not in the list",
      error: "请从下拉列表中选择。Please pick from the list.",
    });
  });
  // The filter covers the data written; Excel extends it as rows are added below.
  sheet.autoFilter = `A${HEADER_ROW}:${lastLetter}${HEADER_ROW + dataRows}`;
  sheet.commit();
}

/** exceljs has `dataValidations` on every worksheet, streaming ones included, but does not declare it. */
function dataValidationsOf(sheet: ExcelJS.Worksheet): {
  add(range: string, validation: ExcelJS.DataValidation): void;
} {
  return (sheet as unknown as { dataValidations: ReturnType<typeof dataValidationsOf> }).dataValidations;
}

function writeOptionsSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  lists: Map<unknown, OptionList>,
): void {
  const sheet = workbook.addWorksheet(OPTIONS_SHEET_NAME, { state: "hidden" });
  const columns = [...lists.values()];
  sheet.columns = columns.map(() => ({ width: 24 }));
  const longest = Math.max(0, ...columns.map((list) => list.values.length));
  for (let rowIndex = 0; rowIndex <= longest; rowIndex++) {
    const row = sheet.getRow(rowIndex + 1);
    columns.forEach((list, column) => {
      const value = rowIndex === 0 ? list.title : list.values[rowIndex - 1];
      if (value !== undefined) row.getCell(column + 1).value = value;
    });
    row.commit();
  }
  sheet.commit();
}
