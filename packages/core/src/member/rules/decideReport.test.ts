import { describe, expect, it } from "vitest";
import { claim, memberRecords, OTHER, reportOn } from "../testing/memberRecordsBuilder";
import { CITY, HEALTH_COMMISSION, verdictOf } from "../testing/verdictOf";

// ZZ47-BD 二(一): "在职党员 10 月底前……到居住地社区党组织报到"; ZWJ31: "10月25日前完成".
describe("M-REPORT", () => {
  it("is met for a report on the deadline day and late the day after (city: 10-31)", () => {
    const onTime = verdictOf(memberRecords({ reports: [reportOn("2019-10-31")] }), "M-REPORT");
    expect(onTime).toMatchObject({ status: "met", ruleId: "M-REPORT", edition: { id: CITY.id } });
    expect(onTime.citations.map((c) => c.text)).toContain("ZZ47-BD 二(一)");
    expect(onTime.facts).toMatchObject({ deadline: "2019-10-31", reportDate: "2019-10-31" });
    expect(onTime.recordIds).toEqual(["rep-2019-10-31"]);

    const late = verdictOf(memberRecords({ reports: [reportOn("2019-11-01")] }), "M-REPORT");
    expect(late).toMatchObject({ status: "unmet", reason: "late" });
    expect(late.explanation.en).toContain("after the deadline 2019-10-31");
  });

  it("uses the department's tighter deadline 10-25 under ZWJ31", () => {
    const records = (date: string) => memberRecords({ reports: [reportOn(date)] });
    const opts = { edition: HEALTH_COMMISSION };
    expect(verdictOf(records("2019-10-25"), "M-REPORT", opts).status).toBe("met");
    expect(verdictOf(records("2019-10-26"), "M-REPORT", opts)).toMatchObject({
      status: "unmet",
      reason: "late",
    });
    expect(verdictOf(records("2019-10-26"), "M-REPORT", opts).edition).toEqual({
      id: "zhengzhou-2019-health-commission",
      version: "1.0.0",
    });
  });

  it("reads a date-time with an offset as the Shanghai calendar date", () => {
    // 2019-10-31T20:00:00Z is 2019-11-01 04:00 in Shanghai: late.
    const verdict = verdictOf(memberRecords({ reports: [reportOn("2019-10-31T20:00:00Z")] }), "M-REPORT");
    expect(verdict).toMatchObject({ status: "unmet", reason: "late", facts: { reportDate: "2019-11-01" } });
  });

  it("tells missing (none by year end) from overdue (none yet, year still open) and not yet due", () => {
    const none = memberRecords();
    expect(verdictOf(none, "M-REPORT")).toMatchObject({
      status: "unmet",
      reason: "missing",
      provisional: false,
    });
    const overdue = verdictOf(none, "M-REPORT", { asOf: "2019-11-15" });
    expect(overdue).toMatchObject({ status: "unmet", reason: "overdue", provisional: true });
    expect(overdue.fix?.by).toBe("2019-12-31");
    const early = verdictOf(none, "M-REPORT", { asOf: "2019-10-20" });
    expect(early).toMatchObject({ status: "pending", reason: "not-yet-due" });
    expect(early.fix).toMatchObject({ by: "2019-10-31" });
    expect(early.due).toBe("2019-10-31");
    expect(early.fix?.zh).toContain("金水区丰庆路社区");
  });

  it("does not count a report to a community the member did not live in, and says why", () => {
    const verdict = verdictOf(
      memberRecords({ reports: [reportOn("2019-10-20", "rep-x", OTHER.communityId)] }),
      "M-REPORT",
    );
    expect(verdict).toMatchObject({ status: "unmet", reason: "missing" });
    expect(verdict.excluded).toEqual([
      expect.objectContaining({ recordId: "rep-x", reason: "not-residence-community" }),
    ]);
  });

  it("is a one-time duty: a report made in 2019 keeps 2020 met, even a late one", () => {
    expect(
      verdictOf(memberRecords({ reports: [reportOn("2019-10-20")] }), "M-REPORT", { year: 2020 }).status,
    ).toBe("met");
    expect(
      verdictOf(memberRecords({ reports: [reportOn("2019-11-20")] }), "M-REPORT", { year: 2020 }),
    ).toMatchObject({
      status: "met",
      reason: "reported-in-earlier-year",
    });
    expect(verdictOf(memberRecords(), "M-REPORT", { year: 2020 })).toMatchObject({ reason: "missing" });
  });

  it("gives a member who comes into scope later the re-report grace from that date (01-31 → 02-29 in 2020)", () => {
    const member = { inScopeFrom: "2020-01-31" };
    const on = verdictOf(memberRecords({ member, reports: [reportOn("2020-02-29")] }), "M-REPORT", {
      year: 2020,
    });
    expect(on).toMatchObject({ status: "met", facts: { deadline: "2020-02-29", inScopeFrom: "2020-01-31" } });
    const after = verdictOf(memberRecords({ member, reports: [reportOn("2020-03-01")] }), "M-REPORT", {
      year: 2020,
    });
    expect(after).toMatchObject({ status: "unmet", reason: "late" });
    expect(verdictOf(memberRecords({ member }), "M-REPORT", { year: 2019 })).toMatchObject({
      status: "not-applicable",
      reason: "not-yet-in-scope",
    });
  });

  // RULES.md, "A deadline after the end of the year": "a member in scope from
  // 12-10 whose report is due within the grace, in January ... is judged in the
  // assessment year in which its deadline falls: `pending` in the earlier year
  // (no trigger there, and it leaves that year's consequences final once the
  // year is over), and met, late or missing in the year of the deadline".
  it("judges a report due in January in that year: pending in 2020, met, late or missing in 2021", () => {
    const member = { inScopeFrom: "2020-12-10" };
    const none = memberRecords({ member, postClaims: [claim()], services: [] });
    expect(verdictOf(none, "M-REPORT", { year: 2020 })).toMatchObject({
      status: "pending",
      reason: "due-next-year",
      provisional: false,
      due: "2021-01-10",
    });
    const notExcellent = verdictOf(none, "M-NOT-EXCELLENT", { year: 2020 });
    expect(notExcellent.triggeredBy).not.toContain("M-REPORT:missing");
    expect(notExcellent.provisional).toBe(false);
    expect(verdictOf(none, "M-REPORT", { year: 2020, asOf: "2020-12-20" })).toMatchObject({
      status: "pending",
      reason: "due-next-year",
      provisional: true,
    });
    expect(verdictOf(none, "M-REPORT", { year: 2021 })).toMatchObject({ status: "unmet", reason: "missing" });
    const onTime = memberRecords({ member, reports: [reportOn("2021-01-10")] });
    expect(verdictOf(onTime, "M-REPORT", { year: 2021 }).status).toBe("met");
    const late = memberRecords({ member, reports: [reportOn("2021-01-11")] });
    expect(verdictOf(late, "M-REPORT", { year: 2021 })).toMatchObject({ status: "unmet", reason: "late" });
    const inDecember = memberRecords({ member, reports: [reportOn("2020-12-15")] });
    expect(verdictOf(inDecember, "M-REPORT", { year: 2020 }).status).toBe("met");
  });

  it("does not apply to members who are not in service, nor before the programme", () => {
    expect(verdictOf(memberRecords({ member: { inService: false } }), "M-REPORT")).toMatchObject({
      status: "not-applicable",
      reason: "not-in-service",
    });
    expect(verdictOf(memberRecords(), "M-REPORT", { year: 2018 })).toMatchObject({
      status: "not-applicable",
      reason: "before-programme",
    });
  });
});
