import { addMonthsClamped } from "../calendar/addMonthsClamped";
import { type DayNumber, fromDayNumber, toDayNumber, yearBounds } from "../calendar/dayNumber";
import { compareCodePoints } from "../collections/compareCodePoints";
import type { Edition } from "../editions/edition";
import type { MemberParameters } from "../editions/editionParameters";
import type { MemberRecords } from "../model/memberRecords";
import type { Residence } from "../model/residence";
import type { AssessOptions } from "../options/assessOptions";

/** A record with its calendar date as a day number, for cheap comparisons. */
export interface Dated<T> {
  record: T;
  day: DayNumber;
}

/**
 * One member's records for one year and edition, dated and sorted once so
 * that every rule reads the same facts in the same order, whatever order the
 * caller gave them in.
 */
export interface MemberContext {
  records: MemberRecords;
  /** The member as a verdict's subject, one frozen object shared by the member's verdicts. */
  subject: Readonly<{ kind: "member"; id: string }>;
  edition: Edition;
  params: MemberParameters;
  year: number;
  yearFirst: DayNumber;
  yearLast: DayNumber;
  /** `yearLast` as `YYYY-MM-DD` text (most verdicts' due date), worked out once. */
  yearEnd: string;
  /** Last day whose records count; `Infinity` when no as-of date was given. */
  asOf: DayNumber;
  /** The as-of date is on or before the year's last day, so the year can still change. */
  yearOpen: boolean;
  programmeStart: DayNumber;
  /** Day the member came into scope, when after the programme start. */
  inScopeFrom?: DayNumber;
  residences: Dated<Residence>[];
  reports: Dated<MemberRecords["reports"][number]>[];
  /** Every service, dated and sorted (`M-SERVICE-YEAR` and `M-MODERATION` both read them). */
  services: Dated<MemberRecords["services"][number]>[];
  /** `validReports`, worked out once on first use. */
  validReports?: ReportsByValidity;
}

type Report = Dated<MemberRecords["reports"][number]>;

/** Reports to the community the member lived in on the report's day, and the others set aside. */
export interface ReportsByValidity {
  valid: Report[];
  wrongCommunity: Report[];
}

function byDayThenId<T extends { id: string }>(a: Dated<T>, b: Dated<T>): number {
  return a.day - b.day || compareCodePoints(a.record.id, b.record.id);
}

/**
 * The longest list sorted by insertion. 20,000 lists of random days each, in
 * one run: 16 items 32 ms by `Array.prototype.sort` against 11 ms, 30 items
 * 68 against 30, 50 items 193 against 69, 100 items 278 against 241; a
 * member sees the events of their communities, about thirty in the bench's
 * 100k run (docs/performance.md, "The spill flat").
 */
export const INSERTION_SORT_MAX = 64;

/** Dates a list of records by one of their date fields and sorts them by (day, id). */
export function datedAndSorted<T extends { id: string }>(
  records: readonly T[],
  dateOf: (r: T) => string,
): Dated<T>[] {
  const dated = records.map((record) => ({ record, day: toDayNumber(dateOf(record)) }));
  if (dated.length > INSERTION_SORT_MAX) return dated.sort(byDayThenId);
  // A member's lists are short: a stable insertion sort, the same order as
  // `Array.prototype.sort` (also stable) without its set-up cost and its copy.
  for (let i = 1; i < dated.length; i++) {
    const item = dated[i] as Dated<T>;
    let j = i - 1;
    while (j >= 0 && byDayThenId(dated[j] as Dated<T>, item) > 0) {
      dated[j + 1] = dated[j] as Dated<T>;
      j--;
    }
    dated[j + 1] = item;
  }
  return dated;
}

const programmeStartCache = new WeakMap<Edition, DayNumber>();

function programmeStartOf(edition: Edition): DayNumber {
  let day = programmeStartCache.get(edition);
  if (day === undefined) {
    day = toDayNumber(edition.parameters.member.programmeStart);
    programmeStartCache.set(edition, day);
  }
  return day;
}

export function createMemberContext(
  records: MemberRecords,
  edition: Edition,
  options: AssessOptions,
): MemberContext {
  const { first, last } = yearBounds(options.year);
  const asOf = options.asOf === undefined ? Number.POSITIVE_INFINITY : toDayNumber(options.asOf);
  const programmeStart = programmeStartOf(edition);
  const scopeDay =
    records.member.inScopeFrom === undefined ? undefined : toDayNumber(records.member.inScopeFrom);
  return {
    records,
    subject: Object.freeze({ kind: "member", id: records.member.id }),
    edition,
    params: edition.parameters.member,
    year: options.year,
    yearFirst: first,
    yearLast: last,
    yearEnd: fromDayNumber(last),
    asOf,
    yearOpen: asOf <= last,
    programmeStart,
    inScopeFrom: scopeDay !== undefined && scopeDay > programmeStart ? scopeDay : undefined,
    residences: datedAndSorted(records.residences, (r) => r.from),
    reports: datedAndSorted(records.reports, (r) => r.date),
    services: datedAndSorted(records.services, (s) => s.date),
  };
}

/**
 * Where the member lived on a day: the latest residence starting on or before
 * it. Before the first entry the first entry is taken to hold, since a
 * register's first row records where the member already lived.
 */
export function residenceOn(ctx: MemberContext, day: DayNumber): Dated<Residence> | undefined {
  // Sorted by (day, id): the one before the first that starts after `day`
  // (a binary search written out: a predicate closure per call showed in the profile).
  const residences = ctx.residences;
  let low = 0;
  let high = residences.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((residences[middle] as Dated<Residence>).day > day) high = middle;
    else low = middle + 1;
  }
  return residences[low - 1] ?? residences[0];
}

/** The last day of the first report: the edition's deadline, or later for a member who came into scope later. */
export function firstReportDue(ctx: MemberContext): DayNumber {
  const deadline = toDayNumber(ctx.params.reportDeadline);
  if (ctx.inScopeFrom === undefined) return deadline;
  return Math.max(deadline, addMonthsClamped(ctx.inScopeFrom, ctx.params.reReportGraceMonths));
}

/** Reports to the community the member lived in on the report's day, and the others set aside. */
export function validReports(ctx: MemberContext): ReportsByValidity {
  if (ctx.validReports) return ctx.validReports;
  const valid: Report[] = [];
  const wrongCommunity: Report[] = [];
  for (const report of ctx.reports) {
    if (report.day > ctx.asOf) continue;
    const home = residenceOn(ctx, report.day);
    (home && home.record.communityId === report.record.communityId ? valid : wrongCommunity).push(report);
  }
  ctx.validReports = { valid, wrongCommunity };
  return ctx.validReports;
}
