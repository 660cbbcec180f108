import { z } from "zod";
import { addPathIssues } from "./pathIssue";
import { Unit } from "./unit";
import { UnitActivity } from "./unitActivity";
import { UnitCommunityDesignation } from "./unitCommunityDesignation";
import { UnitInquiryAnswer } from "./unitInquiryAnswer";
import { UnitPairing } from "./unitPairing";
import { UnitReceipt } from "./unitReceipt";
import { unitRecordsIssues } from "./unitRecordsIssues";
import { UnitScope } from "./unitScope";
import { UnitStreetReport } from "./unitStreetReport";
import { UnitList } from "./unitThreeLists";

export { UNIT_RECORD_COLLECTIONS, type UnitRecordCollection } from "./unitRecordsIssues";

/**
 * Everything the unit programme (ZZ47-GJ) looks at for one unit. The unit's
 * place in the hierarchy is its `parentUnitId`: a unit with a parent is a
 * subordinate unit (直属单位/二级单位). Record IDs are unique within each
 * collection, so that sorting by (day, id) fixes one order whatever order the
 * caller gave.
 */
export const UnitRecords = z
  .strictObject({
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
    addPathIssues(unitRecordsIssues(records), ctx);
  });
export type UnitRecords = z.infer<typeof UnitRecords>;
export type UnitRecordsInput = z.input<typeof UnitRecords>;
