import type { IssueText } from "../model/inputIssue";
import { quote } from "../model/quote";
import { KIND_NAMES, RECORD_KINDS, type Reference } from "./recordRelations";
import type { RecordKind, SourcePlace } from "./recordSource";

/** A problem across records, located at one record: its kind, index, field, the field's value and place. */
export interface CheckedIssue extends IssueText {
  kind: RecordKind;
  index: number;
  field: string;
  /** The text at fault: the repeated ID or value, the reference to nothing, the parent that closes a loop. */
  value: string;
  place?: SourcePlace;
  /** For a duplicate: the index of the first record of the kind with the same value. */
  firstIndex?: number;
}

/** A reference whose target was not among the records read before it. */
export interface PendingReference {
  kind: RecordKind;
  index: number;
  reference: Reference;
  value: string;
  place: SourcePlace | undefined;
}

function located(
  kind: RecordKind,
  index: number,
  field: string,
  value: string,
  place: SourcePlace | undefined,
) {
  return { kind, index, field, value, ...(place !== undefined && { place }) };
}

export function duplicateId(
  kind: RecordKind,
  index: number,
  id: string,
  firstIndex: number,
  place: SourcePlace | undefined,
): CheckedIssue {
  return {
    ...located(kind, index, "id", id, place),
    code: "duplicate-id",
    message: `duplicate id ${quote(id)} in ${kind} (first at ${kind}[${firstIndex}])`,
    zh: `${KIND_NAMES[kind].zh}编号 ${quote(id)} 重复（首次出现于 ${kind}[${firstIndex}]）`,
    firstIndex,
  };
}

export function duplicateValue(
  kind: RecordKind,
  index: number,
  field: string,
  value: string,
  firstIndex: number,
  place: SourcePlace | undefined,
): CheckedIssue {
  const name = KIND_NAMES[kind];
  return {
    ...located(kind, index, field, value, place),
    code: "duplicate-value",
    message: `a second ${name.en} for ${field} ${quote(value)} (first at ${kind}[${firstIndex}])`,
    zh: `${field} 为 ${quote(value)} 的${name.zh}重复（首次出现于 ${kind}[${firstIndex}]）`,
    firstIndex,
  };
}

/** `where` is the path of the first time the attendance was given (`members[3].attendedEventIds[0]`). */
export function duplicateAttendance(
  kind: RecordKind,
  index: number,
  field: string,
  memberId: string,
  eventId: string,
  where: string,
  place: SourcePlace | undefined,
): CheckedIssue {
  return {
    ...located(kind, index, field, eventId, place),
    code: "duplicate-value",
    message: `member ${quote(memberId)}'s attendance at event ${quote(eventId)} is given twice (first at ${where})`,
    zh: `党员 ${quote(memberId)} 参加活动 ${quote(eventId)} 的记录重复（首次出现于 ${where}）`,
  };
}

export function unknownReference({ kind, index, reference, value, place }: PendingReference): CheckedIssue {
  const target = KIND_NAMES[reference.to];
  return {
    ...located(kind, index, reference.field, value, place),
    code: "unknown-reference",
    message: `names unknown ${target.en} ${quote(value)}`,
    zh: `所指${target.zh} ${quote(value)} 不存在`,
  };
}

/** `parent` is the record's own parent field, the link that closes the loop. */
export function referenceCycle(
  kind: RecordKind,
  index: number,
  field: string,
  id: string,
  parent: string,
  length: number,
  place: SourcePlace | undefined,
): CheckedIssue {
  const name = KIND_NAMES[kind];
  return {
    ...located(kind, index, field, parent, place),
    code: "reference-cycle",
    message: `the ${name.en} hierarchy has a cycle through ${quote(id)}`,
    zh: `${name.zh}上下级关系成环：${quote(id)} 是其自身的上级（环中共 ${length} 个）`,
  };
}

/** The field of an issue or of a reference not yet worded. */
export function fieldOf(item: CheckedIssue | PendingReference): string {
  return "reference" in item ? item.reference.field : item.field;
}

/** Issues (worded or not yet) in the order of kinds, then of records, then of fields: a sort's comparator. */
export function compareInCheckOrder(
  a: CheckedIssue | PendingReference,
  b: CheckedIssue | PendingReference,
): number {
  const fieldA = fieldOf(a);
  const fieldB = fieldOf(b);
  return (
    RECORD_KINDS.indexOf(a.kind) - RECORD_KINDS.indexOf(b.kind) ||
    a.index - b.index ||
    (fieldA < fieldB ? -1 : fieldA > fieldB ? 1 : 0)
  );
}

/** The issues in the order of kinds, then of records, then of fields. */
export function inCheckOrder(issues: CheckedIssue[]): CheckedIssue[] {
  return issues.sort(compareInCheckOrder);
}
