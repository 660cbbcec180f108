import type { Edition } from "../editions/edition";
import type { UnitRecords } from "../model/unitRecords";
import { validate } from "../model/validate";
import { UnitAssessOptions, type UnitAssessOptionsInput } from "../options/assessOptions";
import { assessUnitYearWithOptions } from "./assessUnitYear";
import type { UnitAssessment } from "./unitAssessment";

/**
 * The batch form: assesses each unit of an iterable as it comes and yields
 * the assessment, so many units never need to sit in memory at once.
 */
export function* assessUnitYears(
  units: Iterable<UnitRecords>,
  edition: Edition,
  options: UnitAssessOptionsInput,
): Generator<UnitAssessment> {
  // Checked once, before the first unit, not once a unit.
  const checked = validate(UnitAssessOptions, options, "assessUnitYears options");
  for (const records of units) yield assessUnitYearWithOptions(records, edition, checked);
}
