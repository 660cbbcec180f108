import type { Readable } from "node:stream";
import { scanXmlPart } from "./scanXmlPart";
import type { SharedStringTable } from "./sharedStringTable";
import type { XmlElement, XmlPartReader } from "./xmlElement";

/** A row as the import reads it: its number, and its cells' values by column number (1-based, sparse). */
export interface SheetRow {
  number: number;
  values: unknown[];
}

/** What a sheet's cells are read against. */
export interface WorkbookContext {
  sharedStrings: SharedStringTable | undefined;
  /** Whether each cell format (by the cell's `s`) shows its number as a date. */
  dateStyles: readonly boolean[];
  /** The workbook counts days from 1904-01-01 (older Mac Excel), not from 1900. */
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
/** Serial 25,569 is 1970-01-01 in the 1900 date system; the 1904 system is 1,462 days behind. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

/** Column number of a cell reference's letters (`AB12` is 28). */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

/**
 * What one `<c>` holds: its type (`t`), style (`s`), the text of its value
 * (`<v>`, or an inline string's `<is>` runs) and its formula (`<f>`).
 */
class CellReading {
  column = 0;
  type = "n";
  style = 0;
  value: string | undefined;
  formula: string | undefined;

  /** The value the import reads, as exceljs gave it: text, number, boolean, date, `{ error }` or `{ formula, result }`. */
  result(context: WorkbookContext): unknown {
    const value = this.valueOfType(context);
    return this.formula === undefined ? value : { formula: this.formula, result: value };
  }

  private valueOfType(context: WorkbookContext): unknown {
    const text = this.value;
    if (text === undefined) return undefined;
    switch (this.type) {
      case "s":
        return context.sharedStrings?.get(Number.parseInt(text, 10));
      case "inlineStr":
      case "str":
      case "d": // an ISO 8601 date as text; the date reader takes it
        return text;
      case "b":
        return Number(text) !== 0;
      case "e":
        return { error: text };
      default: {
        const number = Number.parseFloat(text);
        if (!context.dateStyles[this.style]) return number;
        const days = number - UNIX_EPOCH_SERIAL + (context.date1904 ? DAYS_1900_TO_1904 : 0);
        return new Date(Math.round(days * MS_PER_DAY));
      }
    }
  }
}

/**
 * Streams a worksheet part's rows, a batch per chunk of XML (each hop of an
 * async generator costs a promise). Every `<row>` is a row, with or without
 * cells; a row or cell without its reference follows the one before it.
 * `read` is the XML reader: the scanner, or saxes to compare it with.
 */
export async function* worksheetRows(
  part: string,
  content: Readable,
  context: WorkbookContext,
  read: XmlPartReader = scanXmlPart,
): AsyncGenerator<SheetRow[], void, undefined> {
  let batch: SheetRow[] = [];
  let row: SheetRow | undefined;
  let rowNumber = 0;
  const cell = new CellReading();
  let inCell = false;
  /** Where text goes: the value, the formula, or nowhere. */
  let capture: "value" | "formula" | undefined;
  let inPhonetic = false;

  const openCell = (column: number | undefined, style: number | undefined, type: string | undefined) => {
    if (row === undefined) return;
    inCell = true;
    cell.column = column ?? cell.column + 1;
    cell.type = type ?? "n";
    cell.style = style ?? 0;
    cell.value = undefined;
    cell.formula = undefined;
  };
  const closeCell = () => {
    if (inCell && row !== undefined) {
      const value = cell.result(context);
      if (value !== undefined && value !== null) row.values[cell.column] = value;
    }
    inCell = false;
  };
  const open = (element: XmlElement) => {
    switch (element.localName) {
      case "row": {
        const reference = element.attribute("r");
        rowNumber = reference === undefined ? rowNumber + 1 : Number.parseInt(reference, 10);
        row = { number: rowNumber, values: [] };
        break;
      }
      case "c": {
        const r = element.attribute("r");
        const s = element.attribute("s");
        openCell(
          r === undefined ? undefined : columnOf(r),
          s === undefined ? undefined : Number.parseInt(s, 10),
          element.attribute("t"),
        );
        break;
      }
      case "v":
        if (inCell) {
          capture = "value";
          cell.value = "";
        }
        break;
      case "f":
        if (inCell) {
          capture = "formula";
          cell.formula = "";
        }
        break;
      case "is":
        if (inCell) cell.value = "";
        break;
      case "t":
        // An inline string's text runs; a phonetic guide's is not the cell's text.
        if (inCell && !inPhonetic) capture = "value";
        break;
      case "rPh":
        inPhonetic = true;
        break;
    }
  };
  const text = (chunk: string) => {
    if (capture === "value") cell.value += chunk;
    else if (capture === "formula") cell.formula += chunk;
  };
  const close = (element: XmlElement) => {
    switch (element.localName) {
      case "v":
      case "f":
      case "t":
        capture = undefined;
        break;
      case "rPh":
        inPhonetic = false;
        break;
      case "c":
        closeCell();
        break;
      case "row":
        if (row !== undefined) batch.push(row);
        row = undefined;
        cell.column = 0;
        break;
    }
  };

  /** What `open`, `text` and `close` would do with the cell and its `<v>`, in one call. */
  const plainCell = (
    column: number,
    style: number | undefined,
    type: string | undefined,
    value: string | undefined,
  ) => {
    openCell(column, style, type);
    if (value !== undefined) {
      if (inCell) {
        capture = "value";
        cell.value = "";
      }
      if (value !== "") text(value);
      capture = undefined;
    }
    closeCell();
  };

  for await (const _ of read(part, content, { open, text, close, plainCell })) {
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
}
