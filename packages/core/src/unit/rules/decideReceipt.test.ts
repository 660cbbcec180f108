import { describe, expect, it } from "vitest";
import { zhengzhou2019HealthCommission as ZWJ31 } from "../../editions/zhengzhou2019HealthCommission";
import { assess } from "../testing/assess";
import { unitRecords } from "../testing/unitRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

const receipt = (handedInOn: string, recipient: "工委" | "机关党委" = "机关党委") => ({
  id: "rc1",
  unitId: "u1",
  handedInOn,
  recipient,
});
const subordinate = (handedInOn?: string) =>
  unitRecords({ unit: { parentUnitId: "wjw" }, receipts: handedInOn ? [receipt(handedInOn)] : [] });

describe("U-RECEIPT (ZZ47-GJ 四.1 回执联要统一交回市直工委备案; ZWJ31 10月18日前……交机关党委留存)", () => {
  it("under ZWJ31, a subordinate unit's stub handed in on 2019-10-18 is on time (前 = on or before)", () => {
    const v = verdictOf(assess(subordinate("2019-10-18"), { edition: ZWJ31 }), "U-RECEIPT");
    expect(v.status).toBe("met");
    expect(v.facts).toMatchObject({
      deadline: "2019-10-18",
      deadlineParameter: "unit.subordinateReceiptDeadline",
      subordinate: true,
      parentUnitId: "wjw",
    });
    expect(v.citations.map((c) => c.text)).toEqual(["ZZ47-GJ 四.1", "ZWJ31"]);
    expect(v.edition.id).toBe("zhengzhou-2019-health-commission");
  });

  it("under ZWJ31, a stub handed in on 2019-10-19 is late", () => {
    const v = verdictOf(assess(subordinate("2019-10-19"), { edition: ZWJ31 }), "U-RECEIPT");
    expect(v.status).toBe("unmet");
    expect(v.reason).toBe("late");
  });

  it("under ZWJ31 is pending on the deadline day itself and overdue the day after", () => {
    expect(verdictOf(assess(subordinate(), { edition: ZWJ31, asOf: "2019-10-18" }), "U-RECEIPT").status).toBe(
      "pending",
    );
    const overdue = verdictOf(assess(subordinate(), { edition: ZWJ31, asOf: "2019-10-19" }), "U-RECEIPT");
    expect(overdue.status).toBe("unmet");
    expect(overdue.reason).toBe("overdue");
  });

  it("the ZWJ31 date binds subordinate units only; a unit under 工委 keeps the city's year-end reading", () => {
    const top = unitRecords({ receipts: [receipt("2019-11-05", "工委")] });
    const v = verdictOf(assess(top, { edition: ZWJ31 }), "U-RECEIPT");
    expect(v.status).toBe("met");
    expect(v.facts.deadlineParameter).toBe("unit.receiptDeadline");
    expect(v.facts.deadline).toBe("2019-12-31");
  });

  it("under the city edition a subordinate unit's stub of 2019-10-19 is on time (no date in ZZ47-GJ)", () => {
    const v = verdictOf(assess(subordinate("2019-10-19")), "U-RECEIPT");
    expect(v.status).toBe("met");
    expect(v.facts.deadlineBasis).toBe("year-end");
  });

  it("is missing when no stub was handed in by year end", () => {
    expect(verdictOf(assess(subordinate(), { edition: ZWJ31 }), "U-RECEIPT").reason).toBe("missing");
  });
});
