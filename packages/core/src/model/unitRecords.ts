import { z } from "zod";
import { Unit } from "./unit";
import { UnitActivity } from "./unitActivity";
import { UnitCommunityDesignation } from "./unitCommunityDesignation";
import { UnitInquiryAnswer } from "./unitInquiryAnswer";
import { UnitPairing } from "./unitPairing";
import { UnitReceipt } from "./unitReceipt";
import { UnitScope } from "./unitScope";
import { UnitStreetReport } from "./unitStreetReport";
import { UnitList } from "./unitThreeLists";

/** The record collections of a `UnitRecords` bundle, each of which carries a `unitId`. */
export const UNIT_RECORD_COLLECTIONS = [
  "streetReports",
  "designations",
  "pairings",
  "receipts",
  "activities",
  "lists",
  "inquiryAnswers",
] as const;
export type UnitRecordCollection = (typeof UNIT_RECORD_COLLECTIONS)[number];

/**
 * Everything the unit programme (ZZ47-GJ) looks at for one unit. The unit's
 * place in the hierarchy is its `parentUnitId`: a unit with a parent is a
 * subordinate unit (直属单位/二级单位). Record IDs are unique within each
 * collection, so that sorting by (day, id) fixes one order whatever order the
 * caller gave.
 */
export const UnitRecords = z
  .object({
    unit: Unit,
    scope: UnitScope.optional(),
    streetReports: z.array(UnitStreetReport).default([]),
    designations: z.array(UnitCommunityDesignation).default([]),
    pairings: z.array(UnitPairing).default([]),
    receipts: z.array(UnitReceipt).default([]),
    activities: z.array(UnitActivity).default([]),
    lists: z.array(UnitList).default([]),
    inquiryAnswers: z.array(UnitInquiryAnswer).default([]),
  })
  .superRefine((records, ctx) => {
    const unitId = records.unit.id;
    if (records.scope && records.scope.unitId !== unitId) {
      ctx.addIssue({
        code: "custom",
        path: ["scope", "unitId"],
        message: `belongs to unit ${JSON.stringify(records.scope.unitId)}, not ${JSON.stringify(unitId)}`,
      });
    }
    for (const collection of UNIT_RECORD_COLLECTIONS) {
      const seen = new Set<string>();
      records[collection].forEach((record, index) => {
        if (record.unitId !== unitId) {
          ctx.addIssue({
            code: "custom",
            path: [collection, index, "unitId"],
            message: `belongs to unit ${JSON.stringify(record.unitId)}, not ${JSON.stringify(unitId)}`,
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
export type UnitRecords = z.infer<typeof UnitRecords>;
export type UnitRecordsInput = z.input<typeof UnitRecords>;
