import { normaliseText } from "./normaliseText";
import type { PlainCellValue } from "./plainCellValue";

const TRUE_WORDS = new Set(["是", "yes", "y", "true", "1", "✓", "✔", "√", "对"]);
const FALSE_WORDS = new Set(["否", "no", "n", "false", "0", "✗", "✘", "×", "x", "不是"]);

/** Reads 是/否, yes/no, true/false, 1/0, ✓/✗ and boolean cells; `undefined` for anything else. */
export function readBoolean(value: PlainCellValue): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  // The dropdown's own words need no normalising.
  if (value === "是") return true;
  if (value === "否") return false;
  const word = normaliseText(value);
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}
