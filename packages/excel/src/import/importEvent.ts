import type { ImportedRecords } from "./importedRecords";
import type { ImportIssue, ImportNotice } from "./importIssue";

/** A record that passed its own row's checks, as it is read; `key` tells its kind and type. */
export type RecordEvent = {
  [K in keyof ImportedRecords]: {
    type: "record";
    key: K;
    sheet: string;
    row: number;
    record: ImportedRecords[K][number];
  };
}[keyof ImportedRecords];

/** A problem a row, a sheet or the file has by itself. */
export interface IssueEvent {
  type: "issue";
  issue: ImportIssue;
}

/** Something worth knowing that is not an error: an unknown sheet or column. */
export interface NoticeEvent {
  type: "notice";
  notice: ImportNotice;
}

/** What a streaming import hands out, in the order it finds it. */
export type ImportEvent = RecordEvent | IssueEvent | NoticeEvent;
