import fc from "fast-check";
import { dayNumberOf, fromDayNumber } from "../../calendar/dayNumber";
import { MemberRecords, type MemberRecordsInput } from "../../model/memberRecords";

/** A small set of communities, so that moves, services and events collide often. */
export const COMMUNITIES = [
  { communityId: "c-jinshui-1", communityName: "丰庆路社区", district: "金水区" },
  { communityId: "c-jinshui-2", communityName: "文化路社区", district: "金水区" },
  { communityId: "c-erqi-1", communityName: "解放路社区", district: "二七区" },
];

const FIRST = dayNumberOf(2019, 1, 1);
const LAST = dayNumberOf(2020, 12, 31);

/** A calendar date in 2019–2020. */
export const dateIn2019And2020 = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);

/** A date, sometimes written as a date-time with an offset or as Shanghai wall-clock time. */
export const dateInAnyForm = fc
  .tuple(dateIn2019And2020, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 23 }))
  .map(([date, form, hour]) => {
    const hh = String(hour).padStart(2, "0");
    if (form === 1) return `${date}T${hh}:30:00+08:00`;
    if (form === 2) return `${date} ${hh}:30`;
    return date;
  });

const community = fc.constantFrom(...COMMUNITIES);

/**
 * Realistic raw input for one member over two years: up to three residences
 * (so moves), reports (some to the wrong community), claims, 0–12 services
 * (some flagged or elsewhere), four-musts events and attendance, feedback in
 * every state, self-reports. Validated by `memberRecordsArbitrary`.
 */
export const memberRecordsInputArbitrary: fc.Arbitrary<MemberRecordsInput> = fc
  .record({
    // Mostly in service: out-of-scope members make every verdict not applicable.
    inService: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
    inScopeFrom: fc.option(dateIn2019And2020, { nil: undefined, freq: 4 }),
    cadre: fc.subarray([2019, 2020]),
    residences: fc.array(fc.tuple(community, dateIn2019And2020), { minLength: 1, maxLength: 3 }),
    reports: fc.array(fc.tuple(community, dateInAnyForm, fc.option(dateIn2019And2020, { nil: undefined })), {
      maxLength: 3,
    }),
    claims: fc.array(
      fc.tuple(fc.integer({ min: 1, max: 15 }), fc.option(dateIn2019And2020, { nil: undefined })),
      {
        maxLength: 3,
      },
    ),
    services: fc.array(fc.tuple(community, dateInAnyForm, fc.boolean(), fc.boolean(), fc.nat(9)), {
      maxLength: 12,
    }),
    events: fc.array(
      fc.tuple(
        community,
        dateIn2019And2020,
        fc.constantFrom(
          "major-arrangement",
          "committee-election",
          "yizheng-sanyi-liang-gongkai",
          "specialty-activity",
        ),
        fc.boolean(),
      ),
      { maxLength: 4 },
    ),
    feedback: fc.array(
      fc.tuple(
        dateIn2019And2020,
        fc.constantFrom("outstanding", "negative"),
        fc.constantFrom("social-morality", "family-virtue", "other"),
        fc.constantFrom("pending", "verified", "unfounded"),
        fc.option(dateIn2019And2020, { nil: undefined }),
      ),
      { maxLength: 3 },
    ),
    selfReports: fc.array(fc.tuple(fc.constantFrom(2019, 2020), fc.boolean(), fc.boolean()), {
      maxLength: 2,
    }),
  })
  .map((g): MemberRecordsInput => {
    const memberId = "m1";
    return {
      member: {
        id: memberId,
        name: "测试党员",
        unitId: "u1",
        branchId: "b1",
        inService: g.inService,
        ...(g.inScopeFrom !== undefined && { inScopeFrom: g.inScopeFrom }),
        cadreCandidateYears: g.cadre,
      },
      residences: g.residences.map(([c, from], i) => ({ id: `res-${i}`, memberId, ...c, from })),
      reports: g.reports.map(([c, date, receipt], i) => ({
        id: `rep-${i}`,
        memberId,
        date,
        communityId: c.communityId,
        ...(receipt !== undefined && { receiptHandedInOn: receipt }),
      })),
      postClaims: g.claims.map(([postCode, date], i) => ({
        id: `claim-${i}`,
        memberId,
        postCode,
        ...(postCode === 15 && { otherText: "社区图书角管理" }),
        ...(date !== undefined && { date }),
      })),
      services: g.services.map(([c, date, power, resources, post], i) => ({
        id: `svc-${i}`,
        memberId,
        date,
        communityId: c.communityId,
        postCode: post + 1,
        content: "志愿服务",
        // Flags are rare in real registers.
        usedPublicPower: power && post === 0,
        usedUnitResources: resources && post === 1,
      })),
      communityEvents: g.events.map(([c, date, kind], i) => ({
        id: `evt-${i}`,
        communityId: c.communityId,
        date,
        kind,
        title: "居委会换届选举",
      })),
      attendances: g.events.flatMap(([, , , attended], i) =>
        attended ? [{ id: `att-${i}`, eventId: `evt-${i}`, memberId }] : [],
      ),
      feedback: g.feedback.map(([date, kind, area, status, statusDate], i) => ({
        id: `fb-${i}`,
        memberId,
        date,
        kind,
        area,
        status,
        ...(statusDate !== undefined && { statusDate }),
      })),
      selfReports: g.selfReports.map(([year, reported, explained], i) => ({
        id: `self-${i}`,
        memberId,
        year,
        reportedToOrganisation: reported,
        explainedAtLifeMeeting: explained,
      })),
    };
  });

/** Validated records of one member. */
export const memberRecordsArbitrary: fc.Arbitrary<MemberRecords> = memberRecordsInputArbitrary.map((input) =>
  MemberRecords.parse(input),
);

/** An assessment year and, half the time, an as-of date. */
export const assessOptionsArbitrary = fc.record({
  year: fc.constantFrom(2019, 2020),
  asOf: fc.option(dateIn2019And2020, { nil: undefined }),
});
