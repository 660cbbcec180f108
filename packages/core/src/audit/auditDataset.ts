import { z } from "zod";
import { Dataset } from "../model/dataset";
import { addPathIssues } from "../model/pathIssue";
import { UnitDataset } from "../model/unitDataset";
import { Visit } from "../sampling/visit";
import { datasetIssues } from "../source/datasetIssues";

const { units: _sharedUnits, ...unitProgrammeShape } = UnitDataset.shape;

/**
 * Everything an audit reads, flat, the way one workbook or one database holds
 * it: the member programme's records, the unit programme's records (units are
 * shared), and the organisation's visits for the spot check.
 */
export const AuditDataset = z
  .strictObject({
    ...Dataset.shape,
    ...unitProgrammeShape,
    visits: z.array(Visit).default([]),
  })
  // The member side's and the unit side's cross-record checks, as one dataset (units are shared).
  .superRefine((value, ctx) => addPathIssues(datasetIssues(value), ctx));
export type AuditDataset = z.infer<typeof AuditDataset>;
export type AuditDatasetInput = z.input<typeof AuditDataset>;

/** The unit programme's part of an audit dataset. */
export function unitPart(dataset: AuditDataset): UnitDataset {
  const {
    units,
    unitScopes,
    streetReports,
    designations,
    pairings,
    receipts,
    activities,
    lists,
    inquiryAnswers,
  } = dataset;
  return {
    units,
    unitScopes,
    streetReports,
    designations,
    pairings,
    receipts,
    activities,
    lists,
    inquiryAnswers,
  };
}
