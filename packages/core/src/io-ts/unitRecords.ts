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

/**
 * Everything the unit programme looks at for one unit: every record is that
 * unit's, and record IDs are unique within each collection (the same checks,
 * and messages, as the zod schema's).
 */
export const UnitRecords = withCheck(
  strictObject(
    "UnitRecords",
    {
      unit: Unit,
      streetReports: listOrEmpty(UnitStreetReport),
      designations: listOrEmpty(UnitCommunityDesignation),
      pairings: listOrEmpty(UnitPairing),
      receipts: listOrEmpty(UnitReceipt),
      activities: listOrEmpty(UnitActivity),
      lists: listOrEmpty(UnitList),
      inquiryAnswers: listOrEmpty(UnitInquiryAnswer),
    },
    { scope: UnitScope },
  ),
  (records) => {
    const unitId = records.unit.id;
    const issues: CheckIssue[] = [];
    if (records.scope && records.scope.unitId !== unitId) {
      issues.push({
        path: ["scope", "unitId"],
        message: `belongs to unit ${JSON.stringify(records.scope.unitId)}, not ${JSON.stringify(unitId)}`,
      });
    }
    for (const collection of UNIT_RECORD_COLLECTIONS) {
      const seen = new Set<string>();
      records[collection].forEach((record, index) => {
        if (record.unitId !== unitId) {
          issues.push({
            path: [collection, index, "unitId"],
            message: `belongs to unit ${JSON.stringify(record.unitId)}, not ${JSON.stringify(unitId)}`,
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
  },
);
export type UnitRecords = t.TypeOf<typeof UnitRecords>;
