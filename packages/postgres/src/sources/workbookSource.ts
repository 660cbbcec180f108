import { basename } from "node:path";
import type { RecordKind, RecordSource, SourcedRecord } from "@shuangbaodao/core";
import { importWorkbookRecords } from "@shuangbaodao/excel";
import { type ImportProblem, ImportRejected } from "../import/importRejected";
import { RECORD_TABLES } from "../schema/recordTables";

/**
 * An input workbook as a `RecordSource`, read by the Excel adapter's
 * streaming reader: each record with its file, sheet and row. The reader's
 * own cell checks come first; if any fails, the source ends with an
 * `ImportRejected` naming every cell, so nothing is imported. Sheets the
 * database does not keep (工委's community visits and findings) are passed over.
 */
export function workbookSource(
  path: string,
  options: { onSheet?: (done: number, count: number) => void } = {},
): RecordSource {
  const file = basename(path);
  return {
    name: file,
    async *batches() {
      const problems: ImportProblem[] = [];
      let batch: SourcedRecord[] = [];
      for await (const event of importWorkbookRecords(path, {
        fileName: file,
        ...(options.onSheet && { onProgress: options.onSheet }),
      })) {
        if (event.type === "issue") {
          const { issue } = event;
          problems.push({
            place: { file: issue.file, ...(issue.sheet && { sheet: issue.sheet }), ...rowOf(issue.cell) },
            field: issue.column ?? "",
            zh: issue.message.zh,
            en: issue.message.en,
          });
        } else if (event.type === "record" && Object.hasOwn(RECORD_TABLES, event.key)) {
          batch.push({
            kind: event.key as RecordKind,
            record: event.record,
            place: { file, sheet: event.sheet, row: event.row },
          });
          if (batch.length >= 500) {
            yield batch;
            batch = [];
          }
        }
      }
      if (problems.length > 0) throw new ImportRejected(file, problems);
      if (batch.length > 0) yield batch;
    },
  };
}

/** The row of an A1 reference (`C5` → 5). */
function rowOf(cell: string | undefined): { row?: number } {
  const match = cell?.match(/^[A-Z]+(\d+)/);
  return match ? { row: Number(match[1]) } : {};
}
