import type { InputError, RecordSource, SourcedRecord, UnreadableRecord } from "@shuangbaodao/core";
import { coreIssuesInWorkbook, coreOmittedInWorkbook, isCoreKind } from "../import/coreIssueInWorkbook";
import { ImportCollector } from "../import/importCollector";
import {
  importEventBatches,
  type StreamingImportOptions,
  workbookFileName,
} from "../import/importEventBatches";
import type { ImportIssue, ImportNotice } from "../import/importIssue";
import { ImportIssueList, type OmittedImportIssues } from "../import/importIssueList";
import type { WorkbookSource } from "../import/openWorkbookSource";
import { INPUT_SHEETS } from "../spec/inputSheets";

/** Records handed to the core at a time. */
const BATCH = 500;

/** An input workbook as a `RecordSource`, with what the import found by itself and a way to say the core's issues by cell. */
export interface WorkbookRecordSource extends RecordSource {
  /**
   * The import's own problems (cells, sheets, the file), each named by file,
   * sheet and cell, complete once read: the first `ISSUES_KEPT` of them, the
   * rest counted in `omittedOf`.
   */
  readonly issues: readonly ImportIssue[];
  /** What the import passed over on purpose (an unknown sheet or column). */
  readonly notices: readonly ImportNotice[];
  /** Records of sheets the core does not read (community visits, findings), counted by kind and not handed over. */
  readonly unused: ReadonlyMap<string, number>;
  /**
   * Every problem of the core's `InputError` for this source, in the
   * workbook's words (file, sheet, cell, header, value, in both languages): the
   * import's own issues as they were (they reached the core as unreadable
   * records), then each core issue about a record at the cell of its field. A
   * reference to a row refused for its own cells is not said twice.
   */
  issuesOf(error: InputError): ImportIssue[];
  /**
   * The problems neither the import nor the core kept whole, counted by
   * sheet, column and kind: the import's own past its first `ISSUES_KEPT`,
   * then the core's past its. With `issuesOf`, every problem, each once.
   */
  omittedOf(error: InputError): OmittedImportIssues[];
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
  const issues = new ImportIssueList();
  const notices: ImportNotice[] = [];
  const unused = new Map<string, number>();
  return {
    name: file,
    issues: issues.kept,
    notices,
    unused,
    async *batches() {
      let batch: SourcedRecord[] = [];
      for await (const events of importEventBatches(source, { ...options, fileName: file }, collector)) {
        for (const event of events) {
          if (event.type === "issue") issues.add(event.issue);
          else if (event.type === "notice") notices.push(event.notice);
          else if (!isCoreKind(event.key)) unused.set(event.key, (unused.get(event.key) ?? 0) + 1);
          else {
            batch.push({
              kind: event.key,
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
    unreadable: () => issues.kept.map((issue) => unreadableOf(issue, file)),
    omittedUnreadable: () => issues.omittedUnreadable(),
    issuesOf: (error) => [...issues.kept, ...coreIssuesInWorkbook(error, collector, specs)],
    omittedOf(error) {
      const all = new ImportIssueList(0);
      for (const group of [...issues.omitted(), ...coreOmittedInWorkbook(error, collector)]) all.tally(group);
      return all.omitted();
    },
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
