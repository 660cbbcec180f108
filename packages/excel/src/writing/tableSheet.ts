import { once } from "node:events";
import { setImmediate as setImmediatePromise } from "node:timers/promises";
import type ExcelJS from "exceljs";
import { columnLetters } from "../cells/a1";
import type { Bilingual } from "../spec/bilingual";
import { CellStarts, sharedStringCellTail, writeCell } from "./cellBytes";
import { type CellLook, CellStyleIds } from "./cellStyleIds";
import { whileWriting } from "./openWorkbookWriter";
import { printSetup } from "./printSetup";
import { type ReportCellInput, safeCellValue } from "./safeCellValue";
import { SharedStrings } from "./sharedStrings";
import { sheetPartStream } from "./sheetPartStream";
import { continuationOf, continuedTitle, type SheetContinuation } from "./sheetRowLimit";
import { styleHeaderCell, styleTitleCell, TABLE_BORDER } from "./sheetStyles";
import { XmlBytes } from "./xmlBytes";

/** One column of a table sheet: its header, width and how a row fills it. */
export interface TableColumn<T> {
  header: Bilingual;
  width: number;
  value: (row: T) => ReportCellInput;
  /**
   * A look laid over the column's for this row's cell (status colours).
   * Return one of a few constant objects: looks are told apart by identity.
   */
  style?: (row: T) => CellLook | undefined;
  numFmt?: string;
  wrap?: boolean;
  /**
   * Its texts repeat down the column (rule IDs, statuses, citations): each is
   * stored once, in the shared-strings table, which holds every distinct one
   * until the file ends. Leave unset where texts are per row (IDs; explanations
   * take `sharedUpTo`).
   */
  repeats?: boolean;
  /**
   * Its texts often repeat, though not always (explanations, which carry
   * counts and dates): the first `sharedUpTo` distinct texts of the column
   * are stored once as shared strings, any later new one inline, so that the
   * table stays bounded whatever the number of rows.
   */
  sharedUpTo?: number;
}

const TITLE_ROW = 1;
const HEADER_ROW = 2;

/** A column's look, and each row look laid over it, made once so that style lookups hit. */
class ColumnLooks {
  readonly base: CellLook;
  private readonly overlaid = new Map<CellLook, CellLook>();

  constructor(column: Pick<TableColumn<unknown>, "numFmt" | "wrap">) {
    this.base = {
      border: TABLE_BORDER,
      alignment: { vertical: "top", wrapText: column.wrap ?? false },
      ...(column.numFmt !== undefined && { numFmt: column.numFmt }),
    };
  }

  with(look: CellLook | undefined): CellLook {
    if (look === undefined) return this.base;
    let both = this.overlaid.get(look);
    if (both === undefined) {
      both = { ...this.base, ...look };
      this.overlaid.set(look, both);
    }
    return both;
  }
}

/** What a table sheet's writer wrote: its rows, and the sheets they fill, in order. */
export interface TableSheetWritten {
  rows: number;
  sheetNames: string[];
}

/** Adds a table sheet with its title and headers written: frozen panes, widths, print setup. */
function openTableSheet<T>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: Bilingual,
  columns: readonly TableColumn<T>[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 1, ySplit: HEADER_ROW }],
    pageSetup: printSetup({ landscape: true, titleRows: `1:${HEADER_ROW}` }),
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));

  const titleRow = sheet.getRow(TITLE_ROW);
  titleRow.getCell(1).value = `${title.zh}  ${title.en}`;
  styleTitleCell(titleRow.getCell(1));
  titleRow.height = 24;
  titleRow.commit();

  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = `${column.header.zh}\n${column.header.en}`;
    styleHeaderCell(cell);
  });
  header.height = 32;
  // Committing the header also opens <sheetData>; the rows follow it.
  header.commit();
  return sheet;
}

/** Puts the auto-filter over the table's rows and commits the sheet. */
function closeTableSheet(sheet: ExcelJS.Worksheet, columnCount: number, lastRow: number): void {
  sheet.autoFilter = `A${HEADER_ROW}:${columnLetters(columnCount)}${lastRow}`;
  sheet.commit();
}

/**
 * Writes a sheet that is one table: a title, bilingual headers frozen at the
 * top with the first column, an auto-filter over the table. The rows are
 * written as XML straight into the sheet's zip entry, byte by byte
 * (no string a cell), text as inline strings or, in columns whose texts
 * repeat, shared ones, each look's style found once (exceljs's own row and cell objects,
 * and its per-cell style lookup, took most of the time of a long report), and
 * the writer waits whenever the zip is behind, so a long table never stands
 * in memory. Rows past the row limit (Excel's) go on in further sheets, each
 * with the same headers and layout and a title naming the sheet before.
 */
export async function writeTableSheet<T>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: Bilingual,
  columns: readonly TableColumn<T>[],
  rows: Iterable<T>,
  continuation: SheetContinuation = {},
): Promise<TableSheetWritten> {
  const { rowLimit, nextSheetName } = continuationOf(name, continuation, HEADER_ROW);
  const sheetNames = [name];
  let sheet = openTableSheet(workbook, name, title, columns);
  let part = sheetPartStream(sheet);
  const styleIds = new CellStyleIds(workbook);
  const sharedStrings = new SharedStrings(workbook);
  const looks = columns.map((column) => new ColumnLooks(column));
  // The shared-strings index of each text a `sharedUpTo` column has stored so far: a repeat is one lookup.
  const sharedIndexes = columns.map((column) =>
    column.sharedUpTo === undefined ? undefined : new Map<string, number>(),
  );
  /** The shared-strings index a text is written with in a column, or undefined if it is written inline. */
  const sharedIndexOf = (index: number, text: string): number | undefined => {
    const column = columns[index] as TableColumn<T>;
    if (column.repeats) return sharedStrings.indexOf(text);
    const known = sharedIndexes[index];
    if (known === undefined) return undefined;
    let shared = known.get(text);
    if (shared === undefined && known.size < (column.sharedUpTo as number)) {
      shared = sharedStrings.indexOf(text);
      known.set(text, shared);
    }
    return shared;
  };
  // Of each column whose texts may be shared, by look and by the text as the column gave it: what
  // follows the reference of a cell written with that text shared (`" s="4" t="s"><v>22</v></c>`).
  // A text met again is written with no second check, style or shared-strings lookup (measured:
  // docs/performance.md, "A shared text's cell made once").
  const sharedTails = columns.map((column) =>
    column.repeats || column.sharedUpTo !== undefined ? new Map<CellLook, Map<string, string>>() : undefined,
  );
  const sharedTailsOf = (index: number, look: CellLook): Map<string, string> | undefined => {
    const byLook = sharedTails[index];
    if (byLook === undefined) return undefined;
    let tails = byLook.get(look);
    if (tails === undefined) {
      tails = new Map();
      byLook.set(look, tails);
    }
    return tails;
  };
  const starts = new CellStarts(columns.map((_, index) => columnLetters(index + 1)));
  const rowEnd = `" spans="1:${columns.length}">`;
  let rowNumber = HEADER_ROW;
  let written = 0;
  // Sent to the part of the sheet being written: flushed before the next sheet opens.
  let handedOver = false;
  const out = new XmlBytes((bytes) => {
    part.write(bytes);
    handedOver = true;
  });
  for (const item of rows) {
    if (rowNumber === rowLimit) {
      out.flush();
      closeTableSheet(sheet, columns.length, rowNumber);
      const next = nextSheetName();
      sheet = openTableSheet(workbook, next, continuedTitle(title, sheetNames.at(-1) as string), columns);
      sheetNames.push(next);
      part = sheetPartStream(sheet);
      rowNumber = HEADER_ROW;
    }
    rowNumber++;
    written++;
    out.ascii('<row r="');
    out.digits(rowNumber);
    out.ascii(rowEnd);
    starts.row(rowNumber);
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index] as TableColumn<T>;
      const given = column.value(item);
      const look = (looks[index] as ColumnLooks).with(column.style?.(item));
      const tails = typeof given === "string" ? sharedTailsOf(index, look) : undefined;
      const tail = tails?.get(given as string);
      if (tail !== undefined) {
        starts.reference(out, index);
        out.ascii(tail);
        continue;
      }
      const value = safeCellValue(given);
      const styleId = styleIds.of(look, value);
      const shared = typeof value === "string" && value !== "" ? sharedIndexOf(index, value) : undefined;
      if (shared !== undefined) {
        const made = sharedStringCellTail(styleId, shared);
        tails?.set(given as string, made);
        starts.reference(out, index);
        out.ascii(made);
      } else writeCell(out, starts, index, styleId, value);
    }
    out.ascii("</row>");
    // A long table waits for the zip to take what is waiting, or fails with the zip's or the target's error.
    if (part.writableNeedDrain) await whileWriting(workbook, (signal) => once(part, "drain", { signal }));
    // A piece handed to the zip reaches its deflater (on libuv's threads) only on a turn of the event
    // loop: one turn a piece lets it compress while the next rows are made, not after (measured:
    // docs/performance.md, "The zip's turn").
    else if (handedOver) await whileWriting(workbook, () => setImmediatePromise());
    handedOver = false;
  }
  out.flush();
  closeTableSheet(sheet, columns.length, rowNumber);
  return { rows: written, sheetNames };
}
