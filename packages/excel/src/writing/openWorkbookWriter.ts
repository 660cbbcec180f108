import type { Writable } from "node:stream";
import ExcelJS from "exceljs";

/** Where a written workbook goes: a file path or a writable stream. */
export type WorkbookTarget = string | Writable;

/**
 * A streaming workbook writer. Styles are on (colours, date formats); strings
 * go to the shared-strings table, so every text cell is stored as `t="s"`
 * text and never as a formula or a formula's string result.
 */
export function openWorkbookWriter(target: WorkbookTarget): ExcelJS.stream.xlsx.WorkbookWriter {
  return new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof target === "string" ? { filename: target } : { stream: target }),
    useStyles: true,
    useSharedStrings: true,
  });
}
