import { describe, expect, it } from "vitest";
import { assess } from "../testing/assess";
import { exemplaryUnit2019 } from "../testing/unitRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

describe("U-AWARD-BAR (ZZ47-GJ 四.4: 达不到要求或有负面反映的，经调查属实，取消评先推优资格)", () => {
  it("keeps an exemplary unit eligible", () => {
    const v = verdictOf(assess(exemplaryUnit2019()), "U-AWARD-BAR");
    expect(v.status).toBe("met");
  });

  it.each([
    ["U-REPORT-STREET", { streetReports: [] }, "U-REPORT-STREET:missing"],
    ["U-PAIR-COMMUNITY", { pairings: [] }, "U-PAIR-COMMUNITY:missing"],
    ["U-RECEIPT", { receipts: [] }, "U-RECEIPT:missing"],
  ])("falls short when %s is unmet", (_, overrides, trigger) => {
    const v = verdictOf(assess(exemplaryUnit2019(overrides)), "U-AWARD-BAR");
    expect(v.status).toBe("unmet");
    expect(v.reason).toBe("falls-short");
    expect(v.triggeredBy).toEqual([trigger]);
    expect(v.tasks[0]?.kind).toBe("award-bar");
  });

  it.each([
    ["joint-meeting", "U-MEETING-QUARTER 2019-Q4"],
    ["themed-party-day", "U-THEMEDAY-HALF 2019-H2"],
    ["volunteer-service", "U-VOLUNTEER-MONTH 2019-10"],
  ])("falls short when a %s period is missed", (kind, where) => {
    const activities = exemplaryUnit2019().activities.filter(
      (a) => a.kind !== kind || (kind === "volunteer-service" && !a.date.startsWith("2019-10")),
    );
    const v = verdictOf(assess(exemplaryUnit2019({ activities })), "U-AWARD-BAR");
    expect(v.status).toBe("unmet");
    expect(v.facts.where).toEqual([where]);
  });

  it("is pending, not barred, while the year is open and nothing is missed yet", () => {
    const v = verdictOf(assess(exemplaryUnit2019(), { asOf: "2019-11-20" }), "U-AWARD-BAR");
    expect(v.status).toBe("pending");
    expect(v.provisional).toBe(true);
  });

  it("is barred mid-year once a past month was missed", () => {
    const activities = exemplaryUnit2019().activities.filter((a) => !a.date.startsWith("2019-10-19"));
    const v = verdictOf(assess(exemplaryUnit2019({ activities }), { asOf: "2019-11-20" }), "U-AWARD-BAR");
    expect(v.status).toBe("unmet");
    expect(v.provisional).toBe(false);
    expect(v.facts.where).toEqual(["U-VOLUNTEER-MONTH 2019-10"]);
  });
});
