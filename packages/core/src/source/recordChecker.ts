import { IssueList, type OmittedIssues } from "../model/issueList";
import {
  type CheckedIssue,
  compareInCheckOrder,
  duplicateAttendance,
  duplicateId,
  duplicateValue,
  fieldOf,
  type PendingReference,
  unknownReference,
} from "./checkedIssue";
import { FirstIndexes } from "./firstIndexes";
import { hierarchyCycles, type TreeNode } from "./hierarchyCycles";
import { HIERARCHIES, REFERENCES, UNIQUE_FIELDS } from "./recordRelations";
import type { RecordKind, SourcePlace } from "./recordSource";
import { StringTable } from "./stringTable";

export type { CheckedIssue } from "./checkedIssue";

export interface RecordCheckerOptions {
  /** Check references between records (default true); a one-member bundle checks only duplicates. */
  references?: boolean;
  /**
   * The most issues `issues()` gives whole, the first in check order
   * (default: every one); the rest are only counted, in `omitted()`, and no
   * more than about this many of each kind are held while records are added.
   */
  keep?: number;
}

/** The value at `key`, made and stored first if there is none. */
function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** The values of a kind's ID or unique field seen so far, and the index of the record that first gave each. */
interface FirstSeen {
  values: StringTable;
  firstIndexes: FirstIndexes;
}

/** The attendance table's columns: the index of the record that first gave it, and its place in the member's list. */
const FIRST_INDEX = 0;
const FIRST_ITEM = 1;
/** `FIRST_ITEM` of an attendance given as an attendance record, not in a member's list. */
const AS_RECORD = -1;

/**
 * The cross-record checks, fed one validated record at a time in reading
 * order, so that a workbook or an NDJSON stream of a million rows can be
 * checked without holding the records: it keeps only IDs, unique fields,
 * the references not yet resolved and the few hierarchy records. At the
 * end, {@link RecordChecker.issues} lists one located issue per duplicate ID
 * or unique value, per reference to no record, and per record on a loop of a
 * unit or organisation hierarchy. The zod and io-ts schemas of whole datasets
 * run the very same checks ({@link datasetIssues}).
 *
 * The IDs, unique values and attendances are kept as bytes in
 * {@link StringTable}s with the first record's index beside them, not as
 * strings in maps: at 1.6 million records that is what the read keeps
 * longest (docs/performance.md, "The record checker's keys").
 */
export class RecordChecker {
  readonly #ids = new Map<RecordKind, FirstSeen>();
  readonly #failedIds = new Map<RecordKind, Set<string>>();
  readonly #unique = new Map<string, FirstSeen>();
  readonly #trees = new Map<RecordKind, TreeNode[]>();
  readonly #pending: PendingReference[] = [];
  readonly #found: CheckedIssue[] = [];
  /** Each (member, event) attendance seen, in either form, keyed `member\0event`, and where it was first given. */
  readonly #attendances = new StringTable(2);
  readonly #references: boolean;
  readonly #keep: number;
  /** Of each kind, the found issues held and the index of the last one: past `keep`, the rest are counted. */
  readonly #foundOf = new Map<RecordKind, { held: number; lastIndex: number }>();
  readonly #counted = new IssueList(0);

  constructor(options: RecordCheckerOptions = {}) {
    this.#references = options.references ?? true;
    this.#keep = options.keep ?? Number.POSITIVE_INFINITY;
  }

  /** Adds a record that passed its own schema, at its index among the records of its kind. */
  add(kind: RecordKind, index: number, record: Readonly<Record<string, unknown>>, place?: SourcePlace): void {
    const id = text(record.id);
    const first = id === undefined ? undefined : this.#firstOf(this.#ids, kind, id, index);
    if (id !== undefined && first !== undefined) this.#foundIssue(duplicateId(kind, index, id, first, place));
    for (const field of UNIQUE_FIELDS[kind] ?? []) {
      const value = text(record[field]);
      if (value === undefined) continue;
      const firstWith = this.#firstOf(this.#unique, `${kind}.${field}`, value, index);
      if (firstWith !== undefined)
        this.#foundIssue(duplicateValue(kind, index, field, value, firstWith, place));
    }
    if (kind === "members") this.#addAttendedEventIds(index, record, place);
    if (kind === "attendances") this.#addAttendance(index, record, place);
    if (!this.#references) return;
    const parentField = HIERARCHIES[kind];
    // A duplicate is reported as such; the hierarchy is the one of the first records.
    if (parentField !== undefined && id !== undefined && first === undefined) {
      entryOf(this.#trees, kind, () => []).push({ id, parent: text(record[parentField]), index, place });
    }
    for (const reference of REFERENCES[kind] ?? []) {
      const value = text(record[reference.field]);
      if (value === undefined || this.#ids.get(reference.to)?.values.has(value)) continue;
      this.#pending.push({ kind, index, reference, value, place });
    }
  }

  /**
   * Notes a record that failed its own schema, so that references to its ID
   * are not reported a second time as references to nothing.
   */
  addFailed(kind: RecordKind, record: unknown): void {
    const id = text((record as Record<string, unknown> | null | undefined)?.id);
    if (id === undefined) return;
    entryOf(this.#failedIds, kind, () => new Set()).add(id.trim().normalize("NFC"));
  }

  /**
   * The issues found, in the order of kinds, then of records, then of
   * fields: every one, or the first `keep` (the rest counted in `omitted()`).
   * A reference to nothing is worded only if it is kept. Asked once, at the end.
   */
  issues(): CheckedIssue[] {
    const found: (CheckedIssue | PendingReference)[] = [...this.#found];
    for (const pending of this.#pending) {
      const { to, onlyWhenGiven } = pending.reference;
      if (this.#ids.get(to)?.values.has(pending.value) || this.#failedIds.get(to)?.has(pending.value))
        continue;
      if (onlyWhenGiven && !this.#ids.get(to)?.values.size && !this.#failedIds.get(to)?.size) continue;
      found.push(pending);
    }
    for (const [kind, nodes] of this.#trees) found.push(...hierarchyCycles(kind, nodes));
    found.sort(compareInCheckOrder);
    const kept: CheckedIssue[] = [];
    for (const item of found) {
      const issue = "reference" in item ? undefined : item;
      if (kept.length < this.#keep) kept.push(issue ?? unknownReference(item as PendingReference));
      else
        this.#counted.count({
          code: issue?.code ?? "unknown-reference",
          kind: item.kind,
          field: fieldOf(item),
          ...(item.place !== undefined && { place: item.place }),
        });
    }
    return kept;
  }

  /** The issues past the first `keep`, counted by code, kind, field and sheet; asked once, after `issues()`. */
  omitted(): OmittedIssues[] {
    return this.#counted.omitted();
  }

  /** Holds a found issue while it may be among the first `keep` of its kind; counts it otherwise. */
  #foundIssue(issue: CheckedIssue): void {
    // A kind's issues come in the order of its records, so past `keep` of them (a record's all
    // together) none can be among the first `keep` in check order.
    const of = this.#foundOf.get(issue.kind);
    if (of === undefined) this.#foundOf.set(issue.kind, { held: 1, lastIndex: issue.index });
    else if (of.held < this.#keep || of.lastIndex === issue.index) {
      of.held++;
      of.lastIndex = issue.index;
    } else {
      this.#counted.count(issue);
      return;
    }
    this.#found.push(issue);
  }

  /** A member's own list of attended events: each event once, and none also given as an attendance record. */
  #addAttendedEventIds(index: number, member: Readonly<Record<string, unknown>>, place?: SourcePlace): void {
    const memberId = text(member.id);
    const events = member.attendedEventIds;
    if (memberId === undefined || !Array.isArray(events)) return;
    events.forEach((value, k) => {
      const eventId = text(value);
      if (eventId === undefined) return;
      const field = `attendedEventIds.${k}`;
      const first = this.#firstAttendance(memberId, eventId, index, k);
      if (first >= 0)
        this.#foundIssue(
          duplicateAttendance("members", index, field, memberId, eventId, this.#whereGiven(first), place),
        );
      if (this.#references && !this.#ids.get("communityEvents")?.values.has(eventId)) {
        this.#pending.push({
          kind: "members",
          index,
          reference: { field, to: "communityEvents" },
          value: eventId,
          place,
        });
      }
    });
  }

  /** An attendance record naming an event its member's own list already gives (two attendance records may repeat one). */
  #addAttendance(index: number, attendance: Readonly<Record<string, unknown>>, place?: SourcePlace): void {
    const memberId = text(attendance.memberId);
    const eventId = text(attendance.eventId);
    if (memberId === undefined || eventId === undefined) return;
    const first = this.#firstAttendance(memberId, eventId, index, AS_RECORD);
    if (first >= 0 && this.#attendances.value(first, FIRST_ITEM) !== AS_RECORD)
      this.#foundIssue(
        duplicateAttendance(
          "attendances",
          index,
          "eventId",
          memberId,
          eventId,
          this.#whereGiven(first),
          place,
        ),
      );
  }

  /** The entry of the member's attendance at the event if it was given before (≥ 0), or records this one as the first (-1). */
  #firstAttendance(memberId: string, eventId: string, index: number, item: number): number {
    const entry = this.#attendances.intern(`${memberId}\u0000${eventId}`);
    if (entry >= 0) return entry;
    this.#attendances.setValue(~entry, FIRST_INDEX, index);
    this.#attendances.setValue(~entry, FIRST_ITEM, item);
    return -1;
  }

  /** The path where an attendance was first given: `members[3].attendedEventIds[0]` or `attendances[7]`; built only for a duplicate. */
  #whereGiven(entry: number): string {
    const index = this.#attendances.value(entry, FIRST_INDEX);
    const item = this.#attendances.value(entry, FIRST_ITEM);
    return item === AS_RECORD ? `attendances[${index}]` : `members[${index}].attendedEventIds[${item}]`;
  }

  /** The index of the first record with `value`, or records it as the first and returns undefined. */
  #firstOf<K>(tables: Map<K, FirstSeen>, key: K, value: string, index: number): number | undefined {
    const seen = entryOf(tables, key, () => ({
      values: new StringTable(0),
      firstIndexes: new FirstIndexes(),
    }));
    const entry = seen.values.intern(value);
    if (entry >= 0) return seen.firstIndexes.of(entry);
    seen.firstIndexes.add(~entry, index);
    return undefined;
  }
}
