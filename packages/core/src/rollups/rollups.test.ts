import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessMember } from "../member/assessMember";
import type { MemberAssessment } from "../member/memberAssessment";
import { memberRecordsArbitrary } from "../member/testing/memberArbitraries";
import { claim, memberRecords, reportOn, serviceOn } from "../member/testing/memberRecordsBuilder";
import { CITY, HEALTH_COMMISSION } from "../member/testing/verdictOf";
import type { MemberRecords } from "../model/memberRecords";
import { decideStatsTable } from "./decideStatsTable";
import { organisationReport } from "./organisationReport";
import { NO_BRANCH_LINE_NAME, statisticsTable } from "./statisticsTable";

/** Member `id` of branch `branchId`, or of no branch when it is undefined. */
function as(id: string, branchId: string | undefined, records: MemberRecords): MemberRecords {
  const { branchId: _template, ...rest } = records.member;
  const member = { ...rest, id, ...(branchId !== undefined && { branchId }) };
  const own = <T extends { memberId: string }>(list: T[]) => list.map((r) => ({ ...r, memberId: id }));
  return {
    ...records,
    member,
    residences: own(records.residences),
    reports: own(records.reports),
    postClaims: own(records.postClaims),
    services: own(records.services),
    attendances: own(records.attendances),
    feedback: own(records.feedback),
    selfReports: own(records.selfReports),
  };
}

const assess = (records: MemberRecords[], asOf?: string) =>
  records.map((r) => assessMember(r, HEALTH_COMMISSION, { year: 2019, ...(asOf && { asOf }) }));

describe("M-STATS-TABLE: 在职党员到居住地社区统计表", () => {
  const members = [
    as(
      "a",
      "b1",
      memberRecords({
        reports: [reportOn("2019-10-20")],
        postClaims: [claim(8)],
        services: [serviceOn("2019-10-12"), serviceOn("2019-11-02")],
      }),
    ),
    as(
      "b",
      "b1",
      memberRecords({
        reports: [reportOn("2019-10-28")],
        postClaims: [claim(8), claim(11, "c11")],
        services: [serviceOn("2019-10-12")],
      }),
    ),
    as("c", "b2", memberRecords()),
    as("d", "b2", memberRecords({ member: { inService: false } })),
  ];

  it("assesses a member without a branch and counts them on their unit's no-branch line, after the branches", () => {
    const noBranch = as("e", undefined, memberRecords({ reports: [reportOn("2019-10-20")] }));
    const [assessment] = assess([noBranch]);
    expect(assessment?.branchId).toBeNull();
    expect(assessment?.verdicts.find((v) => v.ruleId === "M-REPORT")?.status).toBe("met");
    const table = statisticsTable(assess([...members, noBranch]), HEALTH_COMMISSION, { year: 2019 });
    expect(table.rows.map((r) => [r.level, r.branchId, r.name, r.memberIds])).toEqual([
      ["unit", null, "u1", ["a", "b", "c", "e"]],
      ["branch", "b1", "b1", ["a", "b"]],
      ["branch", "b2", "b2", ["c"]],
      ["branch", null, NO_BRANCH_LINE_NAME, ["e"]],
    ]);
    expect(table.total.reportedOnTime).toBe(2);
  });

  it("counts members in scope, on time, late, not yet reported, posts by code and services per member", () => {
    const table = statisticsTable(assess(members), HEALTH_COMMISSION, {
      year: 2019,
      names: new Map([["u1", "市卫健委机关"]]),
    });
    expect(table.rows.map((r) => [r.level, r.name, r.membersInScope])).toEqual([
      ["unit", "市卫健委机关", 3],
      ["branch", "b1", 2],
      ["branch", "b2", 1],
    ]);
    expect(table.total).toMatchObject({
      membersInScope: 3,
      reportedOnTime: 1,
      reportedLate: 1,
      notYetReported: 1,
      servicesZero: 1,
      servicesOne: 1,
      servicesTwoOrMore: 1,
      memberIds: ["a", "b", "c"],
    });
    expect(table.total.reportRate).toBeCloseTo(2 / 3);
    expect(table.total.postsClaimedByCode[7]).toBe(2);
    expect(table.total.postsClaimedByCode[10]).toBe(1);
    expect(table.citation).toBe("ZZ47-BD 二(一); ZWJ31");
  });

  it("the table's own deadline: 11-10 under ZWJ31, 11-20 (end of 中旬) for the city, inclusive", () => {
    expect(decideStatsTable(HEALTH_COMMISSION, "u1", 2019, "2019-11-10").status).toBe("met");
    expect(decideStatsTable(HEALTH_COMMISSION, "u1", 2019, "2019-11-11")).toMatchObject({
      status: "unmet",
      reason: "late",
    });
    expect(decideStatsTable(CITY, "u1", 2019, "2019-11-20").status).toBe("met");
    expect(decideStatsTable(CITY, "u1", 2019, "2019-11-21").reason).toBe("late");
    expect(decideStatsTable(CITY, "u1", 2019, undefined, "2019-11-05")).toMatchObject({
      status: "pending",
      due: "2019-11-20",
    });
    expect(decideStatsTable(CITY, "u1", 2019, undefined)).toMatchObject({
      status: "unmet",
      reason: "missing",
    });
    expect(decideStatsTable(CITY, "u1", 2020, undefined).status).toBe("not-applicable");
  });

  it("roll-up totals equal the sum of the member verdicts, and branches sum to their unit", () => {
    const population = fc.array(
      fc.tuple(
        memberRecordsArbitrary,
        fc.constantFrom("u1", "u2"),
        fc.constantFrom("b1", "b2", "b3", undefined),
      ),
      {
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(population, (list) => {
        const assessments: MemberAssessment[] = list.map(([records, unitId, branchId], i) =>
          assessMember(as(`m${i}`, branchId, { ...records, member: { ...records.member, unitId } }), CITY, {
            year: 2019,
          }),
        );
        const table = statisticsTable(assessments, CITY, { year: 2019 });
        const report = (a: MemberAssessment) => a.verdicts.find((v) => v.ruleId === "M-REPORT");
        const inScope = assessments.filter((a) => report(a)?.status !== "not-applicable");
        expect(table.total.membersInScope).toBe(inScope.length);
        expect(table.total.reportedOnTime + table.total.reportedLate + table.total.notYetReported).toBe(
          inScope.length,
        );
        expect(table.total.servicesZero + table.total.servicesOne + table.total.servicesTwoOrMore).toBe(
          inScope.length,
        );
        expect(table.total.reportedOnTime).toBe(
          inScope.filter((a) => report(a)?.status === "met" && !report(a)?.reason).length,
        );
        const units = table.rows.filter((r) => r.level === "unit");
        expect(units.reduce((n, r) => n + r.membersInScope, 0)).toBe(table.total.membersInScope);
        for (const unit of units) {
          const branches = table.rows.filter((r) => r.level === "branch" && r.unitId === unit.unitId);
          for (const key of [
            "membersInScope",
            "reportedOnTime",
            "reportedLate",
            "servicesTwoOrMore",
          ] as const) {
            expect(branches.reduce((n, r) => n + r[key], 0)).toBe(unit[key]);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("M-ORG-REPORT: the organisation's yearly special report", () => {
  it("names the members who cannot be rated 优秀 and the candidates barred, with reasons", () => {
    const candidate = as("c", "b2", memberRecords({ member: { cadreCandidateYears: [2019] } }));
    const good = as(
      "a",
      "b1",
      memberRecords({
        reports: [reportOn("2019-10-20")],
        postClaims: [claim(8)],
        services: [serviceOn("2019-10-12"), serviceOn("2019-11-02")],
      }),
    );
    const report = organisationReport(assess([good, candidate]), HEALTH_COMMISSION, {
      unitId: "u1",
      year: 2019,
    });
    expect(report.members.membersInScope).toBe(2);
    expect(report.notExcellent.map((m) => [m.memberId, m.triggeredBy])).toEqual([
      ["c", ["M-REPORT:missing", "M-SERVICE-YEAR:count-short"]],
    ]);
    expect(report.barredCandidates.map((m) => m.memberId)).toEqual(["c"]);
    expect(report.citation).toBe("ZZ47-BD 三(二)");
  });
});
