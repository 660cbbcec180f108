import type { SheetSpec } from "../spec/columnSpec";
import type { ImportEvent, RecordEvent } from "./importEvent";
import type { ImportIssue, ImportNotice } from "./importIssue";
import { RecordOrigins } from "./recordOrigins";
import type { RecordOrigin } from "./sheetLayout";

/** A record of a kind whose records span rows, held until every row is read. */
export interface HeldRecord {
  record: Record<string, unknown>;
  origin: RecordOrigin;
}

const NONE: readonly ImportEvent[] = [];

/**
 * What an import gathers while it streams through the sheets: the events
 * not yet handed out (records, issues, notices, in the order found), where
 * each record was read (to name its cell when the core finds it wrong), and
 * the records of kinds whose records span rows, which are only whole once
 * every row is read.
 */
export class ImportCollector {
  private pending: ImportEvent[] = [];
  private readonly originsByKind = new Map<string, RecordOrigins>();
  private readonly failedIds = new Map<string, Set<string>>();
  private readonly held = new Map<string, Map<string, HeldRecord>>();

  constructor(readonly file: string) {}

  issue(issue: ImportIssue): void {
    this.pending.push({ type: "issue", issue });
  }

  notice(notice: ImportNotice): void {
    this.pending.push({ type: "notice", notice });
  }

  /** Where the records of a kind were read; the kind counts as present from the first call (a sheet of it was found). */
  origins(spec: SheetSpec): RecordOrigins {
    let origins = this.originsByKind.get(spec.key);
    if (origins === undefined) {
      origins = new RecordOrigins();
      this.originsByKind.set(spec.key, origins);
    }
    return origins;
  }

  /** Where the records of a kind were read, if the workbook had a sheet of it (even an empty one). */
  originsOf(key: string): RecordOrigins | undefined {
    return this.originsByKind.get(key);
  }

  /**
   * Keeps a record that passed its row's checks: where it was read (to name it in the
   * core's issues), and the record itself to hand out, now, or at the end
   * for a kind whose records span rows.
   */
  keep(spec: SheetSpec, record: Record<string, unknown>, origin: RecordOrigin): void {
    this.origins(spec).add(origin);
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

  /**
   * Notes the ID of a row that failed its own validation: the core never sees
   * that row, so a reference to it is not reported again as a reference to
   * nothing (the core's rule for a record that fails its schema).
   */
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
