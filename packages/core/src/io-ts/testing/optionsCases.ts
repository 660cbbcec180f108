import fc from "fast-check";
import { type Case, calendarDate, junk, listOf, objectCase, recordId, year } from "./blocks";
import { samplingCases } from "./samplingCases";

// The options of the functions that take them (options/): unknown keys refused, dates at the edges.

const AssessOptions = objectCase({ required: { year }, optional: { asOf: calendarDate } });

const EarlyWarningsOptions = objectCase({
  required: { asOf: calendarDate },
  optional: { overdueSince: calendarDate },
});

/** Unit IDs, those named like Object.prototype's members among them. */
const unitId = fc.oneof(
  fc.constantFrom("u1", "u-cdc", "constructor", "toString", "valueOf", "hasOwnProperty", "单位"),
  fc.string({ maxLength: 6 }),
);
const DatesByUnit: Case = {
  valid: fc.dictionary(unitId, calendarDate.valid, { maxKeys: 4 }),
  mutated: fc.oneof(
    fc
      .tuple(fc.dictionary(unitId, calendarDate.valid, { maxKeys: 3 }), unitId, calendarDate.mutated)
      .map(([dates, id, bad]) => ({ ...dates, [id]: bad })),
    fc.constant(null).map(() => new Map([["u1", "2019-11-10"]])),
    fc.constant(null).map(() => ["2019-11-10"]),
    junk,
  ),
};

const NamesById: Case = {
  valid: fc
    .dictionary(unitId, fc.string({ maxLength: 4 }), { maxKeys: 3 })
    .map((names) => new Map(Object.entries(names))),
  mutated: fc.oneof(
    fc.constant(null).map(() => ({ u1: "单位" })),
    junk,
  ),
};

const StatisticsTableOptions = objectCase({
  required: { year },
  optional: { asOf: calendarDate, names: NamesById, submittedOn: DatesByUnit },
});

const VerdictRef: Case = {
  valid: fc.record({
    ruleId: fc.constantFrom("U-RECEIPT", "U-MEETING-QUARTER"),
    status: fc.constantFrom("met", "unmet"),
  }),
  mutated: fc.oneof(
    fc.constant(null).map(() => []),
    junk,
  ),
};

const OrganisationReportOptions = objectCase({
  required: { unitId: recordId, year },
  optional: {
    asOf: calendarDate,
    unitName: samplingCases.SamplingText as Case,
    unitVerdicts: listOf(VerdictRef),
  },
});

const SpotCheckOptions = objectCase({
  required: { seed: samplingCases.SamplingText as Case, samplingDate: calendarDate },
  optional: { stratifyBy: samplingCases.StratifyBy as Case },
});

const datasetFields = {
  required: { year },
  optional: {
    asOf: calendarDate,
    overdueSince: calendarDate,
    statsTableSubmittedOn: DatesByUnit,
    spotCheck: SpotCheckOptions,
  },
};
const AssessDatasetOptions = objectCase(
  datasetFields,
  // overdueSince needs asOf: valid values have both or neither.
  objectCase(datasetFields).valid.filter(
    (options) =>
      (options as Record<string, unknown>).overdueSince === undefined ||
      (options as Record<string, unknown>).asOf !== undefined,
  ) as fc.Arbitrary<Record<string, unknown>>,
);

export const optionsCases: Record<string, Case> = {
  AssessOptions,
  UnitAssessOptions: AssessOptions,
  EarlyWarningsOptions,
  DatesByUnit,
  NamesById,
  StatisticsTableOptions,
  VerdictRef,
  OrganisationReportOptions,
  SpotCheckOptions,
  AssessDatasetOptions,
};
