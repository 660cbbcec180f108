import { basename } from "node:path";
import type { RecordKind, RecordSource, SourcedRecord, UnreadableRecord } from "@shuangbaodao/core";
import type { StreamingImportOptions } from "../import/importEventBatches";
import { importWorkbookRecords } from "../import/importWorkbookRecords";
import type { WorkbookSource } from "../import/openWorkbookSource";

/** Records handed to the core at a time. */
const BATCH = 500;

/**
 * An input workbook as a `RecordSource`: each record with its file, sheet
 * and row, for the core's `readSource` to validate and check across records
 * (the same checks as every other input path). What only a workbook has stays
 * here: a cell no value of its column can be (a date that is not a date, a
 * header not found, a file that is not a workbook) is handed back as
 * unreadable, named by file, sheet and cell in both languages.
 */
export function workbookRecordSource(
  source: WorkbookSource,
  options: Omit<StreamingImportOptions, "checkAcrossRecords"> = {},
): RecordSource {
  const file = options.fileName ?? (typeof source === "string" ? basename(source) : "workbook.xlsx");
  const unreadable: UnreadableRecord[] = [];
  return {
    name: file,
    async *batches() {
      let batch: SourcedRecord[] = [];
      for await (const event of importWorkbookRecords(source, {
        ...options,
        fileName: file,
        checkAcrossRecords: false,
      })) {
        if (event.type === "issue") {
          const { issue } = event;
          const row = /^[A-Z]+(\d+)$/.exec(issue.cell ?? "")?.[1];
          unreadable.push({
            unreadable: { message: issue.message.en, zh: issue.message.zh, code: "malformed-record" },
            place: { file, ...(issue.sheet && { sheet: issue.sheet }), ...(row && { row: Number(row) }) },
          });
        } else if (event.type === "record") {
          batch.push({
            kind: event.key as RecordKind,
            record: event.record,
            place: { file, sheet: event.sheet, row: event.row },
          });
          if (batch.length >= BATCH) {
            yield batch;
            batch = [];
          }
        }
      }
      if (batch.length > 0) yield batch;
    },
    unreadable: () => unreadable,
  };
}
