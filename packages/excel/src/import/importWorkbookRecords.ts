import type { ImportEvent } from "./importEvent";
import { importEventBatches, type StreamingImportOptions } from "./importEventBatches";
import type { WorkbookSource } from "./openWorkbookSource";

export type { StreamingImportOptions } from "./importEventBatches";

/**
 * Reads an input workbook and hands out what it finds as it reads it: each
 * record that passes its row's checks (`{ type: "record", key, sheet, row,
 * record }`), each problem a row, sheet or the file has by itself (`{ type:
 * "issue", issue }`, naming file, sheet, cell, value found and value
 * expected) and each notice, in sheet and row order. No record is kept:
 * memory grows only by the reader's compact shared-strings table (the
 * strings' UTF-8 bytes) and a few short keys per row.
 *
 * The checks across records (duplicate IDs, references to unknown records,
 * loops in the unit or organisation tree) are not made here: they are the
 * core's, the same for every input path. Hand the records to the core's
 * `readSource` through `workbookRecordSource`, which also says the core's
 * issues by sheet and cell; `importWorkbook` does so.
 *
 * Records of a kind that spans rows (a list and its entries: rows with the
 * same ID are one record) are held until every row is read, as they are only
 * whole then, and come last.
 *
 * Leaving the loop early (`break`, `return`, a throw) closes the file.
 */
export async function* importWorkbookRecords(
  source: WorkbookSource,
  options: StreamingImportOptions = {},
): AsyncGenerator<ImportEvent, void, undefined> {
  for await (const batch of importEventBatches(source, options)) yield* batch;
}
