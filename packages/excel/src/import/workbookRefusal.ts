import type { Bilingual } from "../spec/bilingual";

/** Why a file is refused as a whole before or while it is read, as a code tests and tools can switch on. */
export type RefusalKind =
  | "file-not-found"
  | "not-a-file"
  | "empty-file"
  | "xls-file"
  | "encrypted-file"
  | "text-file"
  | "truncated-file"
  | "not-a-workbook"
  | "too-large"
  | "xml-doctype";

/** A file that is not a workbook this import can read safely: what it is, and what to do. */
export class WorkbookRefusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly problem: Bilingual,
    readonly expected: Bilingual,
  ) {
    super(problem.en);
    this.name = "WorkbookRefusal";
  }
}
