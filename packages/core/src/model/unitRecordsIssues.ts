import { datasetIssues } from "../source/datasetIssues";
import { foreignRecordIssues } from "./ownedRecordsIssues";
import type { PathIssue } from "./pathIssue";

/** The record collections of a `UnitRecords` bundle, each of which carries a `unitId`. */
export const UNIT_RECORD_COLLECTIONS = [
  "streetReports",
  "designations",
  "pairings",
  "receipts",
  "activities",
  "lists",
  "inquiryAnswers",
] as const;
export type UnitRecordCollection = (typeof UNIT_RECORD_COLLECTIONS)[number];

type Owned = { id: string; unitId: string };

/** One unit's records, as validated. */
export type OneUnitRecords = {
  unit: { id: string };
  scope?: { unitId: string } | undefined;
} & { [K in UnitRecordCollection]: readonly Owned[] };

/**
 * The cross-record checks of one unit's records, in order: every record is
 * the unit's, and record IDs are unique within each collection (the
 * dataset's duplicate check, references aside). The zod schema and the io-ts
 * codec both report these, so the two cannot drift apart.
 */
export function unitRecordsIssues(records: OneUnitRecords): PathIssue[] {
  const unitId = records.unit.id;
  const collections = Object.fromEntries(UNIT_RECORD_COLLECTIONS.map((c) => [c, records[c]]));
  const scope = { scope: records.scope ? [records.scope] : [] };
  return [
    // The one scope record is reported at `scope.unitId`, not at a list index.
    ...foreignRecordIssues(scope, "unitId", unitId).map((issue) => ({ ...issue, path: ["scope", "unitId"] })),
    ...foreignRecordIssues(collections, "unitId", unitId),
    ...datasetIssues(collections, { references: false }),
  ];
}
