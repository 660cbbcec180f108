import { normaliseCalendarDate } from "@shuangbaodao/core";
import { getField } from "../import/setField";
import type { ColumnSpec, SheetSpec } from "../spec/columnSpec";
import { YES_NO_DISPLAY } from "../spec/enumOptions";

/** A cell value the writers put in an input sheet. */
export type InputCellValue = string | number | Date | null;

/** The Date exceljs writes as a date cell showing a calendar date (its UTC fields are the date). */
export function dateCell(isoDate: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(year as number, (month as number) - 1, day as number));
}

/** How one field of a record is written in its column: the form a person would type or pick. */
export function fieldToCell(column: ColumnSpec, value: unknown): InputCellValue {
  if (value === undefined || value === null) return null;
  switch (column.type) {
    case "date": {
      // A date-time (`2019-12-07T10:00:00+08:00`) is written as its Shanghai calendar date, as the core reads it.
      const date = typeof value === "string" ? normaliseCalendarDate(value) : undefined;
      return date === undefined ? String(value) : dateCell(date);
    }
    case "boolean":
      return value ? YES_NO_DISPLAY.yes : YES_NO_DISPLAY.no;
    case "enum": {
      const option = column.options?.find((candidate) => candidate.value === value);
      return option === undefined ? String(value) : (option.display ?? option.zh);
    }
    case "list":
      return Array.isArray(value) ? (value.length === 0 ? null : value.join("、")) : String(value);
    case "integer":
      return typeof value === "number" ? value : String(value);
    case "text":
      return String(value);
  }
}

/** A record as the cells of its sheet's row, in column order. */
export function recordToCells(spec: SheetSpec, record: unknown): InputCellValue[] {
  return spec.columns.map((column) => fieldToCell(column, getField(record, column.field)));
}

/**
 * A record as the rows of its sheet: one row, or for a record that spans rows
 * (a list and its entries) one row per item, each repeating the record's other cells.
 */
export function recordToRows(spec: SheetSpec, record: unknown): InputCellValue[][] {
  const itemField = spec.itemRows?.field;
  if (itemField === undefined) return [recordToCells(spec, record)];
  const items = getField(record, itemField);
  const list = Array.isArray(items) && items.length > 0 ? items : [undefined];
  return list.map((item) => recordToCells(spec, { ...(record as object), [itemField]: item }));
}
