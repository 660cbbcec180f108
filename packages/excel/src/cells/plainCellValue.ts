import { restoreFormulaText } from "./formulaText";

/** A cell's value reduced to what the import reads. */
export type PlainCellValue = string | number | boolean | Date | { error: string } | undefined;

/**
 * Reduces a cell value as the reader gives it (in exceljs's shapes) to a plain value: rich text to its text, a
 * formula to its cached result, a hyperlink to its text. Whitespace-only text
 * counts as empty.
 */
export function plainCellValue(value: unknown): PlainCellValue {
  if (value === null || value === undefined) return undefined;
  // Text our writers neutralised (`'=HYPERLINK(…)`) reads back as it was given.
  if (typeof value === "string") return value.trim() === "" ? undefined : restoreFormulaText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.richText)) {
      return plainCellValue(
        record.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join(""),
      );
    }
    if ("formula" in record || "sharedFormula" in record) {
      // A formula counts by its cached result; one that failed (#NAME?, #REF!) or was never
      // calculated (no cached result) is an error cell: the import does not evaluate formulas.
      const result = record.result;
      const failed =
        result === undefined ||
        (typeof result === "number" && !Number.isFinite(result)) ||
        (typeof result === "object" && result !== null && "error" in result);
      return failed
        ? { error: `=${String(record.formula ?? record.sharedFormula)}` }
        : plainCellValue(result);
    }
    if (typeof record.error === "string") return { error: record.error };
    if ("text" in record) return plainCellValue(record.text);
  }
  return undefined;
}

/** How a plain value reads in a message. */
export function describePlainValue(value: PlainCellValue): string {
  if (value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (typeof value === "object") return value.error;
  return String(value);
}
