import { addMonthsClamped } from "../calendar/addMonthsClamped";
import { type DayNumber, dayNumberOf, toDayNumber, yearBounds, yearOfDay } from "../calendar/dayNumber";
import { compareCodePoints } from "../collections/compareCodePoints";
import type { Edition } from "../editions/edition";
import type { UnitParameters } from "../editions/editionParameters";
import type { UnitActivity, UnitActivityRecordField } from "../model/unitActivity";
import type { UnitRecords } from "../model/unitRecords";
import type { UnitAssessOptions } from "../options/assessOptions";

/** A record with one of its calendar dates as a day number, for cheap comparisons. */
export interface Dated<T> {
  record: T;
  day: DayNumber;
}

/** How the online (党建云) record of an activity compares with the paper one. */
export type OnlineStatus = "match" | "missing" | "mismatch";

/** What an activity's evidence shows, worked out once for every rule to read. */
export interface ActivityEvidence {
  activity: UnitActivity;
  day: DayNumber;
  /** Fields the edition requires that the record lacks. */
  missingFields: UnitActivityRecordField[];
  /** The edition requires a signature and stamp and the record has none. */
  unsigned: boolean;
  /** The paper record is complete and signed as the edition requires. */
  paperComplete: boolean;
  online: OnlineStatus;
  /** Why the online record does not match: `no-picture`, `no-text`, `date-differs`, `kind-differs`. */
  onlineProblems: string[];
  /** Counts toward its frequency under the edition's evidence policy. */
  counts: boolean;
  /** When it does not count: a reason code and a sentence in both languages. */
  notCounted?: { reason: string; zh: string; en: string };
}

/**
 * One unit's records for one year and edition, dated and sorted by (day, id)
 * once, so that every rule reads the same facts in the same order whatever
 * order the caller gave them in. Records dated after the as-of date are left
 * out here, so no rule can see them.
 */
export interface UnitContext {
  records: UnitRecords;
  edition: Edition;
  params: UnitParameters;
  year: number;
  yearFirst: DayNumber;
  yearLast: DayNumber;
  /** Last day whose records count; `Infinity` when no as-of date was given. */
  asOf: DayNumber;
  /**
   * The as-of date is on or before the year's last day, so the year can still
   * change: as with deadlines, the last day itself is still in time.
   */
  yearOpen: boolean;
  /** The last day this year's records are read up to: the earlier of the as-of date and the year's end. */
  cutoff: DayNumber;
  programmeStart: DayNumber;
  /** Day the unit came into scope, when after the programme start. */
  inScopeFrom?: DayNumber;
  /** The first day the unit's duties apply: the later of the programme start and the unit's own start. */
  scopeStart: DayNumber;
  /** A unit with a parent unit (直属单位/二级单位). */
  subordinate: boolean;
  streetReports: Dated<UnitRecords["streetReports"][number]>[];
  designations: Dated<UnitRecords["designations"][number]>[];
  pairings: Dated<UnitRecords["pairings"][number]>[];
  receipts: Dated<UnitRecords["receipts"][number]>[];
  lists: Dated<UnitRecords["lists"][number]>[];
  inquiryAnswers: Dated<UnitRecords["inquiryAnswers"][number]>[];
  activities: ActivityEvidence[];
}

/** Dates records by one of their date fields, drops those after `asOf`, and sorts by (day, id). */
export function datedAndSorted<T extends { id: string }>(
  records: readonly T[],
  dateOf: (r: T) => string,
  asOf: DayNumber = Number.POSITIVE_INFINITY,
): Dated<T>[] {
  return records
    .map((record) => ({ record, day: toDayNumber(dateOf(record)) }))
    .filter((r) => r.day <= asOf)
    .sort((a, b) => a.day - b.day || compareCodePoints(a.record.id, b.record.id));
}

const FIELD_NAMES: Record<UnitActivityRecordField, { zh: string; en: string }> = {
  place: { zh: "地点", en: "place" },
  project: { zh: "具体项目", en: "project" },
  content: { zh: "内容", en: "content" },
  participants: { zh: "参加人员名单", en: "participant list" },
};

/** The Chinese and English names of record fields, joined. */
export function fieldNames(fields: readonly UnitActivityRecordField[]): { zh: string; en: string } {
  return {
    zh: fields.map((f) => FIELD_NAMES[f].zh).join("、"),
    en: fields.map((f) => FIELD_NAMES[f].en).join(", "),
  };
}

function missingFieldsOf(activity: UnitActivity, required: readonly UnitActivityRecordField[]) {
  return required.filter((field) =>
    field === "participants" ? activity.participants.length === 0 : activity[field] === undefined,
  );
}

function onlineOf(activity: UnitActivity, day: DayNumber): { status: OnlineStatus; problems: string[] } {
  const online = activity.online;
  if (!online) return { status: "missing", problems: [] };
  const problems: string[] = [];
  if (!online.hasPicture) problems.push("no-picture");
  if (!online.hasText) problems.push("no-text");
  if (toDayNumber(online.activityDate) !== day) problems.push("date-differs");
  if (online.kind !== activity.kind) problems.push("kind-differs");
  return { status: problems.length === 0 ? "match" : "mismatch", problems };
}

/** Why the paper record falls short, in both languages. */
export function paperShortfall(e: ActivityEvidence): { zh: string; en: string } {
  const parts = { zh: [] as string[], en: [] as string[] };
  if (e.missingFields.length > 0) {
    const names = fieldNames(e.missingFields);
    parts.zh.push(`缺${names.zh}`);
    parts.en.push(`no ${names.en}`);
  }
  if (e.unsigned) {
    parts.zh.push("未经街道社区党组织签字盖章");
    parts.en.push("not signed and stamped by the street/community party organisation");
  }
  return { zh: parts.zh.join("，"), en: parts.en.join("; ") };
}

/** Why the online record does not corroborate the paper one, in both languages. */
export function onlineShortfall(e: ActivityEvidence): { zh: string; en: string } {
  if (e.online === "missing") return { zh: "未上传“党建云”", en: "not posted on 党建云" };
  const postedDate = e.activity.online?.activityDate ?? "";
  const words: Record<string, { zh: string; en: string }> = {
    "no-picture": { zh: "无图片", en: "no picture" },
    "no-text": { zh: "无文字", en: "no text" },
    "date-differs": { zh: `日期为 ${postedDate}`, en: `dated ${postedDate}` },
    "kind-differs": { zh: "活动类别不符", en: "a different kind of activity" },
  };
  const problems = e.onlineProblems.map((p) => words[p] ?? { zh: p, en: p });
  return {
    zh: `“党建云”记录与纸质记录不符（${problems.map((p) => p.zh).join("，")}）`,
    en: `the 党建云 post does not match (${problems.map((p) => p.en).join(", ")})`,
  };
}

function evidenceOf(activity: UnitActivity, day: DayNumber, params: UnitParameters): ActivityEvidence {
  const missingFields = missingFieldsOf(activity, params.recordRequiredFields);
  const unsigned = params.recordMustBeSignedAndStamped && !activity.signedAndStamped;
  const paperComplete = missingFields.length === 0 && !unsigned;
  const paperOk = paperComplete || params.incompleteRecordCounts;
  const online = onlineOf(activity, day);
  const onlineOk = online.status === "match";
  const evidence: ActivityEvidence = {
    activity,
    day,
    missingFields,
    unsigned,
    paperComplete,
    online: online.status,
    onlineProblems: online.problems,
    counts: false,
  };
  const policy = params.evidencePolicy;
  evidence.counts =
    policy === "paper"
      ? paperOk
      : policy === "online"
        ? onlineOk
        : policy === "both"
          ? paperOk && onlineOk
          : paperOk || onlineOk;
  if (!evidence.counts) {
    const paper = paperShortfall(evidence);
    const web = onlineShortfall(evidence);
    const onlineReason = online.status === "missing" ? "online-missing" : "online-mismatch";
    if (policy === "paper" || (policy === "both" && !paperOk)) {
      evidence.notCounted = {
        reason: "record-incomplete",
        zh: `活动记录不完整（${paper.zh}），不计入次数`,
        en: `the activity record is incomplete (${paper.en}), so it does not count`,
      };
    } else if (policy === "online" || policy === "both") {
      evidence.notCounted = {
        reason: onlineReason,
        zh: `${web.zh}，本版本要求“党建云”记录，不计入次数`,
        en: `${web.en}; the edition requires the online record, so it does not count`,
      };
    } else {
      evidence.notCounted = {
        reason: "no-evidence",
        zh: `纸质记录不完整（${paper.zh}），且${web.zh}，不计入次数`,
        en: `the paper record is incomplete (${paper.en}) and ${web.en}, so it does not count`,
      };
    }
  }
  return evidence;
}

export function createUnitContext(
  records: UnitRecords,
  edition: Edition,
  options: UnitAssessOptions,
): UnitContext {
  const params = edition.parameters.unit;
  const { first, last } = yearBounds(options.year);
  const asOf = options.asOf === undefined ? Number.POSITIVE_INFINITY : toDayNumber(options.asOf);
  const programmeStart = toDayNumber(params.programmeStart);
  const scopeDay = records.scope === undefined ? undefined : toDayNumber(records.scope.inScopeFrom);
  const inScopeFrom = scopeDay !== undefined && scopeDay > programmeStart ? scopeDay : undefined;
  return {
    records,
    edition,
    params,
    year: options.year,
    yearFirst: first,
    yearLast: last,
    asOf,
    yearOpen: asOf <= last,
    cutoff: Math.min(asOf, last),
    programmeStart,
    ...(inScopeFrom !== undefined && { inScopeFrom }),
    scopeStart: inScopeFrom ?? programmeStart,
    subordinate: records.unit.parentUnitId !== undefined,
    streetReports: datedAndSorted(records.streetReports, (r) => r.date, asOf),
    designations: datedAndSorted(records.designations, (r) => r.date, asOf),
    pairings: datedAndSorted(records.pairings, (r) => r.agreementDate, asOf),
    receipts: datedAndSorted(records.receipts, (r) => r.handedInOn, asOf),
    lists: datedAndSorted(records.lists, (r) => r.date, asOf),
    inquiryAnswers: datedAndSorted(records.inquiryAnswers, (r) => r.date, asOf),
    activities: datedAndSorted(records.activities, (a) => a.date, asOf).map((a) =>
      evidenceOf(a.record, a.day, params),
    ),
  };
}

/** Where a one-time due date comes from. */
export type DueBasis = "edition-date" | "year-end" | "late-start-grace";

/**
 * The last day (inclusive) of a one-time duty: the edition's date, or, when
 * the edition sets none, the end of the year the unit came into scope. A unit
 * that came into scope after the programme start has at least the edition's
 * late-start grace from that day.
 */
export function oneTimeDue(ctx: UnitContext, deadline: string | null): { day: DayNumber; basis: DueBasis } {
  const base = deadline === null ? dayNumberOf(yearOfDay(ctx.scopeStart), 12, 31) : toDayNumber(deadline);
  const basis: DueBasis = deadline === null ? "year-end" : "edition-date";
  if (ctx.inScopeFrom === undefined) return { day: base, basis };
  const grace = addMonthsClamped(ctx.inScopeFrom, ctx.params.lateStartGraceMonths);
  return grace > base ? { day: grace, basis: "late-start-grace" } : { day: base, basis };
}

/** Activities the unit's duties can see this year: in the year, on or after the scope start, up to the as-of date. */
export function activitiesInYear(ctx: UnitContext): ActivityEvidence[] {
  const from = Math.max(ctx.yearFirst, ctx.scopeStart);
  return ctx.activities.filter((a) => a.day >= from && a.day <= ctx.cutoff);
}
