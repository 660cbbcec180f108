import type { UnitActivityInput, UnitActivityKind } from "../../model/unitActivity";
import { UnitRecords, type UnitRecordsInput } from "../../model/unitRecords";

type Partial<T> = { [K in keyof T]?: T[K] };

/** The street and community of the test unit. */
export const STREET = { streetId: "jinshui-fengchan", streetName: "丰产路街道" };
export const COMMUNITY = { communityId: "fengchan-dongfeng", communityName: "东风路社区" };

/**
 * A complete, signed activity of unit `u1` with a matching 党建云 post: one
 * that counts under every evidence policy. `extra` overrides any field.
 */
export function activity(
  kind: UnitActivityKind,
  date: string,
  extra: Partial<UnitActivityInput> = {},
): UnitActivityInput {
  return {
    id: `${kind}-${date}`,
    unitId: "u1",
    kind,
    date,
    place: "东风路社区党群服务中心",
    project: kind === "joint-meeting" ? "社区联合党委会" : "环境整治",
    content: "共驻共建",
    participants: ["张三", "李四"],
    signedAndStamped: true,
    counterpartId: COMMUNITY.communityId,
    online: { activityDate: date.slice(0, 10), kind, hasPicture: true, hasText: true },
    ...extra,
  };
}

export const meeting = (date: string, extra: Partial<UnitActivityInput> = {}) =>
  activity("joint-meeting", date, extra);
export const themedDay = (date: string, extra: Partial<UnitActivityInput> = {}) =>
  activity("themed-party-day", date, extra);
export const volunteer = (date: string, extra: Partial<UnitActivityInput> = {}) =>
  activity("volunteer-service", date, extra);

/** The one-time steps of 2019 in the right order and on time: report, designation, pairing, receipt. */
export function onboarding2019(): Pick<
  UnitRecordsInput,
  "streetReports" | "designations" | "pairings" | "receipts"
> {
  return {
    streetReports: [{ id: "sr1", unitId: "u1", ...STREET, date: "2019-10-08" }],
    designations: [{ id: "des1", unitId: "u1", streetId: STREET.streetId, ...COMMUNITY, date: "2019-10-10" }],
    pairings: [
      { id: "pair1", unitId: "u1", communityId: COMMUNITY.communityId, agreementDate: "2019-10-12" },
    ],
    receipts: [
      { id: "rc1", unitId: "u1", streetReportId: "sr1", handedInOn: "2019-10-15", recipient: "工委" },
    ],
  };
}

/** The three lists, the project with its agreement. */
export function threeLists(date = "2019-10-20"): NonNullable<UnitRecordsInput["lists"]> {
  return [
    { id: "list-res", unitId: "u1", kind: "resources", date, items: [{ title: "会议室" }] },
    { id: "list-needs", unitId: "u1", kind: "needs", date, items: [{ title: "停车位" }] },
    {
      id: "list-proj",
      unitId: "u1",
      kind: "projects",
      date,
      items: [{ title: "老旧小区环境整治", agreementDate: date }],
    },
  ];
}

/** The activities that meet every 2019 frequency: a Q4 meeting, an H2 themed day, a service each month from October. */
export function activities2019(): UnitActivityInput[] {
  return [
    meeting("2019-11-05"),
    themedDay("2019-10-26"),
    volunteer("2019-10-19"),
    volunteer("2019-11-16"),
    volunteer("2019-12-14"),
  ];
}

/**
 * A validated `UnitRecords` for tests: unit `u1` (a unit under 工委, no
 * parent), with whatever the test adds. Goes through the real schema, so
 * tests see what callers see.
 */
export function unitRecords(
  overrides: Partial<Omit<UnitRecordsInput, "unit">> & { unit?: Partial<UnitRecordsInput["unit"]> } = {},
): UnitRecords {
  const { unit, ...rest } = overrides;
  return UnitRecords.parse({ unit: { id: "u1", name: "市卫健委", ...unit }, ...rest });
}

/** A unit that does everything right in 2019 under the city's edition. */
export function exemplaryUnit2019(
  overrides: Partial<Omit<UnitRecordsInput, "unit">> & { unit?: Partial<UnitRecordsInput["unit"]> } = {},
): UnitRecords {
  return unitRecords({
    ...onboarding2019(),
    activities: activities2019(),
    lists: threeLists(),
    inquiryAnswers: [
      {
        id: "inq1",
        unitId: "u1",
        year: 2019,
        respondentKind: "community",
        respondentId: COMMUNITY.communityId,
        date: "2019-12-28",
        reportsProblem: false,
      },
    ],
    ...overrides,
  });
}
