import type { ImportEvent } from "./importEvent";
import { importEventBatches, type StreamingImportOptions } from "./importEventBatches";
import type { WorkbookSource } from "./openWorkbookSource";

export type { StreamingImportOptions } from "./importEventBatches";

/**
 * Reads an input workbook and hands out what it finds as it reads it: each
 * record that passes its row's checks (`{ type: "record", key, sheet, row,
 * record }`), each problem (`{ type: "issue", issue }`, naming file, sheet,
 * cell, value found and value expected) and each notice, in sheet and row
 * order. The same reading, conversion and validation as `importWorkbook`,
 * which is built on this. No record is kept: memory grows only by what
 * exceljs keeps of the file (its shared-strings table) and the compact keys
 * below.
 *
 * What needs every record comes last, once every sheet is read:
 * - The checks across records (duplicate IDs and unique fields, references to
 *   unknown records, loops in the unit or organisation tree, a report to a
 *   community the member never lived in) run over compact keys the import
 *   keeps as it reads: each record's place and its ID, unique and reference
 *   fields, a few short strings per row. Their issues carry `rejects`, the
 *   kind, sheet and row of a record already handed out that `importWorkbook`
 *   leaves out. So act on the records only once the iteration is over (load
 *   them into a staging table, say), or undo the rejected ones then; for
 *   all-or-nothing, accept nothing if any issue came.
 * - Records of a kind that spans rows (a list and its entries: rows with the
 *   same ID are one record) are held until every row is read, as they are only
 *   whole then, and come just before those checks.
 *
 * Leaving the loop early (`break`, `return`, a throw) closes the file and
 * skips the checks across records.
 */
export async function* importWorkbookRecords(
  source: WorkbookSource,
  options: StreamingImportOptions = {},
): AsyncGenerator<ImportEvent, void, undefined> {
  for await (const batch of importEventBatches(source, options)) yield* batch;
}
