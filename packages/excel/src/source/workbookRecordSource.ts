import {
  type InputIssue,
  RECORD_KINDS,
  type RecordKind,
  type RecordSource,
  type SourcedRecord,
  type UnreadableRecord,
} from "@shuangbaodao/core";
import { coreIssueInWorkbook } from "../import/coreIssueInWorkbook";
import { ImportCollector } from "../import/importCollector";
import {
  importEventBatches,
  type StreamingImportOptions,
  workbookFileName,
} from "../import/importEventBatches";
import type { ImportIssue, ImportNotice } from "../import/importIssue";
import type { WorkbookSource } from "../import/openWorkbookSource";
import { INPUT_SHEETS } from "../spec/inputSheets";

/** Records handed to the core at a time. */
const BATCH = 500;

const CORE_KINDS = new Set<string>(RECORD_KINDS);

/** An input workbook as a `RecordSource`, with what the import found by itself and a way to say the core's issues by cell. */
export interface WorkbookRecordSource extends RecordSource {
  /** The import's own problems (cells, sheets, the file), each named by file, sheet and cell; complete once read. */
  readonly issues: readonly ImportIssue[];
  /** What the import passed over on purpose (an unknown sheet or column). */
  readonly notices: readonly ImportNotice[];
  /** Records of sheets the core does not read (community visits, findings), counted by kind and not handed over. */
  readonly unused: ReadonlyMap<string, number>;
  /**
   * An issue of the core's `InputError` about one of this source's records, in
   * the workbook's words: file, sheet, the cell of its field at its row, the
   * header and the value, in both languages. `undefined` when the import's own
   * issues already say it (a reference to a row whose cells were wrong).
   */
  inWorkbook(issue: InputIssue): ImportIssue | undefined;
}

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
  options: StreamingImportOptions = {},
): WorkbookRecordSource {
  const collector = new ImportCollector(workbookFileName(source, options));
  const { file } = collector;
  const specs = options.sheets ?? INPUT_SHEETS;
  const issues: ImportIssue[] = [];
  const notices: ImportNotice[] = [];
  const unused = new Map<string, number>();
  return {
    name: file,
    issues,
    notices,
    unused,
    async *batches() {
      let batch: SourcedRecord[] = [];
      for await (const events of importEventBatches(source, { ...options, fileName: file }, collector)) {
        for (const event of events) {
          if (event.type === "issue") issues.push(event.issue);
          else if (event.type === "notice") notices.push(event.notice);
          else if (!CORE_KINDS.has(event.key)) unused.set(event.key, (unused.get(event.key) ?? 0) + 1);
          else {
            batch.push({
              kind: event.key as RecordKind,
              record: event.record,
              place: { file, sheet: event.sheet, row: event.row },
            });
          }
        }
        if (batch.length >= BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
    unreadable: () => issues.map((issue) => unreadableOf(issue, file)),
    inWorkbook: (issue) => coreIssueInWorkbook(issue, collector, specs),
  };
}

/** An import issue as the core's unreadable record: its sentence in both languages, at its sheet and row. */
function unreadableOf(issue: ImportIssue, file: string): UnreadableRecord {
  const row = /^[A-Z]+(\d+)$/.exec(issue.cell ?? "")?.[1];
  return {
    unreadable: { message: issue.message.en, zh: issue.message.zh, code: "malformed-record" },
    place: { file, ...(issue.sheet && { sheet: issue.sheet }), ...(row && { row: Number(row) }) },
  };
}
