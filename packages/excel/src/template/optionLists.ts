import { columnLetters } from "../cells/a1";
import type { ColumnSpec, SheetSpec } from "../spec/columnSpec";
import { YES_NO_DISPLAY } from "../spec/enumOptions";
import { OPTIONS_SHEET_NAME } from "../spec/inputSheets";

/** One dropdown list on the hidden options sheet. */
export interface OptionList {
  title: string;
  values: readonly string[];
  /** The absolute range a data validation refers to, e.g. `'选项'!$B$2:$B$16`. */
  range: string;
}

const YES_NO_KEY = "__boolean__";

/**
 * Collects the dropdown lists the sheets need, one column each on the options
 * sheet. Lists live on a sheet rather than inline because an inline list is
 * capped at 255 characters and the post catalogue is longer.
 */
export function collectOptionLists(specs: readonly SheetSpec[]): Map<unknown, OptionList> {
  const lists = new Map<unknown, OptionList>();
  const add = (key: unknown, title: string, values: readonly string[]) => {
    if (lists.has(key)) return;
    const letter = columnLetters(lists.size + 1);
    lists.set(key, {
      title,
      values,
      range: `'${OPTIONS_SHEET_NAME}'!$${letter}$2:$${letter}$${values.length + 1}`,
    });
  };
  for (const spec of specs) {
    for (const column of spec.columns) {
      if (column.type === "boolean") add(YES_NO_KEY, "是/否", [YES_NO_DISPLAY.yes, YES_NO_DISPLAY.no]);
      if (column.type === "enum" && column.options) {
        add(
          column.options,
          column.header,
          column.options.map((option) => option.display ?? option.zh),
        );
      }
    }
  }
  return lists;
}

/** The dropdown list of a column, if it has one. */
export function optionListOf(lists: Map<unknown, OptionList>, column: ColumnSpec): OptionList | undefined {
  if (column.type === "boolean") return lists.get(YES_NO_KEY);
  if (column.type === "enum") return lists.get(column.options);
  return undefined;
}
