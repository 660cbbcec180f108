import type { Edition } from "../editions/edition";
import type { UnitRecords } from "../model/unitRecords";
import { assessUnitYear } from "./assessUnitYear";
import type { UnitAssessment } from "./unitAssessment";
import type { UnitAssessOptions } from "./unitContext";

/**
 * The batch form: assesses each unit of an iterable as it comes and yields
 * the assessment, so many units never need to sit in memory at once.
 */
export function* assessUnitYears(
  units: Iterable<UnitRecords>,
  edition: Edition,
  options: UnitAssessOptions,
): Generator<UnitAssessment> {
  for (const records of units) yield assessUnitYear(records, edition, options);
}
