import fc from "fast-check";
import { dayNumberOf, fromDayNumber } from "../../calendar/dayNumber";
import type { UnitActivityInput, UnitActivityKind } from "../../model/unitActivity";
import { UnitRecords, type UnitRecordsInput } from "../../model/unitRecords";
import { COMMUNITY, STREET } from "./unitRecordsBuilder";

const FIRST = dayNumberOf(2019, 6, 1);
const LAST = dayNumberOf(2020, 12, 31);

/** A calendar date from mid-2019 to the end of 2020. */
export const dateArbitrary = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);

/**
 * A date as an activity register may write it: a plain date, Shanghai
 * wall-clock time, a UTC instant (which from 16:00 is the next day in
 * Shanghai) or an instant with the +08:00 offset.
 */
export const dateTimeArbitrary = fc
  .tuple(
    dateArbitrary,
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
  )
  .map(([date, form, hour, minute]) => {
    const hhmm = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
    if (form === 1) return `${date}T${hhmm}`;
    if (form === 2) return `${date}T${hhmm}:00Z`;
    if (form === 3) return `${date}T${hhmm}:00+08:00`;
    return date;
  });

/**
 * The Shanghai calendar date of a `dateTimeArbitrary` value, worked out
 * independently of the library: Shanghai is UTC+8 all year (no DST since 1991).
 */
export function shanghaiDateOf(text: string): string {
  if (text.endsWith("Z")) return new Date(Date.parse(text) + 8 * 3_600_000).toISOString().slice(0, 10);
  return text.slice(0, 10);
}

const kindArbitrary = fc.constantFrom<UnitActivityKind>(
  "joint-meeting",
  "themed-party-day",
  "volunteer-service",
);

/** How the online record relates to the paper one. */
const onlineVariant = fc.constantFrom("match", "match", "missing", "no-picture", "other-date", "other-kind");

function onlineFor(kind: UnitActivityKind, date: string, variant: string): UnitActivityInput["online"] {
  const day = shanghaiDateOf(date);
  if (variant === "missing") return undefined;
  const other = fromDayNumber(
    dayNumberOf(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8)) + 1),
  );
  return {
    activityDate: variant === "other-date" ? other : day,
    kind:
      variant === "other-kind" ? (kind === "joint-meeting" ? "volunteer-service" : "joint-meeting") : kind,
    hasPicture: variant !== "no-picture",
    hasText: true,
  };
}

/** The parts of an activity that decide whether it counts, as the generator chose them. */
export interface ActivityTraits {
  kind: UnitActivityKind;
  date: string;
  hasPlace: boolean;
  hasProject: boolean;
  hasContent: boolean;
  hasParticipants: boolean;
  signed: boolean;
  online: string;
}

export const activityTraitsArbitrary: fc.Arbitrary<ActivityTraits> = fc.record({
  kind: kindArbitrary,
  date: dateTimeArbitrary,
  // Mostly complete, so that frequencies are met often enough to matter.
  hasPlace: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
  hasProject: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
  hasContent: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
  hasParticipants: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
  signed: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  online: onlineVariant,
});

export function activityFrom(t: ActivityTraits, id: string): UnitActivityInput {
  return {
    id,
    unitId: "u1",
    kind: t.kind,
    date: t.date,
    ...(t.hasPlace && { place: "社区党群服务中心" }),
    ...(t.hasProject && { project: "环境整治" }),
    ...(t.hasContent && { content: "清理楼道" }),
    participants: t.hasParticipants ? ["张三", "李四"] : [],
    signedAndStamped: t.signed,
    online: onlineFor(t.kind, t.date, t.online),
  };
}

/** A complete, signed activity with a matching post: one that counts under every edition. */
export const completeActivityArbitrary = fc.tuple(kindArbitrary, dateTimeArbitrary).map(([kind, date]) =>
  activityFrom(
    {
      kind,
      date,
      hasPlace: true,
      hasProject: true,
      hasContent: true,
      hasParticipants: true,
      signed: true,
      online: "match",
    },
    "added",
  ),
);

const withIds = <T>(prefix: string, items: T[]) => items.map((item, i) => ({ ...item, id: `${prefix}${i}` }));

/**
 * Realistic raw input for one unit over 2019–2020: sometimes subordinate,
 * sometimes a late starter, zero to two of each one-time record (dates in any
 * order), up to 30 activities of every quality, lists and inquiry answers in
 * every state. Validated by `unitRecordsArbitrary`.
 */
export const unitRecordsInputArbitrary: fc.Arbitrary<UnitRecordsInput> = fc
  .record({
    subordinate: fc.boolean(),
    scope: fc.option(dateArbitrary, { nil: undefined, freq: 3 }),
    reports: fc.array(fc.tuple(dateArbitrary, fc.constantFrom(STREET.streetId, "other-street")), {
      maxLength: 2,
    }),
    designations: fc.array(
      fc.tuple(
        dateArbitrary,
        fc.constantFrom(STREET.streetId, "other-street"),
        fc.constantFrom(COMMUNITY.communityId, "c2"),
      ),
      { maxLength: 2 },
    ),
    pairings: fc.array(fc.tuple(dateArbitrary, fc.constantFrom(COMMUNITY.communityId, "c2")), {
      maxLength: 2,
    }),
    receipts: fc.array(dateArbitrary, { maxLength: 2 }),
    activities: fc.array(activityTraitsArbitrary, { maxLength: 30 }),
    lists: fc.array(
      fc.tuple(
        fc.constantFrom("resources", "needs", "projects") as fc.Arbitrary<"resources" | "needs" | "projects">,
        dateArbitrary,
        fc.boolean(),
        fc.option(dateArbitrary, { nil: undefined }),
      ),
      { maxLength: 4 },
    ),
    answers: fc.array(
      fc.tuple(
        fc.constantFrom(2019, 2020),
        dateArbitrary,
        fc.constantFrom<"none" | "pending" | "verified" | "unfounded">(
          "none",
          "none",
          "pending",
          "verified",
          "unfounded",
        ),
        fc.option(dateArbitrary, { nil: undefined }),
      ),
      { maxLength: 3 },
    ),
  })
  .map((r) => ({
    unit: { id: "u1", name: "市直单位", ...(r.subordinate && { parentUnitId: "parent" }) },
    ...(r.scope && { scope: { id: "scope", unitId: "u1", inScopeFrom: r.scope } }),
    streetReports: withIds(
      "sr",
      r.reports.map(([date, streetId]) => ({ id: "", unitId: "u1", streetId, date })),
    ),
    designations: withIds(
      "des",
      r.designations.map(([date, streetId, communityId]) => ({
        id: "",
        unitId: "u1",
        streetId,
        communityId,
        date,
      })),
    ),
    pairings: withIds(
      "pair",
      r.pairings.map(([agreementDate, communityId]) => ({
        id: "",
        unitId: "u1",
        communityId,
        agreementDate,
      })),
    ),
    receipts: withIds(
      "rc",
      r.receipts.map((handedInOn) => ({ id: "", unitId: "u1", handedInOn })),
    ),
    activities: r.activities.map((t, i) => activityFrom(t, `act${i}`)),
    lists: withIds(
      "list",
      r.lists.map(([kind, date, nonEmpty, agreementDate]) => ({
        id: "",
        unitId: "u1",
        kind,
        date,
        items: nonEmpty ? [{ title: "项目", ...(agreementDate && { agreementDate }) }] : [],
      })),
    ),
    inquiryAnswers: withIds(
      "inq",
      r.answers.map(([year, date, status, statusDate]) => ({
        id: "",
        unitId: "u1",
        year,
        respondentKind: "community" as const,
        respondentId: COMMUNITY.communityId,
        date,
        reportsProblem: status !== "none",
        ...(status !== "none" && { status }),
        ...(status !== "none" && statusDate && { statusDate }),
      })),
    ),
  }));

export const unitRecordsArbitrary: fc.Arbitrary<UnitRecords> = unitRecordsInputArbitrary.map((input) =>
  UnitRecords.parse(input),
);

/** A year to assess and, half the time, an as-of date. */
export const unitOptionsArbitrary = fc.record({
  year: fc.constantFrom(2019, 2020),
  asOf: fc.option(dateArbitrary, { nil: undefined }),
});
