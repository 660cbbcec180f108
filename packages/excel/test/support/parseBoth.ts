import { Dataset, UnitDataset } from "@shuangbaodao/core";

/** The records both core schemas make of an input: what an import of the same records must give back. */
export function parseBoth(input: object) {
  const { units: _units, ...unitRecords } = UnitDataset.parse(input);
  return { ...Dataset.parse(input), ...unitRecords };
}
