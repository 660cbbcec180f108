import { type CheckedIssue, referenceCycle } from "./checkedIssue";
import { HIERARCHIES } from "./recordRelations";
import type { RecordKind, SourcePlace } from "./recordSource";

/** A record of a hierarchy (a unit, an organisation) as the cycle check needs it. */
export interface TreeNode {
  id: string;
  parent: string | undefined;
  index: number;
  place: SourcePlace | undefined;
}

/** One issue per record that lies on a loop of its hierarchy (a unit that is its own ancestor). */
export function hierarchyCycles(kind: RecordKind, nodes: readonly TreeNode[]): CheckedIssue[] {
  const parentOf = new Map<string, string>();
  for (const node of nodes) {
    if (node.parent !== undefined && !parentOf.has(node.id)) parentOf.set(node.id, node.parent);
  }
  const field = HIERARCHIES[kind] as string;
  const issues: CheckedIssue[] = [];
  for (const node of nodes) {
    const length = loopLength(node.id, parentOf);
    // A record on a loop has a parent: the loop goes through it.
    if (length !== undefined)
      issues.push(
        referenceCycle(kind, node.index, field, node.id, node.parent as string, length, node.place),
      );
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
