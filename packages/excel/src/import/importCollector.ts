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
  private readonly failedIds = new Map<string, Set<string>>();
  private readonly groups = new Map<string, Map<string, number>>();

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

  /** For a kind whose records span several rows: the index of each ID's record so far. */
  groupIndex(key: string): Map<string, number> {
    let index = this.groups.get(key);
    if (index === undefined) {
      index = new Map();
      this.groups.set(key, index);
    }
    return index;
  }

  /** Notes the ID of a row that failed its own validation, so records pointing to it are not reported again. */
  noteFailedId(key: string, id: string): void {
    let set = this.failedIds.get(key);
    if (set === undefined) {
      set = new Set();
      this.failedIds.set(key, set);
    }
    set.add(id);
  }

  /** Whether a row with this ID was present but failed its own validation. */
  hadFailedId(key: string, id: string): boolean {
    return this.failedIds.get(key)?.has(id) ?? false;
  }

  /** Whether the workbook had a sheet of this kind (even an empty one). */
  hasSheet(key: string): boolean {
    return this.byKind.has(key);
  }
}
