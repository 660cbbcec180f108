import type { RecordKind, SourcePlace } from "../source/recordSource";

/**
 * What kind of problem an input issue is, stable for programs to act on:
 * `invalid-value` a field's value (wrong type, out of range, not a date…),
 * `unknown-key` a field the schema does not know (a misspelling, usually),
 * `duplicate-id` / `duplicate-value` a second record with the same ID or
 * unique field, `unknown-reference` an ID that names no record,
 * `reference-cycle` a hierarchy that leads back to itself,
 * `foreign-record` a record of another member or unit in a one-owner bundle,
 * `malformed-record` a line or row that is not a record at all, and
 * `unknown-kind` a record of a kind the dataset does not have.
 */
export type InputIssueCode =
  | "invalid-value"
  | "unknown-key"
  | "duplicate-id"
  | "duplicate-value"
  | "unknown-reference"
  | "reference-cycle"
  | "foreign-record"
  | "malformed-record"
  | "unknown-kind";

export const INPUT_ISSUE_CODES: readonly InputIssueCode[] = [
  "invalid-value",
  "unknown-key",
  "duplicate-id",
  "duplicate-value",
  "unknown-reference",
  "reference-cycle",
  "foreign-record",
  "malformed-record",
  "unknown-kind",
];

/**
 * One problem with an input value, located by its field path
 * (`members[3].inService`) and, when it came from a source, by the record's
 * kind, index, field and place (a workbook's sheet and row, an NDJSON line),
 * so that an adapter can say it in its own terms. `message` is English, `zh`
 * the same in Chinese.
 */
export interface InputIssue {
  path: string;
  message: string;
  code: InputIssueCode;
  zh: string;
  /** The record's kind (`services`), when the issue is about one record of a dataset. */
  kind?: RecordKind;
  /** The record's position among the records of its kind, 0-based, in the order they were read. */
  index?: number;
  /** The field at fault inside the record, as a path (`date`, `online.activityDate`). */
  field?: string;
  /**
   * The field's value when it is text, so that an adapter can quote it
   * without keeping the record: the repeated ID, the reference that names
   * nothing, the value a schema refused.
   */
  value?: string;
  /** Where the source found the record. */
  place?: SourcePlace;
  /** For a duplicate: the position of the first record of the kind with the same value. */
  firstIndex?: number;
}

/** What a cross-record check says, before it is located: code, both languages, the record's field. */
export interface IssueText {
  code: InputIssueCode;
  message: string;
  zh: string;
}
