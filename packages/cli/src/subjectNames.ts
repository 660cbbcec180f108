import type { AuditDataset, RecordKind } from "@shuangbaodao/core";

/** Display names of the units and members of a dataset, by ID, for the console and the report. */
export function subjectNames(dataset: AuditDataset): Map<string, string> {
  return new Map<string, string>([
    ...dataset.units.map((u): [string, string] => [u.id, u.name]),
    ...dataset.members.map((m): [string, string] => [m.id, m.name ?? m.id]),
  ]);
}

/**
 * Adds a unit's or member's name as the records are read, as
 * {@link subjectNames} has it: a member's name wins over a unit's of the same ID.
 */
export function addSubjectName(names: Map<string, string>, kind: RecordKind, record: object): void {
  if (kind === "members") {
    const member = record as AuditDataset["members"][number];
    names.set(member.id, member.name ?? member.id);
  } else if (kind === "units") {
    const unit = record as AuditDataset["units"][number];
    if (!names.has(unit.id)) names.set(unit.id, unit.name);
  }
}

/** `m-004 王芳`: an ID with its name, or the ID alone when the name is unknown. */
export function withName(id: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(id);
  return name === undefined || name === id ? id : `${id} ${name}`;
}
