import type { Bilingual } from "../spec/bilingual";
import type { ColumnSpec, EnumOption } from "../spec/columnSpec";
import { enumMatcher } from "./enumMatcher";
import { expectedText } from "./expectedText";
import type { PlainCellValue } from "./plainCellValue";
import { readBoolean } from "./readBoolean";
import { readCalendarDate } from "./readCalendarDate";
import { readInteger } from "./readInteger";
import { readText } from "./readText";
import { splitList } from "./splitList";

/** Why a cell could not be read as its column's type. */
export type CellProblem =
  | "bad-date"
  | "bad-integer"
  | "bad-boolean"
  | "unknown-option"
  | "bad-list-item"
  | "error-cell";

export type CellReading =
  | { kind: "empty" }
  | { kind: "value"; value: unknown }
  | { kind: "invalid"; problem: CellProblem; expected: Bilingual };

/** Reads one cell of a column into the value its record field takes. */
export type CellConverter = (value: PlainCellValue) => CellReading;

const EMPTY: CellReading = { kind: "empty" };

/** Builds the reader of a column once, so per-cell work is a lookup or a regex. */
export function cellConverter(column: ColumnSpec): CellConverter {
  const expected = expectedText(column);
  const invalid = (problem: CellProblem): CellReading => ({ kind: "invalid", problem, expected });
  const read = typedReader(column, invalid);
  return (value) => {
    if (value === undefined) return EMPTY;
    if (typeof value === "object" && !(value instanceof Date)) return invalid("error-cell");
    return read(value);
  };
}

function typedReader(
  column: ColumnSpec,
  invalid: (problem: CellProblem) => CellReading,
): (value: Exclude<PlainCellValue, undefined>) => CellReading {
  switch (column.type) {
    case "text":
      return (value) => {
        const text = readText(value);
        return text === undefined ? EMPTY : { kind: "value", value: text };
      };
    case "date":
      return (value) => {
        const date = readCalendarDate(value);
        return date === undefined ? invalid("bad-date") : { kind: "value", value: date };
      };
    case "integer":
      return (value) => {
        const integer = readInteger(value);
        return integer === undefined ? invalid("bad-integer") : { kind: "value", value: integer };
      };
    case "boolean":
      return (value) => {
        const flag = readBoolean(value);
        return flag === undefined ? invalid("bad-boolean") : { kind: "value", value: flag };
      };
    case "enum": {
      const match: (value: PlainCellValue) => EnumOption | undefined = enumMatcher(column.options ?? []);
      return (value) => {
        const option = match(value);
        return option === undefined ? invalid("unknown-option") : { kind: "value", value: option.value };
      };
    }
    case "list":
      return (value) => {
        const items = typeof value === "number" ? [String(value)] : splitList(readText(value) ?? "");
        if (items.length === 0) return EMPTY;
        if (column.itemType !== "integer") return { kind: "value", value: items };
        const numbers = items.map((item) => readInteger(item));
        return numbers.some((number) => number === undefined)
          ? invalid("bad-list-item")
          : { kind: "value", value: numbers };
      };
  }
}
