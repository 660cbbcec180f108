import { describe, expect, it } from "vitest";
import { memberRecords } from "../testing/memberRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

// ZZ47-BD 三(二): "党员每年要把参加社区党组织活动情况向机关党组织报告，并在组织生活会上进行汇报说明".
const selfReport = (reported: boolean, explained: boolean) => ({
  id: "s1",
  memberId: "m1",
  year: 2019,
  reportedToOrganisation: reported,
  explainedAtLifeMeeting: explained,
});

describe("M-SELF-REPORT", () => {
  it("is met when reported and explained at the 组织生活会, a warning otherwise", () => {
    expect(
      verdictOf(memberRecords({ selfReports: [selfReport(true, true)] }), "M-SELF-REPORT"),
    ).toMatchObject({
      status: "met",
      severity: "warning",
    });
    expect(
      verdictOf(memberRecords({ selfReports: [selfReport(true, false)] }), "M-SELF-REPORT"),
    ).toMatchObject({
      status: "unmet",
      reason: "not-explained",
      severity: "warning",
    });
    expect(verdictOf(memberRecords(), "M-SELF-REPORT")).toMatchObject({ status: "unmet", reason: "missing" });
    // RULES.md, "Not yet due is pending": no self-report yet while the year is open is not yet due.
    expect(verdictOf(memberRecords(), "M-SELF-REPORT", { asOf: "2019-12-01" })).toMatchObject({
      status: "pending",
      reason: "not-yet-due",
      provisional: true,
      due: "2019-12-31",
    });
  });

  it("never affects the rating", () => {
    expect(
      verdictOf(memberRecords(), "M-NOT-EXCELLENT").triggeredBy.some((t) => t.startsWith("M-SELF-REPORT")),
    ).toBe(false);
  });
});
