import { describe, expect, it } from "vitest";
import { claim, memberRecords, reportOn, serviceOn } from "../testing/memberRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

// ZZ47-BD 三(四): "被列入组织考察对象的，考察组要到社区实地调查走访，对有上述情况的，取消考察资格".
const candidate = { cadreCandidateYears: [2019] };
const good = {
  member: candidate,
  reports: [reportOn("2019-10-20")],
  postClaims: [claim()],
  services: [serviceOn("2019-10-12"), serviceOn("2019-11-09")],
};

describe("M-CADRE-BAR", () => {
  it("cancels the candidacy of a candidate with a trigger, with the community visit task", () => {
    const verdict = verdictOf(memberRecords({ ...good, services: [] }), "M-CADRE-BAR");
    expect(verdict).toMatchObject({
      status: "unmet",
      reason: "candidacy-cancelled",
      triggeredBy: ["M-SERVICE-YEAR:count-short"],
    });
    expect(verdict.tasks).toEqual([
      {
        kind: "community-visit",
        zh: "考察组到金水区丰庆路社区实地调查走访",
        en: "the inspection team visits 金水区丰庆路社区 in person",
      },
    ]);
  });

  it("keeps the candidacy when nothing bars it, and still requires the visit", () => {
    const verdict = verdictOf(memberRecords(good), "M-CADRE-BAR");
    expect(verdict.status).toBe("met");
    expect(verdict.tasks.map((t) => t.kind)).toEqual(["community-visit"]);
  });

  it("does not apply to a member who is not a candidate that year", () => {
    expect(verdictOf(memberRecords(good), "M-CADRE-BAR", { year: 2020 })).toMatchObject({
      status: "not-applicable",
      tasks: [],
    });
  });
});
