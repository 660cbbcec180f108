import type { PlainCellValue } from "./plainCellValue";

/**
 * Reads a cell as text. An ID typed into a number cell reads as its digits; a
 * date cell reads as its date. Text is kept as typed (the schema trims it).
 */
export function readText(value: PlainCellValue): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  }
  if (typeof value === "object") return undefined;
  return String(value);
}
