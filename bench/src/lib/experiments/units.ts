import fc from "fast-check";
import { dayNumberOf, fromDayNumber } from "../../../../packages/core/src/calendar/dayNumber";
import { getEdition } from "../../../../packages/core/src/editions/registry";
import { UnitRecords, type UnitRecordsInput } from "../../../../packages/core/src/model/unitRecords";
import { assessUnitYear } from "../../../../packages/core/src/unit/assessUnitYear";
import {
  activityFrom,
  activityTraitsArbitrary,
  unitRecordsInputArbitrary,
} from "../../../../packages/core/src/unit/testing/unitArbitraries";
import { SEED } from "../memberData";
import { median, now } from "../stats";

const YEAR = 2020;

/**
 * A unit with a year of activities: the unit arbitrary of the property tests
 * (one-time records, lists, inquiry answers in every state), its activities
 * replaced by 18–36 in `YEAR` (about what monthly service, quarterly meetings
 * and half-yearly themed days make), of every quality.
 */
const unitYearArbitrary: fc.Arbitrary<UnitRecordsInput> = fc
  .tuple(
    unitRecordsInputArbitrary,
    fc.array(
      fc.tuple(
        activityTraitsArbitrary,
        fc.integer({ min: dayNumberOf(YEAR, 1, 1), max: dayNumberOf(YEAR, 12, 31) }),
      ),
      { minLength: 18, maxLength: 36 },
    ),
  )
  .map(([unit, activities]) => ({
    ...unit,
    activities: activities.map(([traits, day], i) =>
      activityFrom({ ...traits, date: fromDayNumber(day) }, `act${i}`),
    ),
  }));

/** The unit's records under its own ID (the arbitrary calls every unit `u1`). */
function asUnit(input: UnitRecordsInput, unitId: string): UnitRecordsInput {
  const relabel = <T extends { unitId: string }>(list: readonly T[] | undefined) =>
    (list ?? []).map((r) => ({ ...r, unitId }));
  return {
    ...input,
    unit: { ...input.unit, id: unitId },
    ...(input.scope && { scope: { ...input.scope, unitId } }),
    streetReports: relabel(input.streetReports),
    designations: relabel(input.designations),
    pairings: relabel(input.pairings),
    receipts: relabel(input.receipts),
    activities: relabel(input.activities),
    lists: relabel(input.lists),
    inquiryAnswers: relabel(input.inquiryAnswers),
  };
}

export interface UnitOptions {
  units: number;
  runs: number;
}

/** `assessUnitYear` for every unit of a city, validated once beforehand; medians over runs. */
export async function unitAssessment(options: UnitOptions) {
  const { units, runs } = options;
  const edition = getEdition("zhengzhou-2019");
  const inputs = fc.sample(unitYearArbitrary, { seed: SEED, numRuns: units });
  const records = inputs.map((input, i) =>
    UnitRecords.parse(asUnit(input, `u${String(i).padStart(4, "0")}`)),
  );
  const activities = records.reduce((sum, r) => sum + r.activities.length, 0);
  for (const r of records.slice(0, 200)) assessUnitYear(r, edition, { year: YEAR });
  const ms: number[] = [];
  let verdicts = 0;
  for (let run = 0; run < runs; run++) {
    const start = now();
    verdicts = 0;
    for (const r of records) verdicts += assessUnitYear(r, edition, { year: YEAR }).verdicts.length;
    ms.push(now() - start);
  }
  return {
    units,
    runs,
    year: YEAR,
    activities,
    verdicts,
    msPerRun: ms,
    medianMs: median(ms),
    unitsPerSecond: (units / median(ms)) * 1000,
  };
}
