import type { ImportedRecords } from "./importedRecords";
import type { ImportIssue, ImportNotice } from "./importIssue";

/** Where a record was read: its kind, its sheet and its row (the first, for a record spanning rows). */
export interface RecordPlace {
  key: string;
  sheet: string;
  row: number;
}

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

/**
 * A problem. `rejects` is set on a problem found by the checks across
 * records, which run once every sheet is read: it names a record handed out
 * earlier that an all-or-nothing or collecting import leaves out.
 */
export interface IssueEvent {
  type: "issue";
  issue: ImportIssue;
  rejects?: RecordPlace;
}

/** Something worth knowing that is not an error: an unknown sheet or column, a reference not checked. */
export interface NoticeEvent {
  type: "notice";
  notice: ImportNotice;
}

/** What a streaming import hands out, in the order it finds it. */
export type ImportEvent = RecordEvent | IssueEvent | NoticeEvent;
