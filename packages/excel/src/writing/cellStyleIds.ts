import ExcelJS from "exceljs";
import type { SafeCellValue } from "./safeCellValue";

/** A cell's look; the same object for every cell that looks alike. */
export type CellLook = Readonly<Partial<ExcelJS.Style>>;

/** exceljs's style table of a streaming writer (its untyped `styles`). */
interface StyleTable {
  addStyleModel(style: Partial<ExcelJS.Style>, cellType: ExcelJS.ValueType): number;
}

function valueType(value: SafeCellValue): ExcelJS.ValueType {
  if (value === null || value === "") return ExcelJS.ValueType.Null;
  if (typeof value === "string") return ExcelJS.ValueType.String;
  if (typeof value === "number") return ExcelJS.ValueType.Number;
  if (typeof value === "boolean") return ExcelJS.ValueType.Boolean;
  return ExcelJS.ValueType.Date;
}

/**
 * The style index of each cell look in a workbook's style table, found once
 * per look and kind of value. exceljs finds a cell's style by serialising it
 * to XML, cell after cell (half the time of a long report); its cache by
 * style object ignores the kind of value, though a number without a format
 * gets "General" and a date "mm-dd-yy". So each look is registered once per
 * kind, each time as a copy of its own.
 */
export class CellStyleIds {
  private readonly styles: StyleTable;
  private readonly ids = new Map<CellLook, number[]>();

  constructor(workbook: ExcelJS.stream.xlsx.WorkbookWriter) {
    this.styles = (workbook as unknown as { styles: StyleTable }).styles;
  }

  /** The style index of a cell with this look and value. */
  of(look: CellLook, value: SafeCellValue): number {
    let byType = this.ids.get(look);
    if (byType === undefined) {
      byType = [];
      this.ids.set(look, byType);
    }
    const type = valueType(value);
    let id = byType[type];
    if (id === undefined) {
      id = this.styles.addStyleModel({ ...look }, type);
      byType[type] = id;
    }
    return id;
  }
}
