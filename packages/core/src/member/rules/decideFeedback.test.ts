import { describe, expect, it } from "vitest";
import { memberRecords } from "../testing/memberRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

// ZZ47-BD 三(四): "在社会公德、家庭美德等方面有负面反映、并经调查属实的".
function negative(status: "pending" | "verified" | "unfounded", extra: Record<string, unknown> = {}) {
  return {
    id: `fb-${status}`,
    memberId: "m1",
    date: "2019-11-01",
    kind: "negative" as const,
    area: "social-morality" as const,
    status,
    ...extra,
  };
}

describe("M-FEEDBACK", () => {
  it("a verified negative report leaves it unmet and bars 优秀", () => {
    const records = memberRecords({ feedback: [negative("verified")] });
    expect(verdictOf(records, "M-FEEDBACK")).toMatchObject({ status: "unmet", reason: "verified-negative" });
    expect(verdictOf(records, "M-NOT-EXCELLENT")).toMatchObject({
      status: "unmet",
      triggeredBy: ["M-REPORT:missing", "M-SERVICE-YEAR:count-short", "M-FEEDBACK:verified-negative"],
    });
  });

  it("a pending investigation makes the consequence provisional, never silently negative or positive", () => {
    const records = memberRecords({
      reports: [{ id: "rep", memberId: "m1", date: "2019-10-20", communityId: "jinshui-fengqing" }],
      services: ["2019-10-12", "2019-11-09"].map((date) => ({
        id: date,
        memberId: "m1",
        date,
        communityId: "jinshui-fengqing",
        content: "巡逻",
      })),
      feedback: [negative("pending")],
    });
    expect(verdictOf(records, "M-FEEDBACK")).toMatchObject({
      status: "pending",
      reason: "investigation-pending",
    });
    expect(verdictOf(records, "M-NOT-EXCELLENT")).toMatchObject({
      status: "pending",
      provisional: true,
      triggeredBy: ["M-FEEDBACK:investigation-pending"],
    });
  });

  it("an unfounded report is set aside, and a verification dated after the as-of date is not yet known", () => {
    expect(verdictOf(memberRecords({ feedback: [negative("unfounded")] }), "M-FEEDBACK")).toMatchObject({
      status: "met",
      excluded: [expect.objectContaining({ recordId: "fb-unfounded", reason: "unfounded" })],
    });
    const later = memberRecords({ feedback: [negative("verified", { statusDate: "2019-12-20" })] });
    expect(verdictOf(later, "M-FEEDBACK", { asOf: "2019-12-01" }).status).toBe("pending");
    expect(verdictOf(later, "M-FEEDBACK").status).toBe("unmet");
  });

  it("outstanding conduct is recorded, never a bar", () => {
    const records = memberRecords({
      feedback: [{ ...negative("verified"), id: "good", kind: "outstanding" as const }],
    });
    expect(verdictOf(records, "M-FEEDBACK")).toMatchObject({
      status: "met",
      facts: { outstanding: ["good"] },
    });
  });
});
