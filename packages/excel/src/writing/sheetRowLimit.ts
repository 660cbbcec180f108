import type { Bilingual } from "../spec/bilingual";
import { SheetNames } from "./sheetNames";

/** The most rows a sheet holds in Excel (2^20); LibreOffice drops the rows past it, Excel "repairs" them away. */
export const EXCEL_ROW_LIMIT = 1_048_576;

/** How a sheet that can outgrow Excel's row limit goes on in further sheets. */
export interface SheetContinuation {
  /** The most rows a sheet may hold, title and headers included; Excel's by default. */
  rowLimit?: number;
  /** Names the next sheet of the table (`结论 (2)`, …): unique in the workbook, at most 31 characters. */
  nextSheetName?: () => string;
}

/** The continuation's settings with their defaults, the next name made unique among the table's own sheets. */
export function continuationOf(
  name: string,
  continuation: SheetContinuation,
  headerRows: number,
): { rowLimit: number; nextSheetName: () => string } {
  const rowLimit = continuation.rowLimit ?? EXCEL_ROW_LIMIT;
  if (!Number.isInteger(rowLimit) || rowLimit <= headerRows)
    throw new RangeError(
      `每张工作表的行数上限须在 ${headerRows} 行表头之下至少留一行，而不是 ${rowLimit} / ` +
        `A sheet's row limit must leave room for a row under its ${headerRows} header rows, not ${rowLimit}`,
    );
  let nextSheetName = continuation.nextSheetName;
  if (nextSheetName === undefined) {
    const names = new SheetNames();
    names.take(name);
    nextSheetName = () => names.take(name);
  }
  return { rowLimit, nextSheetName };
}

/** The title of a sheet that carries on a table from the sheet before it. */
export function continuedTitle(title: Bilingual, previousSheet: string): Bilingual {
  return {
    zh: `${title.zh}（续，接工作表“${previousSheet}”）`,
    en: `${title.en} (continued from sheet “${previousSheet}”)`,
  };
}
