import type { EnumOption } from "../spec/columnSpec";
import { looseKey } from "./normaliseText";
import type { PlainCellValue } from "./plainCellValue";

const MAX_REMEMBERED = 1_000;

/**
 * Finds the option a cell names: by its value, its Chinese or English name,
 * or what the dropdown shows (`1 党建工作指导岗`), ignoring case, full-width
 * forms and the punctuation between a code and its name.
 */
export function enumMatcher(
  options: readonly EnumOption[],
): (value: PlainCellValue) => EnumOption | undefined {
  const byKey = new Map<string, EnumOption>();
  for (const option of options) {
    const names = [String(option.value), option.zh, option.en, option.display ?? option.zh];
    names.push(`${option.value}${option.zh}`);
    for (const name of names) {
      const key = looseKey(name);
      if (!byKey.has(key)) byKey.set(key, option);
    }
  }
  // A column holds few distinct values: remember what each raw value matched, so most cells are one lookup.
  const seen = new Map<string | number, EnumOption | undefined>();
  return (value) => {
    if (typeof value !== "number" && typeof value !== "string") return undefined;
    if (seen.has(value)) return seen.get(value);
    const option = byKey.get(looseKey(String(value)));
    if (seen.size < MAX_REMEMBERED) seen.set(value, option);
    return option;
  };
}
