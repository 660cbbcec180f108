import { UNIT_RECORD_COLLECTIONS } from "./unitRecordsIssues";

type Owned = { id: string; unitId: string };

/** One problem across records, located by its path in the dataset. */
export interface DatasetIssue {
  path: (string | number)[];
  message: string;
}

/** The unit programme's records, as validated (an audit dataset has these fields and more). */
export type UnitProgrammeRecords = {
  units: readonly { id: string; parentUnitId?: string | undefined }[];
  unitScopes: readonly { unitId: string }[];
} & {
  [K in (typeof UNIT_RECORD_COLLECTIONS)[number]]: readonly Owned[];
};

/**
 * The cross-record checks of a unit dataset, in order: known units, a
 * hierarchy without cycles, one scope record a unit, unique IDs in each
 * collection. The zod schema and the io-ts codecs both report these, so the
 * two validators cannot drift apart.
 */
export function unitDatasetIssues(dataset: UnitProgrammeRecords): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
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
