import { describe, expect, it } from "vitest";
import { zhengzhou2019HealthCommission as ZWJ31 } from "../../editions/zhengzhou2019HealthCommission";
import { assess } from "../testing/assess";
import { exemplaryUnit2019, volunteer } from "../testing/unitRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

describe("U-SUPERVISE (ZZ47-GJ 四.3: 对行动迟缓、工作不力、成效不明显的单位下发督办单，并约谈有关负责同志)", () => {
  it("is met for a unit that did everything", () => {
    const v = verdictOf(assess(exemplaryUnit2019()), "U-SUPERVISE");
    expect(v.status).toBe("met");
    expect(v.tasks).toEqual([]);
  });

  it("acting slowly: a late receipt stub (ZWJ31) makes the unit a candidate, with the order and interview as tasks", () => {
    const records = exemplaryUnit2019({
      unit: { parentUnitId: "wjw" },
      receipts: [{ id: "rc1", unitId: "u1", handedInOn: "2019-10-25", recipient: "机关党委" }],
    });
    const v = verdictOf(assess(records, { edition: ZWJ31 }), "U-SUPERVISE");
    expect(v.status).toBe("unmet");
    expect(v.reason).toBe("slow");
    expect(v.facts).toMatchObject({ candidate: true, provisional: false, grounds: ["slow"] });
    expect(v.facts.triggers).toEqual([{ ruleId: "U-RECEIPT", reason: "late" }]);
    expect(v.triggeredBy).toEqual(["U-RECEIPT:late"]);
    expect(v.recordIds).toContain("rc1");
    expect(v.tasks.map((t) => t.kind)).toEqual(["supervision-order", "interview"]);
  });

  it("acting slowly: a receipt overdue mid-year already fires, before the year is over", () => {
    const records = exemplaryUnit2019({ unit: { parentUnitId: "wjw" }, receipts: [] });
    const v = verdictOf(assess(records, { edition: ZWJ31, asOf: "2019-10-20" }), "U-SUPERVISE");
    expect(v.status).toBe("unmet");
    expect(v.triggeredBy).toEqual(["U-RECEIPT:overdue"]);
  });

  it("working poorly: one month without volunteer service fires, naming the month", () => {
    const activities = exemplaryUnit2019().activities.filter((a) => a.id !== "volunteer-service-2019-11-16");
    const v = verdictOf(assess(exemplaryUnit2019({ activities })), "U-SUPERVISE");
    expect(v.status).toBe("unmet");
    expect(v.reason).toBe("poor");
    expect(v.facts.where).toEqual(["U-VOLUNTEER-MONTH 2019-11"]);
  });

  it("does not fire on warnings only (three lists, cloud match)", () => {
    const activities = exemplaryUnit2019().activities.map((a) => ({ ...a, online: undefined }));
    const a = assess(exemplaryUnit2019({ activities, lists: [] }));
    expect(verdictOf(a, "U-CLOUD-MATCH").status).toBe("unmet");
    expect(verdictOf(a, "U-THREE-LISTS").status).toBe("unmet");
    expect(verdictOf(a, "U-SUPERVISE").status).toBe("met");
  });

  it("is pending while the year is open and nothing has fired", () => {
    const v = verdictOf(
      assess(exemplaryUnit2019({ activities: [volunteer("2019-10-19")] }), { asOf: "2019-10-31" }),
      "U-SUPERVISE",
    );
    expect(v.status).toBe("pending");
    expect(v.provisional).toBe(true);
    expect(v.triggeredBy).toContain("year-not-over");
  });

  it("is pending when the only possible ground is an investigation still under way", () => {
    const records = exemplaryUnit2019({
      inquiryAnswers: [
        {
          id: "inq",
          unitId: "u1",
          year: 2019,
          respondentKind: "street",
          respondentId: "s",
          date: "2019-12-28",
          reportsProblem: true,
          status: "pending",
        },
      ],
    });
    const v = verdictOf(assess(records), "U-SUPERVISE");
    expect(v.status).toBe("pending");
    expect(v.triggeredBy).toEqual(["U-INQUIRY:investigation-pending"]);
  });
});
