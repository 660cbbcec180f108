import type { DatasetIssue } from "./unitDatasetIssues";

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
 * the unit's, and record IDs are unique within each collection. The zod
 * schema and the io-ts codec both report these, so the two cannot drift apart.
 */
export function unitRecordsIssues(records: OneUnitRecords): DatasetIssue[] {
  const unitId = records.unit.id;
  const issues: DatasetIssue[] = [];
  if (records.scope && records.scope.unitId !== unitId) {
    issues.push({
      path: ["scope", "unitId"],
      message: `belongs to unit ${JSON.stringify(records.scope.unitId)}, not ${JSON.stringify(unitId)}`,
    });
  }
  for (const collection of UNIT_RECORD_COLLECTIONS) {
    const seen = new Set<string>();
    records[collection].forEach((record, index) => {
      if (record.unitId !== unitId) {
        issues.push({
          path: [collection, index, "unitId"],
          message: `belongs to unit ${JSON.stringify(record.unitId)}, not ${JSON.stringify(unitId)}`,
        });
      }
      if (seen.has(record.id)) {
        issues.push({
          path: [collection, index, "id"],
          message: `duplicate id ${JSON.stringify(record.id)} in ${collection}`,
        });
      }
      seen.add(record.id);
    });
  }
  return issues;
}
