import type { AuditDatasetInput } from "../audit/auditDataset";
import type { OmittedIssues } from "../model/issueList";

/**
 * The kinds of record an audit reads: the collections of `AuditDataset`
 * (`members`, `services`, `units`, `activities`, `visits`, …). A source names
 * the kind of each record it hands out.
 */
export type RecordKind = keyof AuditDatasetInput & string;

/**
 * Where a source found a record, in the source's own terms, so that an error
 * can name a place a person can open: a workbook's file, sheet and row, an
 * NDJSON file's line, a database table and key. The core never reads these;
 * it hands them back on every issue about the record, and the adapter turns
 * "record at this place, field `date`" into its own words (a cell `C5`, a
 * line and JSON path, an HTTP problem's pointer).
 */
export interface SourcePlace {
  /** The file or stream as the user named it (`records.xlsx`, `members.ndjson`, `request body`). */
  file?: string;
  /** The worksheet, as named in the workbook. */
  sheet?: string;
  /** The first row of the record in its sheet, 1-based. */
  row?: number;
  /** The line of an NDJSON file or stream, 1-based. */
  line?: number;
  /** A database table, with the record's key there. */
  table?: string;
  key?: string;
}

/** One record as a source hands it out: its kind, the value as read (not yet validated) and where it was. */
export interface SourcedRecord {
  kind: RecordKind;
  record: unknown;
  place?: SourcePlace;
}

/**
 * What a source could not read as a record at all: a line that is not JSON,
 * a collection of a kind the dataset does not have, a cell no value of its
 * column can be. The source says why (in English and Chinese) and where;
 * `readSource` reports it among the other issues, all or nothing. It takes
 * no index among the records of its kind.
 */
export interface UnreadableRecord {
  unreadable: { message: string; zh: string; code?: "malformed-record" | "unknown-kind" };
  kind?: RecordKind;
  /** The field the problem is in, when the source knows it (`date`, `online.activityDate`). */
  field?: string;
  place?: SourcePlace;
}

/**
 * The one seam between the adapters and the core, as a kysely dialect is
 * between a driver and the query builder: a source hands out records, in
 * batches and in any order; the core's shared checks validate each with its
 * kind's schema, check across records (duplicates, dangling references) and
 * locate every issue by the record's place; the assessments consume what
 * passed. A workbook, an NDJSON stream, a database and an HTTP body are each
 * one small implementation of this, and one conformance suite
 * (`@shuangbaodao/core/conformance`) runs against every one of them.
 */
export interface RecordSource {
  /** What is read, for messages: `records.xlsx`, `members.ndjson`, `postgres (schema sbd)`. */
  readonly name: string;
  /** The records, in batches of any size; a source may be read once only. */
  batches(): AsyncIterable<readonly SourcedRecord[]>;
  /**
   * What the source could not read as records at all (a line that is not
   * JSON, a list of no known kind), asked once `batches()` is drained;
   * `readSource` reports it with the other issues.
   */
  unreadable?(): readonly UnreadableRecord[];
  /**
   * What the source could not read past the unreadable records it keeps,
   * only counted (a workbook keeps its first `ISSUES_KEPT` problems whole),
   * asked with `unreadable()`.
   */
  omittedUnreadable?(): readonly OmittedIssues[];
}
