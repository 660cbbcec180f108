import type { AuditDataset } from "@shuangbaodao/core";

/** Display names of the units and members of a dataset, by ID, for the console and the report. */
export function subjectNames(dataset: AuditDataset): Map<string, string> {
  return new Map<string, string>([
    ...dataset.units.map((u): [string, string] => [u.id, u.name]),
    ...dataset.members.map((m): [string, string] => [m.id, m.name ?? m.id]),
  ]);
}

/** `m-004 王芳`: an ID with its name, or the ID alone when the name is unknown. */
export function withName(id: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(id);
  return name === undefined || name === id ? id : `${id} ${name}`;
}
