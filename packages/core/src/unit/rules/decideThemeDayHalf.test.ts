import { describe, expect, it } from "vitest";
import { assess } from "../testing/assess";
import { themedDay, unitRecords } from "../testing/unitRecordsBuilder";
import { periodStatuses, verdictOf } from "../testing/verdictOf";

describe("U-THEMEDAY-HALF (ZZ47-GJ 三.2: 每半年至少组织一次联合主题党日活动)", () => {
  it("assesses 2019-H2 from the programme start on 2019-10-01; H1 is not applicable", () => {
    const a = assess(unitRecords({ activities: [themedDay("2019-12-20")] }));
    expect(periodStatuses(a, "U-THEMEDAY-HALF")).toEqual(["2019-H1:not-applicable", "2019-H2:met"]);
    expect(verdictOf(a, "U-THEMEDAY-HALF", "2019-H2").facts.assessedFrom).toBe("2019-10-01");
  });

  it("does not count a themed day held before the programme started, even inside H2", () => {
    const v = verdictOf(
      assess(unitRecords({ activities: [themedDay("2019-09-20")] })),
      "U-THEMEDAY-HALF",
      "2019-H2",
    );
    expect(v.status).toBe("unmet");
    expect(v.excluded[0]?.reason).toBe("before-start");
  });

  it("splits 2020 at 06-30 / 07-01", () => {
    const a = assess(
      unitRecords({
        activities: [themedDay("2020-06-30T23:59", { id: "h1" }), themedDay("2020-07-01", { id: "h2" })],
      }),
      { year: 2020 },
    );
    expect(verdictOf(a, "U-THEMEDAY-HALF", "2020-H1").recordIds).toEqual(["h1"]);
    expect(verdictOf(a, "U-THEMEDAY-HALF", "2020-H2").recordIds).toEqual(["h2"]);
  });

  it("does not count an unsigned record toward the half-year, and says why", () => {
    const v = verdictOf(
      assess(unitRecords({ activities: [themedDay("2019-10-26", { signedAndStamped: false })] })),
      "U-THEMEDAY-HALF",
      "2019-H2",
    );
    expect(v.status).toBe("unmet");
    expect(v.excluded[0]).toMatchObject({
      recordId: "themed-party-day-2019-10-26",
      reason: "record-incomplete",
    });
    expect(v.excluded[0]?.explanation.zh).toContain("签字盖章");
  });
});
