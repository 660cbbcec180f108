import { describe, expect, it } from "vitest";
import { defineEdition } from "../../editions/defineEdition";
import { claim, memberRecords, reportOn, serviceOn } from "../testing/memberRecordsBuilder";
import { CITY, verdictOf } from "../testing/verdictOf";

// ZZ47-BD 三(四): "没有报到或参加活动没有达到次数要求，或在社会公德、家庭美德等方面有负面反映、并经调查属实的，
// 当年度的民主评议党员、个人年度考核均不能评为“优秀”等次".
const good = {
  reports: [reportOn("2019-10-20")],
  postClaims: [claim()],
  services: [serviceOn("2019-10-12"), serviceOn("2019-11-09")],
};

describe("M-NOT-EXCELLENT", () => {
  it("nothing bars 优秀 for a member who reported, served twice and has no negative report", () => {
    const verdict = verdictOf(memberRecords(good), "M-NOT-EXCELLENT");
    expect(verdict).toMatchObject({ status: "met", facts: { ratings: ["民主评议党员", "个人年度考核"] } });
  });

  it("没有报到: a member who never reported cannot be rated 优秀 in either rating", () => {
    const verdict = verdictOf(memberRecords({ ...good, reports: [] }), "M-NOT-EXCELLENT");
    expect(verdict).toMatchObject({ status: "unmet", reason: "barred", triggeredBy: ["M-REPORT:missing"] });
    expect(verdict.explanation.zh).toContain("民主评议党员、个人年度考核均不能评为“优秀”");
  });

  it("参加活动没有达到次数要求: one service short bars 优秀", () => {
    const verdict = verdictOf(
      memberRecords({ ...good, services: [serviceOn("2019-10-12")] }),
      "M-NOT-EXCELLENT",
    );
    expect(verdict.triggeredBy).toEqual(["M-SERVICE-YEAR:count-short"]);
    expect(verdict.recordIds).toContain("svc-2019-10-12");
  });

  it("a late report does not bar 优秀 by default, and does under an edition that says so", () => {
    const late = memberRecords({ ...good, reports: [reportOn("2019-11-05")] });
    expect(verdictOf(late, "M-NOT-EXCELLENT").status).toBe("met");
    const strict = defineEdition({
      ...CITY,
      id: "late-blocks",
      parameters: {
        ...CITY.parameters,
        member: { ...CITY.parameters.member, lateReportBlocksExcellent: true },
      },
    });
    expect(verdictOf(late, "M-NOT-EXCELLENT", { edition: strict }).triggeredBy).toEqual(["M-REPORT:late"]);
  });

  // RULES.md, "Not yet due is pending": "A consequence treats a `pending` duty
  // as no trigger yet, and is provisional while the year is open."
  it("a service count short before the year's end is no trigger yet, only provisional", () => {
    const short = memberRecords({ ...good, services: [serviceOn("2019-10-12")] });
    expect(verdictOf(short, "M-NOT-EXCELLENT", { asOf: "2019-12-01" })).toMatchObject({
      status: "pending",
      facts: {
        blocked: false,
        provisional: true,
        triggers: [],
        pending: [
          { ruleId: "M-SERVICE-YEAR", reason: "not-yet-due", until: "2019-12-31" },
          { ruleId: "M-NOT-EXCELLENT", reason: "year-not-over", until: "2019-12-31" },
        ],
      },
    });
    expect(verdictOf(short, "M-NOT-EXCELLENT")).toMatchObject({
      status: "unmet",
      facts: {
        blocked: true,
        provisional: false,
        triggers: [{ ruleId: "M-SERVICE-YEAR", reason: "count-short" }],
        pending: [],
      },
    });
  });

  it("is provisional while the year is open", () => {
    expect(verdictOf(memberRecords(good), "M-NOT-EXCELLENT", { asOf: "2019-12-01" })).toMatchObject({
      status: "pending",
      triggeredBy: ["year-not-over"],
    });
  });
});
