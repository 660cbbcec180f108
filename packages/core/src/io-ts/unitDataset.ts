import type * as t from "io-ts";
import { datasetIssues } from "../source/datasetIssues";
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

const Fields = closedObject("UnitDataset", {
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

/** The unit programme's records of many units, flat, checked across records as the zod schema checks them. */
export const UnitDataset = withCheck(Fields, datasetIssues);
export type UnitDataset = t.TypeOf<typeof UnitDataset>;
