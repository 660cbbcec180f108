import type { ImportIssue, ImportNotice } from "./importIssue";
import type { RecordOrigin } from "./sheetLayout";

/** The records of one kind read so far, each with the cell row it came from. */
export interface KindRecords {
  records: unknown[];
  origins: RecordOrigin[];
}

/** What an import gathers while it streams through the sheets. */
export class ImportCollector {
  readonly issues: ImportIssue[] = [];
  readonly notices: ImportNotice[] = [];
  private readonly byKind = new Map<string, KindRecords>();

  constructor(readonly file: string) {}

  /** The records of a kind; an empty list when no sheet of the kind was read. */
  kind(key: string): KindRecords {
    let kind = this.byKind.get(key);
    if (kind === undefined) {
      kind = { records: [], origins: [] };
      this.byKind.set(key, kind);
    }
    return kind;
  }

  /** Whether the workbook had a sheet of this kind (even an empty one). */
  hasSheet(key: string): boolean {
    return this.byKind.has(key);
  }
}
