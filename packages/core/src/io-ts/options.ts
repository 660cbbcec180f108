import * as t from "io-ts";
import { CALENDAR_DATE_MESSAGE } from "../calendar/calendarDate";
import type { Verdict } from "../model/verdict";
import { OVERDUE_SINCE_NEEDS_AS_OF } from "../options/assessDatasetOptions";
import { DATES_BY_UNIT_MESSAGE, isPlainObject } from "../options/datesByUnit";
import { closedObject, withCheck } from "./codec";
import { StratifyBy } from "./memberDrawRequest";
import { CalendarDate, RecordId, Year } from "./primitives";
import { SamplingText } from "./samplingText";

/*
 * The options of the functions that take them, as the zod schemas in
 * `options/` define them: unknown keys refused, dates normalised.
 */

export const AssessOptions = closedObject("AssessOptions", { year: Year }, { asOf: CalendarDate });
export const UnitAssessOptions = AssessOptions;

export const EarlyWarningsOptions = closedObject(
  "EarlyWarningsOptions",
  { asOf: CalendarDate },
  { overdueSince: CalendarDate },
);

/** A calendar date per unit ID, into an object without a prototype (see `options/datesByUnit.ts`). */
export const DatesByUnit = new t.Type<Readonly<Record<string, string>>, Readonly<Record<string, string>>>(
  "DatesByUnit",
  (u): u is Readonly<Record<string, string>> =>
    isPlainObject(u) && Object.values(u).every((v) => typeof v === "string" && CalendarDate.is(v)),
  (u, c) => {
    if (!isPlainObject(u)) return t.failure(u, c, DATES_BY_UNIT_MESSAGE);
    const dates: Record<string, string> = Object.create(null);
    const errors: t.ValidationError[] = [];
    for (const unitId of Object.keys(u)) {
      const date = CalendarDate.validate(u[unitId], t.appendContext(c, unitId, CalendarDate, u[unitId]));
      if (date._tag === "Right") dates[unitId] = date.right;
      else
        errors.push(
          ...date.left.map((error) => ({ ...error, message: error.message ?? CALENDAR_DATE_MESSAGE })),
        );
    }
    return errors.length > 0 ? t.failures(errors) : t.success(dates);
  },
  t.identity,
);

export const NamesById = new t.Type<ReadonlyMap<string, string>, ReadonlyMap<string, string>>(
  "NamesById",
  (u): u is ReadonlyMap<string, string> => u instanceof Map,
  (u, c) => (u instanceof Map ? t.success(u) : t.failure(u, c, "expected a Map of names by ID")),
  t.identity,
);

export const StatisticsTableOptions = closedObject(
  "StatisticsTableOptions",
  { year: Year },
  { asOf: CalendarDate, names: NamesById, submittedOn: DatesByUnit },
);

/** A verdict the library made, passed back in (not re-validated: it is the library's own output). */
export const VerdictRef = new t.Type<Verdict, Verdict>(
  "VerdictRef",
  (u): u is Verdict => typeof u === "object" && u !== null && !Array.isArray(u),
  (u, c) =>
    typeof u === "object" && u !== null && !Array.isArray(u)
      ? t.success(u as Verdict)
      : t.failure(u, c, "expected a verdict"),
  t.identity,
);

export const OrganisationReportOptions = closedObject(
  "OrganisationReportOptions",
  { unitId: RecordId, year: Year },
  { asOf: CalendarDate, unitName: t.string, unitVerdicts: t.array(VerdictRef) },
);

export const SpotCheckOptions = closedObject(
  "SpotCheckOptions",
  { seed: SamplingText, samplingDate: CalendarDate },
  { stratifyBy: StratifyBy },
);

export const AssessDatasetOptions = withCheck(
  closedObject(
    "AssessDatasetOptions",
    { year: Year },
    {
      asOf: CalendarDate,
      overdueSince: CalendarDate,
      statsTableSubmittedOn: DatesByUnit,
      spotCheck: SpotCheckOptions,
    },
  ),
  (options) =>
    options.overdueSince !== undefined && options.asOf === undefined
      ? [{ path: ["overdueSince"], message: OVERDUE_SINCE_NEEDS_AS_OF }]
      : [],
);
