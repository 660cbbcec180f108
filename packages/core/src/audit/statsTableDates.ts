import type { Unit } from "../model/unit";
import { InputError, type InputIssue } from "../model/validate";
import { dateOfUnit } from "../options/datesByUnit";

/**
 * The day each unit sent up the statistics table, from the units' own
 * `statsTableSubmittedOn` merged with the `statsTableSubmittedOn` option:
 * either may give a unit's date; both giving different dates for one unit is
 * refused, since neither can be known to be the right one.
 */
export function statsTableDates(
  units: readonly Unit[],
  fromOption: Readonly<Record<string, string>> | undefined,
): Readonly<Record<string, string>> {
  const dates: Record<string, string> = Object.create(null);
  if (fromOption !== undefined) Object.assign(dates, fromOption);
  const issues: InputIssue[] = [];
  units.forEach((unit, index) => {
    const onRecord = unit.statsTableSubmittedOn;
    if (onRecord === undefined) return;
    const given = dateOfUnit(fromOption, unit.id);
    if (given !== undefined && given !== onRecord) {
      issues.push({
        path: `statsTableSubmittedOn.${unit.id}`,
        code: "invalid-value",
        kind: "units",
        index,
        field: "statsTableSubmittedOn",
        message: `the option gives ${given} but unit ${unit.id} records ${onRecord} as the day the statistics table was sent; give one date`,
        zh: `选项给出 ${given}，而单位 ${unit.id} 记录的统计表报送日期为 ${onRecord}；请只给一个日期`,
      });
    }
    dates[unit.id] = onRecord;
  });
  if (issues.length > 0) throw new InputError("assessDataset options", issues);
  return dates;
}
