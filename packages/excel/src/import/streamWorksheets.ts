import type { Readable } from "node:stream";
import { readDateStyles } from "./dateStyles";
import { readSharedStrings } from "./readSharedStrings";
import { readWorkbookParts } from "./workbookParts";
import { type SheetRow, type WorkbookContext, worksheetRows } from "./worksheetRows";
import type { ZipArchive } from "./zipArchive";

/** One worksheet as the import reads it: its name, its place, and its rows in batches. */
export interface StreamedWorksheet {
  name: string;
  /** Where the sheet stands in the workbook: 0-based index and the number of sheets. */
  position: { index: number; count: number };
  rows(): AsyncGenerator<SheetRow[], void, undefined>;
}

async function readWhole<T>(
  zip: ZipArchive,
  part: string | undefined,
  read: (part: string, content: Readable) => Promise<T>,
) {
  return part === undefined ? undefined : read(part, await zip.open(part));
}

/**
 * Yields the worksheets of a workbook in workbook order, each a stream of rows
 * with the sheet's real name. Shared strings and styles are read first, so
 * every cell arrives resolved and date-formatted cells arrive as dates. Each
 * part is opened by name through the zip's directory (exceljs's own reader
 * walks the zip in one pass that can drop entries on Node ≥ 18, exceljs issue
 * #3064) and parsed with saxes, which exceljs's reader uses too, without the
 * row, cell and style objects it builds for every cell: docs/performance.md,
 * "Reading workbooks (issue 14.6)".
 */
export async function* streamWorksheets(zip: ZipArchive): AsyncGenerator<StreamedWorksheet> {
  const parts = await readWorkbookParts(zip);
  const context: WorkbookContext = {
    sharedStrings: await readWhole(zip, parts.sharedStrings, readSharedStrings),
    dateStyles: (await readWhole(zip, parts.styles, readDateStyles)) ?? [],
    date1904: parts.date1904,
  };
  const count = parts.sheets.length;
  for (const [index, sheet] of parts.sheets.entries()) {
    const { part } = sheet;
    if (part === undefined) continue; // chart sheets, dialog sheets
    const content = await zip.open(part);
    try {
      yield {
        name: sheet.name,
        position: { index, count },
        rows: () => worksheetRows(part, content, context),
      };
    } finally {
      // A sheet the caller skipped was never read: close its file handle now.
      content.destroy();
    }
  }
}
