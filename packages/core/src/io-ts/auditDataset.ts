import type * as t from "io-ts";
import { datasetIssues } from "../source/datasetIssues";
import { closedObject, listOrEmpty, withCheck } from "./codec";
import { Dataset } from "./dataset";
import { UnitDataset } from "./unitDataset";
import { Visit } from "./visit";

// The fields of the two datasets, as zod spreads their `.shape`s (units are shared).
const memberProgrammeProps = Dataset.type.type.types[0].props;
const { units: _sharedUnits, ...unitProgrammeProps } = UnitDataset.type.type.types[0].props;

/**
 * Everything an audit reads, flat: the member programme's records, the unit
 * programme's records (units are shared), and the organisation's visits for
 * the spot check. The cross-record checks of both programmes apply, the very
 * ones the zod schema runs.
 */
export const AuditDataset = withCheck(
  closedObject("AuditDataset", {
    ...memberProgrammeProps,
    ...unitProgrammeProps,
    visits: listOrEmpty(Visit),
  }),
  datasetIssues,
);
export type AuditDataset = t.TypeOf<typeof AuditDataset>;
