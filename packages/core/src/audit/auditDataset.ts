import { z } from "zod";
import { Dataset } from "../model/dataset";
import { UnitDataset } from "../model/unitDataset";
import { Visit } from "../sampling/visit";

const { units: _sharedUnits, ...unitProgrammeShape } = UnitDataset.shape;

/**
 * Everything an audit reads, flat, the way one workbook or one database holds
 * it: the member programme's records, the unit programme's records (units are
 * shared), and the organisation's visits for the spot check.
 */
export const AuditDataset = z
  .object({
    ...Dataset.shape,
    ...unitProgrammeShape,
    visits: z.array(Visit).default([]),
  })
  .superRefine((value, ctx) => {
    // The unit programme's own checks (known units, hierarchy, unique IDs) apply here too.
    const units = UnitDataset.safeParse(unitPart(value));
    for (const issue of units.success ? [] : units.error.issues) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    }
  });
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
