import type { InputIssueCode } from "../model/inputIssue";
import type { RecordKind, SourcedRecord } from "../source/recordSource";

/** An issue a case expects, by what any adapter can keep: code, and the record's kind, index and field. */
export interface ExpectedIssue {
  code: InputIssueCode;
  kind?: RecordKind;
  /** The record's index among the records of its kind, in the order of `records`. */
  index?: number;
  field?: string;
}

/** How the records are assessed when they pass: under which edition, for which year, as of which day. */
export interface ConformanceOptions {
  edition: string;
  year: number;
  asOf?: string;
}

/**
 * One conformance case: raw records as an adapter would read them from its
 * medium (a workbook's rows, an NDJSON file's lines, a table's rows, an
 * HTTP body), and what the core makes of them: refused with exactly these
 * issues, or accepted (and then the adapter's verdicts must have the same
 * digest as the core's in memory).
 */
export interface ConformanceCase {
  name: string;
  records: SourcedRecord[];
  options: ConformanceOptions;
  expect: { ok: true } | { issues: ExpectedIssue[] };
}
