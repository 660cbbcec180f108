import type { SheetSpec } from "../spec/columnSpec";
import { checkedFields } from "./crossSheetChecks";
import type { ImportEvent, RecordEvent, RecordPlace } from "./importEvent";
import type { ImportIssue, ImportNotice } from "./importIssue";
import { RecordKeys } from "./recordKeys";
import type { RecordOrigin } from "./sheetLayout";

/** A record of a kind whose records span rows, held until every row is read. */
export interface HeldRecord {
  record: Record<string, unknown>;
  origin: RecordOrigin;
}

const NONE: readonly ImportEvent[] = [];

/**
 * What an import gathers while it streams through the sheets: the events
 * not yet handed out (records, issues, notices, in the order found), the keys
 * the checks across records need, and the records of kinds whose records
 * span rows, which are only whole once every row is read.
 */
export class ImportCollector {
  private pending: ImportEvent[] = [];
  private readonly keysByKind = new Map<string, RecordKeys>();
  private readonly failedIds = new Map<string, Set<string>>();
  private readonly held = new Map<string, Map<string, HeldRecord>>();

  constructor(readonly file: string) {}

  /** Reports a problem; `rejects` names a record handed out earlier that it rules out. */
  issue(issue: ImportIssue, rejects?: RecordPlace): void {
    this.pending.push(rejects === undefined ? { type: "issue", issue } : { type: "issue", issue, rejects });
  }

  notice(notice: ImportNotice): void {
    this.pending.push({ type: "notice", notice });
  }

  /** The check keys of a kind; the kind counts as present from the first call (a sheet of it was found). */
  keys(spec: SheetSpec): RecordKeys {
    let keys = this.keysByKind.get(spec.key);
    if (keys === undefined) {
      keys = new RecordKeys(checkedFields(spec));
      this.keysByKind.set(spec.key, keys);
    }
    return keys;
  }

  /** The check keys of a kind, if the workbook had a sheet of it (even an empty one). */
  keysOf(key: string): RecordKeys | undefined {
    return this.keysByKind.get(key);
  }

  /** Where the record of a kind with this index (in reading order) was read. */
  placeOf(key: string, index: number): RecordPlace {
    const origin = (this.keysByKind.get(key) as RecordKeys).origin(index);
    return { key, sheet: origin.sheet.name, row: origin.row };
  }

  /**
   * Keeps a record that passed its row's checks: its keys for the checks
   * across records, and the record itself to hand out, now, or at the end
   * for a kind whose records span rows.
   */
  keep(spec: SheetSpec, record: Record<string, unknown>, origin: RecordOrigin): void {
    this.keys(spec).add(record, origin);
    if (spec.itemRows !== undefined) {
      this.heldOf(spec.key).set(String(record.id), { record, origin });
      return;
    }
    this.pending.push(recordEvent(spec.key, record, origin));
  }

  /** The held record of a kind whose records span rows, by ID. */
  heldRecord(key: string, id: string): HeldRecord | undefined {
    return this.held.get(key)?.get(id);
  }

  /** Queues the held records, whole now that every row is read, in the order of their first rows. */
  releaseHeld(): void {
    for (const [key, records] of this.held) {
      for (const { record, origin } of records.values()) this.pending.push(recordEvent(key, record, origin));
    }
    this.held.clear();
  }

  /** How many events wait to be taken. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /** The events found since the last call. */
  takeEvents(): readonly ImportEvent[] {
    if (this.pending.length === 0) return NONE;
    const events = this.pending;
    this.pending = [];
    return events;
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

  private heldOf(key: string): Map<string, HeldRecord> {
    let records = this.held.get(key);
    if (records === undefined) {
      records = new Map();
      this.held.set(key, records);
    }
    return records;
  }
}

function recordEvent(key: string, record: unknown, origin: RecordOrigin): RecordEvent {
  return { type: "record", key, sheet: origin.sheet.name, row: origin.row, record } as RecordEvent;
}
