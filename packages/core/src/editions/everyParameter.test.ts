import { describe, expect, it } from "vitest";
import type { MemberRuleId } from "../member/memberAssessment";
import {
  claim,
  HOME,
  memberRecords,
  OTHER,
  reportOn,
  serviceOn,
} from "../member/testing/memberRecordsBuilder";
import { verdictOf } from "../member/testing/verdictOf";
import type { MemberRecords } from "../model/memberRecords";
import type { Verdict } from "../model/verdict";
import { decideStatsTable } from "../rollups/decideStatsTable";
import { defineEdition } from "./defineEdition";
import type { Edition } from "./edition";
import { setValueAt } from "./leafPaths";
import { PARAMETER_SPECS } from "./parameterSpecs";
import { zhengzhou2019 } from "./zhengzhou2019";

/** The city edition with one parameter changed. */
function withParameter(path: string, value: unknown): Edition {
  const parameters = structuredClone(zhengzhou2019.parameters);
  setValueAt(parameters, path, value);
  return defineEdition({ ...zhengzhou2019, id: "test-edition", parameters });
}

const base = {
  reports: [reportOn("2019-10-20")],
  postClaims: [claim()],
  services: [serviceOn("2019-10-12"), serviceOn("2019-11-09")],
};
const moved = (reReport?: string) =>
  memberRecords({
    ...base,
    residences: [
      { id: "r1", memberId: "m1", ...HOME, from: "2015-01-01" },
      { id: "r2", memberId: "m1", ...OTHER, from: "2019-11-10" },
    ],
    services: [serviceOn("2019-10-12"), serviceOn("2019-10-13")],
    reports: [reportOn("2019-10-20"), ...(reReport ? [reportOn(reReport, "new", OTHER.communityId)] : [])],
  });
const negative = (
  area: "social-morality" | "family-virtue" | "other",
  status: "pending" | "verified" | "unfounded",
) => ({
  id: "fb",
  memberId: "m1",
  date: "2019-11-01",
  kind: "negative" as const,
  area,
  status,
});

interface Case {
  value: unknown;
  records: MemberRecords;
  rule: MemberRuleId;
  /** For a rule outside the member-year assessment: how to decide it under an edition. */
  decide?: (edition: Edition) => Verdict;
  year?: number;
  /** Status (and reason) under the city edition, then under the changed one. */
  before: string;
  after: string;
}

/** For every member parameter: a member whose verdict follows the parameter. */
const CASES: Record<string, Case> = {
  "member.programmeStart": {
    value: "2020-01-01",
    records: memberRecords(),
    rule: "M-REPORT",
    before: "unmet/missing",
    after: "not-applicable/before-programme",
  },
  "member.reportDeadline": {
    value: "2019-11-15",
    records: memberRecords({ reports: [reportOn("2019-11-10")] }),
    rule: "M-REPORT",
    before: "unmet/late",
    after: "met",
  },
  "member.reReportGraceMonths": {
    value: 2,
    records: moved("2019-12-20"),
    rule: "M-REREPORT",
    before: "unmet/late",
    after: "met",
  },
  "member.lateReportBlocksExcellent": {
    value: true,
    records: memberRecords({ ...base, reports: [reportOn("2019-11-05")] }),
    rule: "M-NOT-EXCELLENT",
    before: "met",
    after: "unmet/barred",
  },
  "member.missingReReportBlocksExcellent": {
    value: false,
    records: moved(),
    rule: "M-NOT-EXCELLENT",
    before: "unmet/barred",
    after: "met",
  },
  "member.lateReReportBlocksExcellent": {
    value: true,
    records: moved("2019-12-20"),
    rule: "M-NOT-EXCELLENT",
    before: "met",
    after: "unmet/barred",
  },
  "member.postsToClaim": {
    value: 2,
    records: memberRecords(base),
    rule: "M-CLAIM-POST",
    before: "met",
    after: "unmet/count-short",
  },
  "member.servicesPerYear": {
    value: 3,
    records: memberRecords(base),
    rule: "M-SERVICE-YEAR",
    before: "met",
    after: "unmet/count-short",
  },
  "member.serviceMustBeInResidenceCommunity": {
    value: false,
    records: memberRecords({
      ...base,
      services: [serviceOn("2019-10-12"), serviceOn("2019-10-13", "x", { communityId: OTHER.communityId })],
    }),
    rule: "M-SERVICE-YEAR",
    before: "unmet/count-short",
    after: "met",
  },
  "member.proRateServicesForLateJoiners": {
    value: true,
    records: memberRecords({ member: { inScopeFrom: "2020-11-01" }, services: [serviceOn("2020-11-20")] }),
    rule: "M-SERVICE-YEAR",
    year: 2020,
    before: "unmet/count-short",
    after: "met",
  },
  "member.excludeServiceUsingPublicPower": {
    value: false,
    records: memberRecords({
      ...base,
      services: [serviceOn("2019-10-12"), serviceOn("2019-10-13", "p", { usedPublicPower: true })],
    }),
    rule: "M-SERVICE-YEAR",
    before: "unmet/count-short",
    after: "met",
  },
  "member.excludeServiceUsingUnitResources": {
    value: false,
    records: memberRecords({
      ...base,
      services: [serviceOn("2019-10-12"), serviceOn("2019-10-13", "r", { usedUnitResources: true })],
    }),
    rule: "M-SERVICE-YEAR",
    before: "unmet/count-short",
    after: "met",
  },
  "member.pendingInvestigation": {
    value: "as-verified",
    records: memberRecords({ ...base, feedback: [negative("family-virtue", "pending")] }),
    rule: "M-FEEDBACK",
    before: "pending/investigation-pending",
    after: "unmet/pending-treated-as-verified",
  },
  "member.negativeFeedbackAreas": {
    value: ["social-morality", "family-virtue"],
    records: memberRecords({ ...base, feedback: [negative("other", "verified")] }),
    rule: "M-FEEDBACK",
    before: "unmet/verified-negative",
    after: "met",
  },
  "member.fourMustsAffectRating": {
    value: true,
    records: memberRecords({
      ...base,
      communityEvents: [
        {
          id: "e",
          communityId: HOME.communityId,
          date: "2019-11-05",
          kind: "committee-election" as const,
          title: "换届",
        },
      ],
    }),
    rule: "M-NOT-EXCELLENT",
    before: "met",
    after: "unmet/barred",
  },
  // The table's own deadline (M-STATS-TABLE) is decided outside the member-year assessment.
  "member.statsTableDeadline": {
    value: "2019-11-10",
    records: memberRecords(),
    rule: "M-REPORT",
    decide: (edition) => decideStatsTable(edition, "u1", 2019, "2019-11-15"),
    before: "met",
    after: "unmet/late",
  },
  "member.selfReportRequired": {
    value: false,
    records: memberRecords(),
    rule: "M-SELF-REPORT",
    before: "unmet/missing",
    after: "not-applicable/not-required",
  },
};

const statusOf = (v: { status: string; reason?: string }) =>
  v.reason ? `${v.status}/${v.reason}` : v.status;

describe("every parameter of an edition changes the verdicts that read it", () => {
  it("has a case for every member parameter", () => {
    const memberPaths = PARAMETER_SPECS.map((s) => s.path).filter((p) => p.startsWith("member."));
    expect(memberPaths.filter((p) => !(p in CASES))).toEqual([]);
  });

  for (const [path, c] of Object.entries(CASES)) {
    it(`${path} = ${JSON.stringify(c.value)} moves ${c.rule} from ${c.before} to ${c.after}`, () => {
      const year = c.year ?? 2019;
      const decide = c.decide ?? ((edition: Edition) => verdictOf(c.records, c.rule, { year, edition }));
      expect(statusOf(decide(zhengzhou2019))).toBe(c.before);
      const changed = decide(withParameter(path, c.value));
      expect(statusOf(changed)).toBe(c.after);
      expect(changed.edition.id).toBe("test-edition");
    });
  }
});
