import type * as t from "io-ts";
import { unitRecordsIssues } from "../model/unitRecordsIssues";
import { closedObject, listOrEmpty, withCheck } from "./codec";
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
  closedObject(
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
  unitRecordsIssues,
);
export type UnitRecords = t.TypeOf<typeof UnitRecords>;
