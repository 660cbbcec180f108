import type { AuditDatasetInput } from "../audit/auditDataset";

/**
 * A small, clean audit dataset with records of every kind, all references
 * holding: two units (one subordinate), their party organisations, four
 * members and a year of their records, the unit programme's records and
 * visits. The conformance cases are built from it.
 */
export function cleanRecords(): Required<AuditDatasetInput> {
  const home = { communityId: "c-fengqing", communityName: "丰庆路社区", district: "金水区" };
  const member = (id: string, unitId: string, branchId: string) => ({
    id,
    name: `党员${id}`,
    unitId,
    branchId,
    inService: true,
  });
  return {
    units: [
      { id: "u-wjw", name: "市卫健委机关" },
      { id: "u-cdc", name: "市疾控中心", parentUnitId: "u-wjw" },
    ],
    organisations: [
      { id: "o-wjw", unitId: "u-wjw", name: "市卫健委机关党委", kind: "机关党委" },
      { id: "b-wjw-1", unitId: "u-wjw", name: "第一支部", kind: "支部", parentOrganisationId: "o-wjw" },
      { id: "b-cdc-1", unitId: "u-cdc", name: "疾控第一支部", kind: "支部" },
    ],
    members: [
      member("m1", "u-wjw", "b-wjw-1"),
      { ...member("m2", "u-wjw", "b-wjw-1"), cadreCandidateYears: [2019] },
      member("m3", "u-cdc", "b-cdc-1"),
      { ...member("m4", "u-cdc", "b-cdc-1"), inScopeFrom: "2019-11-20" },
    ],
    residences: [
      { id: "r1", memberId: "m1", ...home, from: "2015-01-01" },
      { id: "r2", memberId: "m2", ...home, from: "2016-05-01" },
      {
        id: "r3",
        memberId: "m3",
        communityId: "c-wenhua",
        communityName: "文化路社区",
        district: "金水区",
        from: "2010-01-01",
      },
      { id: "r3b", memberId: "m3", ...home, from: "2019-11-01" },
      {
        id: "r4",
        memberId: "m4",
        communityId: "c-jiefang",
        communityName: "解放路社区",
        district: "二七区",
        from: "2018-03-01",
      },
    ],
    reports: [
      {
        id: "rep1",
        memberId: "m1",
        date: "2019-10-20",
        communityId: "c-fengqing",
        receiptHandedInOn: "2019-10-22",
      },
      { id: "rep2", memberId: "m2", date: "2019-10-28", communityId: "c-fengqing" },
      {
        id: "rep3",
        memberId: "m3",
        date: "2019-10-10",
        communityId: "c-wenhua",
        receiptHandedInOn: "2019-10-12",
      },
      { id: "rep3b", memberId: "m3", date: "2019-11-25", communityId: "c-fengqing" },
    ],
    postClaims: [
      { id: "p1", memberId: "m1", postCode: 4, date: "2019-10-20" },
      { id: "p3", memberId: "m3", postCode: 15, otherText: "社区图书角整理" },
    ],
    services: [
      {
        id: "s1",
        memberId: "m1",
        date: "2019-11-02",
        communityId: "c-fengqing",
        postCode: 4,
        content: "清扫楼道",
      },
      {
        id: "s2",
        memberId: "m1",
        date: "2019-12-07T10:00:00+08:00",
        communityId: "c-fengqing",
        content: "垃圾分类督导",
      },
      {
        id: "s3",
        memberId: "m2",
        date: "2019-11-09",
        communityId: "c-fengqing",
        content: "义诊",
        usedUnitResources: true,
      },
      { id: "s4", memberId: "m3", date: "2019-10-19", communityId: "c-wenhua", content: "整理图书" },
    ],
    communityEvents: [
      {
        id: "e1",
        communityId: "c-fengqing",
        date: "2019-11-15",
        kind: "committee-election",
        title: "居委会换届选举",
      },
      {
        id: "e2",
        communityId: "c-wenhua",
        date: "2019-10-26",
        kind: "major-arrangement",
        title: "社区工作部署会",
      },
    ],
    attendances: [
      { id: "a1", eventId: "e1", memberId: "m1" },
      { id: "a2", eventId: "e2", memberId: "m3" },
    ],
    feedback: [
      {
        id: "f1",
        memberId: "m1",
        date: "2019-11-20",
        kind: "outstanding",
        area: "social-morality",
        status: "verified",
      },
      {
        id: "f2",
        memberId: "m2",
        date: "2019-12-01",
        kind: "negative",
        area: "family-virtue",
        status: "pending",
        note: "邻里纠纷",
      },
    ],
    selfReports: [
      { id: "sr1", memberId: "m1", year: 2019, reportedToOrganisation: true, explainedAtLifeMeeting: true },
    ],
    unitScopes: [{ id: "us-cdc", unitId: "u-cdc", inScopeFrom: "2019-09-01" }],
    streetReports: [
      { id: "st1", unitId: "u-wjw", streetId: "s-fengchan", streetName: "丰产路街道", date: "2019-09-10" },
      { id: "st2", unitId: "u-cdc", streetId: "s-wenhua", date: "2019-10-15" },
    ],
    designations: [
      { id: "d1", unitId: "u-wjw", streetId: "s-fengchan", communityId: "c-fengqing", date: "2019-09-15" },
    ],
    pairings: [{ id: "pa1", unitId: "u-wjw", communityId: "c-fengqing", agreementDate: "2019-09-20" }],
    receipts: [
      { id: "rc1", unitId: "u-wjw", streetReportId: "st1", handedInOn: "2019-09-12", recipient: "工委" },
      { id: "rc2", unitId: "u-cdc", handedInOn: "2019-10-16", recipient: "机关党委" },
    ],
    activities: [
      {
        id: "ac1",
        unitId: "u-wjw",
        kind: "volunteer-service",
        date: "2019-10-12",
        place: "丰庆路社区",
        project: "环境整治",
        content: "清理小广告",
        participants: ["党员m1", "党员m2"],
        signedAndStamped: true,
        counterpartId: "c-fengqing",
        online: { activityDate: "2019-10-12", kind: "volunteer-service", hasPicture: true, hasText: true },
      },
      {
        id: "ac2",
        unitId: "u-wjw",
        kind: "joint-meeting",
        date: "2019-11-05T09:30",
        signedAndStamped: false,
        meetingBody: "street-joint-meeting",
      },
    ],
    lists: [
      {
        id: "l1",
        unitId: "u-wjw",
        kind: "projects",
        date: "2019-10-01",
        items: [{ title: "老旧小区改造", agreementDate: "2019-10-08" }],
      },
    ],
    inquiryAnswers: [
      {
        id: "ia1",
        unitId: "u-wjw",
        year: 2019,
        respondentKind: "community",
        respondentId: "c-fengqing",
        date: "2019-12-20",
        reportsProblem: false,
      },
    ],
    visits: [
      { id: "v1", memberId: "m1", date: "2019-12-05", kind: "field-visit" },
      { id: "v2", memberId: "m3", date: "2019-12-06", kind: "phone" },
    ],
  };
}
