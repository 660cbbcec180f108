import type * as t from "io-ts";
import { listOrEmpty, strictObject, withCheck } from "./codec";
import { Dataset } from "./dataset";
import { UnitDataset } from "./unitDataset";
import { unitDatasetIssues } from "./unitDatasetChecks";
import { Visit } from "./visit";

// The fields of the two datasets, as zod spreads their `.shape`s (units are shared).
const memberProgrammeProps = Dataset.type.types[0].props;
const { units: _sharedUnits, ...unitProgrammeProps } = UnitDataset.type.type.types[0].props;

/**
 * Everything an audit reads, flat: the member programme's records, the unit
 * programme's records (units are shared), and the organisation's visits for
 * the spot check. The unit programme's cross-record checks apply, at the same
 * paths and with the same messages as in a `UnitDataset`.
 */
export const AuditDataset = withCheck(
  strictObject("AuditDataset", {
    ...memberProgrammeProps,
    ...unitProgrammeProps,
    visits: listOrEmpty(Visit),
  }),
  unitDatasetIssues,
);
export type AuditDataset = t.TypeOf<typeof AuditDataset>;
