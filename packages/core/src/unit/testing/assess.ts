import type { Edition } from "../../editions/edition";
import { zhengzhou2019 } from "../../editions/zhengzhou2019";
import type { UnitRecords } from "../../model/unitRecords";
import { assessUnitYear } from "../assessUnitYear";
import type { UnitAssessment } from "../unitAssessment";

/** Assesses under the city's edition for 2019 unless told otherwise. */
export function assess(
  records: UnitRecords,
  options: { year?: number; asOf?: string; edition?: Edition } = {},
): UnitAssessment {
  const { year = 2019, asOf, edition = zhengzhou2019 } = options;
  return assessUnitYear(records, edition, { year, ...(asOf !== undefined && { asOf }) });
}
