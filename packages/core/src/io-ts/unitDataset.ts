import type * as t from "io-ts";
import { UNIT_RECORD_COLLECTIONS } from "../model/unitRecords";
import { type CheckIssue, listOrEmpty, strictObject, withCheck } from "./codec";
import { Unit } from "./unit";
import { UnitActivity } from "./unitActivity";
import { UnitCommunityDesignation } from "./unitCommunityDesignation";
import { UnitInquiryAnswer } from "./unitInquiryAnswer";
import { UnitPairing } from "./unitPairing";
import { UnitReceipt } from "./unitReceipt";
import { UnitScope } from "./unitScope";
import { UnitStreetReport } from "./unitStreetReport";
import { UnitList } from "./unitThreeLists";

const Fields = strictObject("UnitDataset", {
  units: listOrEmpty(Unit),
  unitScopes: listOrEmpty(UnitScope),
  streetReports: listOrEmpty(UnitStreetReport),
  designations: listOrEmpty(UnitCommunityDesignation),
  pairings: listOrEmpty(UnitPairing),
  receipts: listOrEmpty(UnitReceipt),
  activities: listOrEmpty(UnitActivity),
  lists: listOrEmpty(UnitList),
  inquiryAnswers: listOrEmpty(UnitInquiryAnswer),
});

/** The zod schema's checks, in its order and with its messages: known units, a hierarchy without cycles, one scope a unit, unique IDs. */
function unitDatasetIssues(dataset: t.TypeOf<typeof Fields>): CheckIssue[] {
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

/** The unit programme's records of many units, flat, checked across records as the zod schema checks them. */
export const UnitDataset = withCheck(Fields, unitDatasetIssues);
export type UnitDataset = t.TypeOf<typeof UnitDataset>;
