import { looseKey } from "../cells/normaliseText";
import type { SheetSpec } from "./columnSpec";
import { MEMBER_PROGRAMME_SHEETS } from "./memberProgrammeSheets";
import { SAMPLING_SHEETS } from "./samplingSheets";
import { UNIT_PROGRAMME_SHEETS } from "./unitProgrammeSheets";

/** Every input sheet, in the order the template writes them. */
export const INPUT_SHEETS: readonly SheetSpec[] = [
  ...MEMBER_PROGRAMME_SHEETS,
  ...UNIT_PROGRAMME_SHEETS,
  ...SAMPLING_SHEETS,
];

/** The instructions sheet and the hidden sheet of dropdown lists: known, never imported. */
export const INSTRUCTIONS_SHEET_NAME = "说明";
export const OPTIONS_SHEET_NAME = "选项";
const AUXILIARY_SHEET_NAMES = [INSTRUCTIONS_SHEET_NAME, "Instructions", OPTIONS_SHEET_NAME, "Options"];

/** Finds the spec of a sheet by its Chinese name, an English alias or its record key. */
export function sheetSpecMatcher(specs: readonly SheetSpec[]): (sheetName: string) => SheetSpec | undefined {
  const byKey = new Map<string, SheetSpec>();
  for (const spec of specs) {
    for (const name of [spec.name, ...spec.aliases, spec.key]) byKey.set(looseKey(name), spec);
  }
  return (sheetName) => byKey.get(looseKey(sheetName));
}

/** Whether a sheet is one of the template's own helper sheets. */
export function isAuxiliarySheet(sheetName: string): boolean {
  const key = looseKey(sheetName);
  return AUXILIARY_SHEET_NAMES.some((name) => looseKey(name) === key);
}
