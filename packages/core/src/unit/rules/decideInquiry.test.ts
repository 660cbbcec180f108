import { describe, expect, it } from "vitest";
import { defineEdition } from "../../editions/defineEdition";
import { zhengzhou2019 as CITY } from "../../editions/zhengzhou2019";
import { assess } from "../testing/assess";
import { COMMUNITY, exemplaryUnit2019, unitRecords } from "../testing/unitRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

type Status = "pending" | "verified" | "unfounded";
const answer = (status?: Status, extra: Record<string, unknown> = {}) => ({
  id: `inq-${status ?? "ok"}`,
  unitId: "u1",
  year: 2019,
  respondentKind: "community" as const,
  respondentId: COMMUNITY.communityId,
  date: "2019-12-28",
  reportsProblem: status !== undefined,
  ...(status && { status }),
  ...extra,
});
const withReading = (pendingInvestigation: "ignore" | "provisional" | "as-verified") =>
  defineEdition({
    ...CITY,
    id: `inquiry-${pendingInvestigation}`,
    parameters: { ...CITY.parameters, unit: { ...CITY.parameters.unit, pendingInvestigation } },
  });

describe("U-INQUIRY (ZZ47-GJ 四.1 每年底……发出情况征询单; 四.4 有负面反映的，经调查属实)", () => {
  it("is met when the answers report no problem", () => {
    const v = verdictOf(assess(unitRecords({ inquiryAnswers: [answer()] })), "U-INQUIRY");
    expect(v.status).toBe("met");
    expect(v.recordIds).toEqual(["inq-ok"]);
    expect(v.facts.respondents).toEqual(["community:fengchan-dongfeng"]);
  });

  it("is a negative report once a reported problem is verified", () => {
    const v = verdictOf(assess(unitRecords({ inquiryAnswers: [answer("verified")] })), "U-INQUIRY");
    expect(v.status).toBe("unmet");
    expect(v.reason).toBe("negative-report");
    expect(v.facts.negative).toEqual(["inq-verified"]);
  });

  it("sets aside an unfounded problem", () => {
    const v = verdictOf(assess(unitRecords({ inquiryAnswers: [answer("unfounded")] })), "U-INQUIRY");
    expect(v.status).toBe("met");
    expect(v.excluded.map((e) => e.reason)).toEqual(["unfounded"]);
  });

  it("treats a problem under investigation as the edition says", () => {
    const records = unitRecords({ inquiryAnswers: [answer("pending")] });
    expect(verdictOf(assess(records), "U-INQUIRY").status).toBe("pending");
    expect(verdictOf(assess(records, { edition: withReading("ignore") }), "U-INQUIRY").status).toBe("met");
    const asVerified = verdictOf(assess(records, { edition: withReading("as-verified") }), "U-INQUIRY");
    expect(asVerified.status).toBe("unmet");
    expect(asVerified.reason).toBe("pending-treated-as-verified");
  });

  it("does not know a verification dated after the as-of date", () => {
    const records = unitRecords({ inquiryAnswers: [answer("verified", { statusDate: "2020-01-20" })] });
    expect(verdictOf(assess(records, { asOf: "2020-01-10" }), "U-INQUIRY").status).toBe("pending");
    expect(verdictOf(assess(records, { asOf: "2020-01-20" }), "U-INQUIRY").status).toBe("unmet");
  });

  it("reads only the answers about the assessed year", () => {
    const records = unitRecords({ inquiryAnswers: [answer("verified", { year: 2020, date: "2020-12-28" })] });
    expect(verdictOf(assess(records), "U-INQUIRY").status).toBe("not-applicable");
    expect(verdictOf(assess(records, { year: 2020 }), "U-INQUIRY").status).toBe("unmet");
  });

  it("is pending before the year-end inquiry and not applicable with no answer after it", () => {
    expect(verdictOf(assess(unitRecords(), { asOf: "2019-11-01" }), "U-INQUIRY").reason).toBe("not-yet-due");
    expect(verdictOf(assess(unitRecords()), "U-INQUIRY").reason).toBe("no-answer");
  });

  it("a verified negative answer bars awards and triggers supervision for an otherwise exemplary unit", () => {
    const a = assess(exemplaryUnit2019({ inquiryAnswers: [answer("verified")] }));
    expect(verdictOf(a, "U-AWARD-BAR").reason).toBe("negative-report");
    expect(verdictOf(a, "U-SUPERVISE").reason).toBe("no-result");
  });
});
