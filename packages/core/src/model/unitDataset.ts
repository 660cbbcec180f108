import { z } from "zod";
import { datasetIssues } from "../source/datasetIssues";
import { addPathIssues } from "./pathIssue";
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
 * The unit programme's records of many units, flat, the way a workbook or a
 * database holds them. `units` has the same shape as `Dataset.units`, so the
 * two can be read from one source. Checked on parse: every record names a
 * known unit, parents exist and the hierarchy has no cycle, a unit has at most
 * one scope record, and IDs are unique within each collection.
 */
export const UnitDataset = z
  .strictObject({
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
    addPathIssues(datasetIssues(dataset), ctx);
  });
export type UnitDataset = z.infer<typeof UnitDataset>;
export type UnitDatasetInput = z.input<typeof UnitDataset>;
