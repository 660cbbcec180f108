import { describe, expect, it } from "vitest";
import { assess } from "../testing/assess";
import { unitRecords, volunteer } from "../testing/unitRecordsBuilder";
import { periodStatuses, verdictOf } from "../testing/verdictOf";

describe("U-VOLUNTEER-MONTH (ZZ47-GJ 三.3: 每月至少组织一次社区志愿服务活动)", () => {
  it("gives one verdict per month; October 2019 is the first month", () => {
    const a = assess(unitRecords({ activities: [volunteer("2019-10-19"), volunteer("2019-12-14")] }));
    expect(periodStatuses(a, "U-VOLUNTEER-MONTH").slice(8)).toEqual([
      "2019-09:not-applicable",
      "2019-10:met",
      "2019-11:unmet",
      "2019-12:met",
    ]);
    expect(verdictOf(a, "U-VOLUNTEER-MONTH", "2019-11").explanation.en).toContain("Only 0");
  });

  it("on 2019-11-10, November is pending with the fix 'one volunteer service activity by 2019-11-30'", () => {
    const a = assess(unitRecords({ activities: [volunteer("2019-10-19")] }), { asOf: "2019-11-10" });
    const nov = verdictOf(a, "U-VOLUNTEER-MONTH", "2019-11");
    expect(nov.status).toBe("pending");
    expect(nov.provisional).toBe(true);
    expect(nov.fix).toEqual({
      by: "2019-11-30",
      zh: "2019-11-30 前组织 1 次社区志愿服务活动（记录完整并经签字盖章）",
      en: "hold one community volunteer-service activity by 2019-11-30",
    });
    const dec = verdictOf(a, "U-VOLUNTEER-MONTH", "2019-12");
    expect(dec.reason).toBe("period-not-started");
    expect(verdictOf(a, "U-VOLUNTEER-MONTH", "2019-10").status).toBe("met");
  });

  it("counts two services in a month once each, in that month only", () => {
    const a = assess(unitRecords({ activities: [volunteer("2019-10-01"), volunteer("2019-10-31T23:59")] }));
    expect(verdictOf(a, "U-VOLUNTEER-MONTH", "2019-10").facts.counted).toBe(2);
    expect(verdictOf(a, "U-VOLUNTEER-MONTH", "2019-11").facts.counted).toBe(0);
  });

  it("under the default paper policy counts a signed record without an online post", () => {
    const v = verdictOf(
      assess(unitRecords({ activities: [volunteer("2019-10-19", { online: undefined })] })),
      "U-VOLUNTEER-MONTH",
      "2019-10",
    );
    expect(v.status).toBe("met");
  });

  it("does not count a record without a participant list", () => {
    const v = verdictOf(
      assess(unitRecords({ activities: [volunteer("2019-10-19", { participants: [] })] })),
      "U-VOLUNTEER-MONTH",
      "2019-10",
    );
    expect(v.status).toBe("unmet");
    expect(v.excluded[0]?.explanation.en).toContain("no participant list");
  });
});
