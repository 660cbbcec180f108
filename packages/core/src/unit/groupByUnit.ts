import { groupBy } from "../collections/groupBy";
import type { UnitDataset } from "../model/unitDataset";
import type { UnitRecords } from "../model/unitRecords";

const indexByUnit = <T extends { unitId: string }>(records: readonly T[]) =>
  groupBy(records, (r) => r.unitId);

/** Splits a flat (validated) unit dataset into one `UnitRecords` bundle per unit, in the dataset's unit order. */
export function* groupByUnit(dataset: UnitDataset): Generator<UnitRecords> {
  const scopes = new Map(dataset.unitScopes.map((s) => [s.unitId, s]));
  const streetReports = indexByUnit(dataset.streetReports);
  const designations = indexByUnit(dataset.designations);
  const pairings = indexByUnit(dataset.pairings);
  const receipts = indexByUnit(dataset.receipts);
  const activities = indexByUnit(dataset.activities);
  const lists = indexByUnit(dataset.lists);
  const inquiryAnswers = indexByUnit(dataset.inquiryAnswers);
  for (const unit of dataset.units) {
    const scope = scopes.get(unit.id);
    yield {
      unit,
      ...(scope && { scope }),
      streetReports: streetReports.get(unit.id) ?? [],
      designations: designations.get(unit.id) ?? [],
      pairings: pairings.get(unit.id) ?? [],
      receipts: receipts.get(unit.id) ?? [],
      activities: activities.get(unit.id) ?? [],
      lists: lists.get(unit.id) ?? [],
      inquiryAnswers: inquiryAnswers.get(unit.id) ?? [],
    };
  }
}
