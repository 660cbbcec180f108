import { z } from "zod";
import { Unit } from "./unit";
import { UnitActivity } from "./unitActivity";
import { UnitCommunityDesignation } from "./unitCommunityDesignation";
import { UnitInquiryAnswer } from "./unitInquiryAnswer";
import { UnitPairing } from "./unitPairing";
import { UnitReceipt } from "./unitReceipt";
import { UNIT_RECORD_COLLECTIONS } from "./unitRecords";
import { UnitScope } from "./unitScope";
import { UnitStreetReport } from "./unitStreetReport";
import { UnitList } from "./unitThreeLists";

/**
 * The unit programme's records of many units, flat, the way a workbook or a
 * database holds them. `units` has the same shape as `Dataset.units`, so the
 * two can be read from one source. Checked on parse: every record names a
 * known unit, parents exist and the hierarchy has no cycle, a unit has at most
 * one scope record, and IDs are unique within each collection.
 */
export const UnitDataset = z
  .object({
    units: z.array(Unit).default([]),
    unitScopes: z.array(UnitScope).default([]),
    streetReports: z.array(UnitStreetReport).default([]),
    designations: z.array(UnitCommunityDesignation).default([]),
    pairings: z.array(UnitPairing).default([]),
    receipts: z.array(UnitReceipt).default([]),
    activities: z.array(UnitActivity).default([]),
    lists: z.array(UnitList).default([]),
    inquiryAnswers: z.array(UnitInquiryAnswer).default([]),
  })
  .superRefine((dataset, ctx) => {
    const parents = new Map<string, string | undefined>();
    dataset.units.forEach((unit, index) => {
      if (parents.has(unit.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["units", index, "id"],
          message: `duplicate unit id ${unit.id}`,
        });
      }
      parents.set(unit.id, unit.parentUnitId);
    });
    dataset.units.forEach((unit, index) => {
      if (unit.parentUnitId !== undefined && !parents.has(unit.parentUnitId)) {
        ctx.addIssue({
          code: "custom",
          path: ["units", index, "parentUnitId"],
          message: `names unknown unit ${JSON.stringify(unit.parentUnitId)}`,
        });
        return;
      }
      const visited = new Set<string>([unit.id]);
      for (let up = unit.parentUnitId; up !== undefined; up = parents.get(up)) {
        if (visited.has(up)) {
          ctx.addIssue({
            code: "custom",
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
        ctx.addIssue({
          code: "custom",
          path: ["unitScopes", index, "unitId"],
          message: `names unknown unit ${JSON.stringify(scope.unitId)}`,
        });
      }
      if (scoped.has(scope.unitId)) {
        ctx.addIssue({
          code: "custom",
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
          ctx.addIssue({
            code: "custom",
            path: [collection, index, "unitId"],
            message: `names unknown unit ${JSON.stringify(record.unitId)}`,
          });
        }
        if (seen.has(record.id)) {
          ctx.addIssue({
            code: "custom",
            path: [collection, index, "id"],
            message: `duplicate id ${JSON.stringify(record.id)} in ${collection}`,
          });
        }
        seen.add(record.id);
      });
    }
  });
export type UnitDataset = z.infer<typeof UnitDataset>;
export type UnitDatasetInput = z.input<typeof UnitDataset>;
