import {
  type CheckedIssue,
  duplicateAttendance,
  duplicateId,
  duplicateValue,
  inCheckOrder,
  type PendingReference,
  unknownReference,
} from "../checkedIssue";
import { hierarchyCycles, type TreeNode } from "../hierarchyCycles";
import type { RecordCheckerOptions } from "../recordChecker";
import { HIERARCHIES, REFERENCES, UNIQUE_FIELDS } from "../recordRelations";
import type { RecordKind, SourcePlace } from "../recordSource";

function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/**
 * The record checker as it was before its keys went into `StringTable`s
 * (at c847347): every ID, unique value and attendance a `Map` entry with a
 * string key. Kept only as the reference the compact checker is compared
 * with (same issues, same order, same texts) in tests and in the bench.
 */
export class MapRecordChecker {
  readonly #ids = new Map<RecordKind, Map<string, number>>();
  readonly #failedIds = new Map<RecordKind, Set<string>>();
  readonly #unique = new Map<string, Map<string, number>>();
  readonly #trees = new Map<RecordKind, TreeNode[]>();
  readonly #pending: PendingReference[] = [];
  readonly #found: CheckedIssue[] = [];
  readonly #attendances = new Map<string, { kind: RecordKind; where: string }>();
  readonly #references: boolean;

  constructor(options: RecordCheckerOptions = {}) {
    this.#references = options.references ?? true;
  }

  add(kind: RecordKind, index: number, record: Readonly<Record<string, unknown>>, place?: SourcePlace): void {
    const id = text(record.id);
    const first = id === undefined ? undefined : this.#firstOf(this.#ids, kind, id, index);
    if (id !== undefined && first !== undefined) this.#found.push(duplicateId(kind, index, id, first, place));
    for (const field of UNIQUE_FIELDS[kind] ?? []) {
      const value = text(record[field]);
      if (value === undefined) continue;
      const firstWith = this.#firstOf(this.#unique, `${kind}.${field}`, value, index);
      if (firstWith !== undefined)
        this.#found.push(duplicateValue(kind, index, field, value, firstWith, place));
    }
    if (kind === "members") this.#addAttendedEventIds(index, record, place);
    if (kind === "attendances") this.#addAttendance(index, record, place);
    if (!this.#references) return;
    const parentField = HIERARCHIES[kind];
    if (parentField !== undefined && id !== undefined && first === undefined) {
      entryOf(this.#trees, kind, () => []).push({ id, parent: text(record[parentField]), index, place });
    }
    for (const reference of REFERENCES[kind] ?? []) {
      const value = text(record[reference.field]);
      if (value === undefined || this.#ids.get(reference.to)?.has(value)) continue;
      this.#pending.push({ kind, index, reference, value, place });
    }
  }

  addFailed(kind: RecordKind, record: unknown): void {
    const id = text((record as Record<string, unknown> | null | undefined)?.id);
    if (id === undefined) return;
    entryOf(this.#failedIds, kind, () => new Set()).add(id.trim().normalize("NFC"));
  }

  issues(): CheckedIssue[] {
    const found = [...this.#found];
    for (const pending of this.#pending) {
      const { to, onlyWhenGiven } = pending.reference;
      if (this.#ids.get(to)?.has(pending.value) || this.#failedIds.get(to)?.has(pending.value)) continue;
      if (onlyWhenGiven && !this.#ids.get(to)?.size && !this.#failedIds.get(to)?.size) continue;
      found.push(unknownReference(pending));
    }
    for (const [kind, nodes] of this.#trees) found.push(...hierarchyCycles(kind, nodes));
    return inCheckOrder(found);
  }

  #addAttendedEventIds(index: number, member: Readonly<Record<string, unknown>>, place?: SourcePlace): void {
    const memberId = text(member.id);
    const events = member.attendedEventIds;
    if (memberId === undefined || !Array.isArray(events)) return;
    events.forEach((value, k) => {
      const eventId = text(value);
      if (eventId === undefined) return;
      const field = `attendedEventIds.${k}`;
      const first = this.#firstAttendance(
        memberId,
        eventId,
        "members",
        `members[${index}].attendedEventIds[${k}]`,
      );
      if (first !== undefined)
        this.#found.push(duplicateAttendance("members", index, field, memberId, eventId, first.where, place));
      if (this.#references && !this.#ids.get("communityEvents")?.has(eventId)) {
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

  #addAttendance(index: number, attendance: Readonly<Record<string, unknown>>, place?: SourcePlace): void {
    const memberId = text(attendance.memberId);
    const eventId = text(attendance.eventId);
    if (memberId === undefined || eventId === undefined) return;
    const first = this.#firstAttendance(memberId, eventId, "attendances", `attendances[${index}]`);
    if (first !== undefined && first.kind === "members")
      this.#found.push(
        duplicateAttendance("attendances", index, "eventId", memberId, eventId, first.where, place),
      );
  }

  #firstAttendance(memberId: string, eventId: string, kind: RecordKind, where: string) {
    const key = `${memberId}\u0000${eventId}`;
    const first = this.#attendances.get(key);
    if (first === undefined) this.#attendances.set(key, { kind, where });
    return first;
  }

  #firstOf<K>(maps: Map<K, Map<string, number>>, key: K, value: string, index: number): number | undefined {
    const seen = entryOf(maps, key, () => new Map());
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    return first;
  }
}
