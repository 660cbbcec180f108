import type { IssueText } from "../model/inputIssue";
import { quote } from "../model/quote";
import { HIERARCHIES, KIND_NAMES, REFERENCES, type Reference, UNIQUE_FIELDS } from "./recordRelations";
import type { RecordKind, SourcePlace } from "./recordSource";

/** A problem across records, located at one record: its kind, index, field and place. */
export interface CheckedIssue extends IssueText {
  kind: RecordKind;
  index: number;
  field: string;
  place?: SourcePlace;
  /** For a duplicate: the index of the first record of the kind with the same value. */
  firstIndex?: number;
}

interface PendingReference {
  kind: RecordKind;
  index: number;
  reference: Reference;
  value: string;
  place: SourcePlace | undefined;
}

interface TreeNode {
  id: string;
  parent: string | undefined;
  index: number;
  place: SourcePlace | undefined;
}

export interface RecordCheckerOptions {
  /** Check references between records (default true); a one-member bundle checks only duplicates. */
  references?: boolean;
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

/**
 * The cross-record checks, fed one validated record at a time in reading
 * order, so that a workbook or an NDJSON stream of a million rows can be
 * checked without holding the records: it keeps only IDs, unique fields,
 * the references not yet resolved and the few hierarchy records. At the
 * end, {@link RecordChecker.issues} lists one located issue per duplicate ID
 * or unique value, per reference to no record, and per record on a loop of a
 * unit or organisation hierarchy. The zod and io-ts schemas of whole datasets
 * run the very same checks ({@link datasetIssues}).
 */
export class RecordChecker {
  readonly #ids = new Map<RecordKind, Map<string, number>>();
  readonly #failedIds = new Map<RecordKind, Set<string>>();
  readonly #unique = new Map<string, Map<string, number>>();
  readonly #trees = new Map<RecordKind, TreeNode[]>();
  readonly #pending: PendingReference[] = [];
  readonly #found: CheckedIssue[] = [];
  /** Each (member, event) attendance seen, in either form, and where it was first given. */
  readonly #attendances = new Map<string, { kind: RecordKind; where: string }>();
  readonly #references: boolean;

  constructor(options: RecordCheckerOptions = {}) {
    this.#references = options.references ?? true;
  }

  /** Adds a record that passed its own schema, at its index among the records of its kind. */
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
    // A duplicate is reported as such; the hierarchy is the one of the first records.
    if (parentField !== undefined && id !== undefined && first === undefined) {
      entryOf(this.#trees, kind, () => []).push({ id, parent: text(record[parentField]), index, place });
    }
    for (const reference of REFERENCES[kind] ?? []) {
      const value = text(record[reference.field]);
      if (value === undefined || this.#ids.get(reference.to)?.has(value)) continue;
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

  /** Every issue found, in the order of kinds and then of records. */
  issues(): CheckedIssue[] {
    const found = [...this.#found];
    for (const pending of this.#pending) {
      const { to, onlyWhenGiven } = pending.reference;
      if (this.#ids.get(to)?.has(pending.value) || this.#failedIds.get(to)?.has(pending.value)) continue;
      if (onlyWhenGiven && !this.#ids.get(to)?.size && !this.#failedIds.get(to)?.size) continue;
      found.push(unknownReference(pending));
    }
    for (const [kind, nodes] of this.#trees) found.push(...cycles(kind, nodes));
    const order = Object.keys(KIND_NAMES);
    return found.sort(
      (a, b) =>
        order.indexOf(a.kind) - order.indexOf(b.kind) ||
        a.index - b.index ||
        (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
    );
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
      const first = this.#firstAttendance(
        memberId,
        eventId,
        "members",
        `members[${index}].attendedEventIds[${k}]`,
      );
      if (first !== undefined)
        this.#found.push(duplicateAttendance("members", index, field, memberId, eventId, first, place));
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

  /** An attendance record naming an event its member's own list already gives (two attendance records may repeat one). */
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

  /** Where the member's attendance at the event was first given, or records this one as the first. */
  #firstAttendance(memberId: string, eventId: string, kind: RecordKind, where: string) {
    const key = `${memberId}\u0000${eventId}`;
    const first = this.#attendances.get(key);
    if (first === undefined) this.#attendances.set(key, { kind, where });
    return first;
  }

  /** The index of the first record with `value`, or records it as the first and returns undefined. */
  #firstOf<K>(maps: Map<K, Map<string, number>>, key: K, value: string, index: number): number | undefined {
    const seen = entryOf(maps, key, () => new Map());
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    return first;
  }
}

function located(kind: RecordKind, index: number, field: string, place: SourcePlace | undefined) {
  return { kind, index, field, ...(place !== undefined && { place }) };
}

function duplicateId(
  kind: RecordKind,
  index: number,
  id: string,
  firstIndex: number,
  place: SourcePlace | undefined,
): CheckedIssue {
  return {
    ...located(kind, index, "id", place),
    code: "duplicate-id",
    message: `duplicate id ${quote(id)} in ${kind} (first at ${kind}[${firstIndex}])`,
    zh: `${KIND_NAMES[kind].zh}编号 ${quote(id)} 重复（首次出现于 ${kind}[${firstIndex}]）`,
    firstIndex,
  };
}

function duplicateValue(
  kind: RecordKind,
  index: number,
  field: string,
  value: string,
  firstIndex: number,
  place: SourcePlace | undefined,
): CheckedIssue {
  const name = KIND_NAMES[kind];
  return {
    ...located(kind, index, field, place),
    code: "duplicate-value",
    message: `a second ${name.en} for ${field} ${quote(value)} (first at ${kind}[${firstIndex}])`,
    zh: `${field} 为 ${quote(value)} 的${name.zh}重复（首次出现于 ${kind}[${firstIndex}]）`,
    firstIndex,
  };
}

function duplicateAttendance(
  kind: RecordKind,
  index: number,
  field: string,
  memberId: string,
  eventId: string,
  first: { where: string } | string,
  place: SourcePlace | undefined,
): CheckedIssue {
  const where = typeof first === "string" ? first : first.where;
  return {
    ...located(kind, index, field, place),
    code: "duplicate-value",
    message: `member ${quote(memberId)}'s attendance at event ${quote(eventId)} is given twice (first at ${where})`,
    zh: `党员 ${quote(memberId)} 参加活动 ${quote(eventId)} 的记录重复（首次出现于 ${where}）`,
  };
}

function unknownReference({ kind, index, reference, value, place }: PendingReference): CheckedIssue {
  const target = KIND_NAMES[reference.to];
  return {
    ...located(kind, index, reference.field, place),
    code: "unknown-reference",
    message: `names unknown ${target.en} ${quote(value)}`,
    zh: `所指${target.zh} ${quote(value)} 不存在`,
  };
}

/** One issue per record that lies on a loop of its hierarchy (a unit that is its own ancestor). */
function cycles(kind: RecordKind, nodes: readonly TreeNode[]): CheckedIssue[] {
  const parentOf = new Map<string, string>();
  for (const node of nodes) {
    if (node.parent !== undefined && !parentOf.has(node.id)) parentOf.set(node.id, node.parent);
  }
  const field = HIERARCHIES[kind] as string;
  const name = KIND_NAMES[kind];
  const issues: CheckedIssue[] = [];
  for (const node of nodes) {
    const length = loopLength(node.id, parentOf);
    if (length === undefined) continue;
    issues.push({
      ...located(kind, node.index, field, node.place),
      code: "reference-cycle",
      message: `the ${name.en} hierarchy has a cycle through ${quote(node.id)}`,
      zh: `${name.zh}上下级关系成环：${quote(node.id)} 是其自身的上级（环中共 ${length} 个）`,
    });
  }
  return issues;
}

/** How many records the loop from `id` up its parents back to itself has, if it leads back. */
function loopLength(id: string, parentOf: ReadonlyMap<string, string>): number | undefined {
  const seen = new Set([id]);
  for (let up = parentOf.get(id); up !== undefined; up = parentOf.get(up)) {
    if (up === id) return seen.size;
    // A loop higher up that does not come back here is reported at its own records.
    if (seen.has(up)) return undefined;
    seen.add(up);
  }
  return undefined;
}
