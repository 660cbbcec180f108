import type { PlainCellValue } from "./plainCellValue";

/** Reads a whole number from a number cell or from text (full-width digits allowed); `undefined` otherwise. */
export function readInteger(value: PlainCellValue): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.normalize("NFKC").trim();
  if (!/^[-+]?\d+$/.test(text)) return undefined;
  const number = Number(text);
  return Number.isSafeInteger(number) ? number : undefined;
}
