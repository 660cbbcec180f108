import fc from "fast-check";
import { type Case, type Fields, listOf } from "./blocks";
import { memberDatasetLists } from "./memberCases";
import { Visit } from "./samplingCases";
import { unitCheckedDataset, unitDatasetLists, unitDatasetValid } from "./unitCases";

// The audit's input: both programmes' records and the visits, in one flat dataset.

type Row = Record<string, unknown>;

const otherLists: Fields = { ...memberDatasetLists, visits: listOf(Visit, 2) };

/** A valid unit-programme part (records naming known units) beside any valid member lists and visits. */
const valid: fc.Arbitrary<Row> = fc
  .tuple(
    unitDatasetValid,
    fc.record(
      Object.fromEntries(Object.entries(otherLists).map(([name, list]) => [name, list.valid])) as Record<
        string,
        fc.Arbitrary<unknown>
      >,
      { requiredKeys: [] },
    ),
  )
  .map(([unitPart, rest]) => ({ ...rest, ...unitPart }));

const AuditDataset = unitCheckedDataset(valid, { ...unitDatasetLists, ...otherLists });

export const auditCases: Record<string, Case> = { AuditDataset };
