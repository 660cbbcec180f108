/*
 * The cross-record checks of zod's `UnitDataset`, shared by the `UnitDataset`
 * and `AuditDataset` codecs. Internal: index.ts leaves this file out.
 */
import { UNIT_RECORD_COLLECTIONS } from "../model/unitRecords";
import type { CheckIssue } from "./codec";
import type { Unit } from "./unit";
import type { UnitScope } from "./unitScope";

type Owned = { id: string; unitId: string };

/** The unit programme's records, as decoded (an audit dataset has these fields and more). */
export type UnitProgrammeRecords = { units: readonly Unit[]; unitScopes: readonly UnitScope[] } & {
  [K in (typeof UNIT_RECORD_COLLECTIONS)[number]]: readonly Owned[];
};

/** The zod schema's checks, in its order and with its messages: known units, a hierarchy without cycles, one scope a unit, unique IDs. */
export function unitDatasetIssues(dataset: UnitProgrammeRecords): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const parents = new Map<string, string | undefined>();
  dataset.units.forEach((unit, index) => {
    if (parents.has(unit.id)) {
      issues.push({ path: ["units", index, "id"], message: `duplicate unit id ${unit.id}` });
    }
    parents.set(unit.id, unit.parentUnitId);
  });
  dataset.units.forEach((unit, index) => {
    if (unit.parentUnitId !== undefined && !parents.has(unit.parentUnitId)) {
      issues.push({
        path: ["units", index, "parentUnitId"],
        message: `names unknown unit ${JSON.stringify(unit.parentUnitId)}`,
      });
      return;
    }
    const visited = new Set<string>([unit.id]);
    for (let up = unit.parentUnitId; up !== undefined; up = parents.get(up)) {
      if (visited.has(up)) {
        issues.push({
          path: ["units", index, "parentUnitId"],
          message: `the unit hierarchy has a cycle through ${JSON.stringify(up)}`,
        });
        break;
      }
      visited.add(up);
    }
  });
  const scoped = new Set<string>();
  dataset.unitScopes.forEach((scope, index) => {
    if (!parents.has(scope.unitId)) {
      issues.push({
        path: ["unitScopes", index, "unitId"],
        message: `names unknown unit ${JSON.stringify(scope.unitId)}`,
      });
    }
    if (scoped.has(scope.unitId)) {
      issues.push({
        path: ["unitScopes", index, "unitId"],
        message: `a second scope record for unit ${JSON.stringify(scope.unitId)}`,
      });
    }
    scoped.add(scope.unitId);
  });
  for (const collection of UNIT_RECORD_COLLECTIONS) {
    const seen = new Set<string>();
    dataset[collection].forEach((record, index) => {
      if (!parents.has(record.unitId)) {
        issues.push({
          path: [collection, index, "unitId"],
          message: `names unknown unit ${JSON.stringify(record.unitId)}`,
        });
      }
      if (seen.has(record.id)) {
        issues.push({
          path: [collection, index, "id"],
          message: `duplicate id ${JSON.stringify(record.id)} in ${collection}`,
        });
      }
      seen.add(record.id);
    });
  }
  return issues;
}
