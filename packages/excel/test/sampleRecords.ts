import type { DatasetInput } from "@shuangbaodao/core";

/** A small, consistent set of records of every member-programme kind. */
export function sampleRecords() {
  return {
    units: [
      { id: "U1", name: "郑州市卫生健康委员会" },
      { id: "U1-1", name: "郑州市疾病预防控制中心", parentUnitId: "U1" },
    ],
    organisations: [
      { id: "O1", unitId: "U1", name: "市卫健委机关党委", kind: "机关党委" },
      { id: "B1", unitId: "U1", name: "办公室党支部", kind: "支部", parentOrganisationId: "O1" },
      { id: "B2", unitId: "U1-1", name: "疾控中心第一党支部", kind: "支部", parentOrganisationId: "O1" },
    ],
    members: [
      { id: "M1", name: "张伟", unitId: "U1", branchId: "B1", inService: true, cadreCandidateYears: [2019] },
      { id: "M2", name: "李娜", unitId: "U1-1", branchId: "B2", inService: true, inScopeFrom: "2019-11-04" },
      { id: "M3", name: "=王芳", unitId: "U1", branchId: "B1", inService: false, cadreCandidateYears: [] },
    ],
    residences: [
      {
        id: "R1",
        memberId: "M1",
        communityId: "C-JX-01",
        communityName: "建设路社区",
        district: "金水区",
        from: "2015-03-01",
      },
      {
        id: "R2",
        memberId: "M2",
        communityId: "C-ZY-07",
        communityName: "桐柏路社区",
        district: "中原区",
        from: "2018-06-15",
      },
      {
        id: "R3",
        memberId: "M2",
        communityId: "C-JX-01",
        communityName: "建设路社区",
        district: "金水区",
        from: "2019-12-01",
      },
    ],
    reports: [
      {
        id: "P1",
        memberId: "M1",
        date: "2019-10-18",
        communityId: "C-JX-01",
        receiptHandedInOn: "2019-10-20",
      },
      { id: "P2", memberId: "M2", date: "2019-11-20", communityId: "C-ZY-07" },
    ],
    postClaims: [
      { id: "PC1", memberId: "M1", postCode: 8, date: "2019-10-18" },
      { id: "PC2", memberId: "M2", postCode: 15, otherText: "社区健康讲座" },
    ],
    services: [
      {
        id: "S1",
        memberId: "M1",
        date: "2019-11-02",
        communityId: "C-JX-01",
        postCode: 8,
        content: "义诊",
        usedPublicPower: false,
        usedUnitResources: false,
      },
      {
        id: "S2",
        memberId: "M1",
        date: "2019-12-14",
        communityId: "C-JX-01",
        content: "+垃圾分类宣传",
        usedPublicPower: false,
        usedUnitResources: true,
      },
    ],
    communityEvents: [
      {
        id: "E1",
        communityId: "C-JX-01",
        date: "2019-11-30",
        kind: "committee-election",
        title: "居委会换届选举",
      },
    ],
    attendances: [{ id: "A1", eventId: "E1", memberId: "M1" }],
    feedback: [
      {
        id: "F1",
        memberId: "M2",
        date: "2019-12-05",
        kind: "negative",
        area: "family-virtue",
        status: "pending",
        note: "@待核实",
      },
    ],
    selfReports: [
      {
        id: "SR1",
        memberId: "M1",
        year: 2019,
        reportedToOrganisation: true,
        explainedAtLifeMeeting: false,
        date: "2019-12-28",
      },
    ],
  } satisfies DatasetInput;
}
