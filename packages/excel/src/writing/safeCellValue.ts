import { neutraliseFormulaText } from "../cells/formulaText";

/** What the report writers accept for a cell. */
export type ReportCellInput = string | number | boolean | Date | null | undefined;

/** What goes into an exceljs cell. */
export type SafeCellValue = string | number | boolean | Date | null;

/**
 * The one gate every written value passes. Text stays a plain string, which
 * exceljs stores as text (a formula is only ever written from a `{ formula }`
 * object, which this never returns), so text that starts with `=`, `+`, `-` or
 * `@` (a name, a note, an ID from another system) can never run as a formula
 * when the file is opened; and it gets a leading apostrophe, so that it does
 * not become one when the cell is edited or the sheet is saved as CSV.
 * Anything that is not a primitive is turned into its text for the same reason.
 */
export function safeCellValue(value: unknown): SafeCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return neutraliseFormulaText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return neutraliseFormulaText(JSON.stringify(value) ?? String(value));
}

/** Whether text would start a formula if typed into a spreadsheet. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
