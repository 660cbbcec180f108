import { describe, expect, it } from "vitest";
import { assess } from "../testing/assess";
import { COMMUNITY, STREET, unitRecords } from "../testing/unitRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

const report = (date: string, id = "sr1", streetId = STREET.streetId) => ({
  id,
  unitId: "u1",
  streetId,
  streetName: "丰产路街道",
  date,
});
const designation = (date: string, id = "des1", streetId = STREET.streetId) => ({
  id,
  unitId: "u1",
  streetId,
  ...COMMUNITY,
  date,
});

describe("U-REPORT-STREET (ZZ47-GJ 二: 首先向驻在街道党工委报到……根据街道党工委统一安排来确定共建社区)", () => {
  it("is met when the unit reports first and the street designates afterwards", () => {
    const v = verdictOf(
      assess(
        unitRecords({ streetReports: [report("2019-10-08")], designations: [designation("2019-10-10")] }),
      ),
      "U-REPORT-STREET",
    );
    expect(v.status).toBe("met");
    expect(v.recordIds).toEqual(["des1", "sr1"]);
    expect(v.facts).toMatchObject({
      reportDate: "2019-10-08",
      designationDate: "2019-10-10",
      deadline: "2019-12-31",
      deadlineBasis: "year-end",
      deadlineParameter: "unit.streetReportDeadline",
    });
    expect(v.citations.map((c) => c.text)).toEqual(["ZZ47-GJ 二"]);
    expect(v.subject).toEqual({ kind: "unit", id: "u1" });
    expect(v.explanation.zh).toContain("丰产路街道");
  });

  it("accepts report and designation on the same day (≤)", () => {
    const v = verdictOf(
      assess(
        unitRecords({ streetReports: [report("2019-10-10")], designations: [designation("2019-10-10")] }),
      ),
      "U-REPORT-STREET",
    );
    expect(v.status).toBe("met");
  });

  it("is out of order when the street designated the community before the unit reported", () => {
    const v = verdictOf(
      assess(
        unitRecords({ streetReports: [report("2019-10-12")], designations: [designation("2019-10-10")] }),
      ),
      "U-REPORT-STREET",
    );
    expect(v.status).toBe("unmet");
    expect(v.reason).toBe("out-of-order");
    expect(v.explanation.en).toContain("before the unit reported");
  });

  it("sets aside a designation by a street the unit did not report to", () => {
    const v = verdictOf(
      assess(
        unitRecords({
          streetReports: [report("2019-10-12")],
          designations: [designation("2019-10-05", "other", "erqi-street")],
        }),
      ),
      "U-REPORT-STREET",
    );
    expect(v.status).toBe("met");
    expect(v.excluded.map((e) => [e.recordId, e.reason])).toEqual([["other", "other-street"]]);
  });

  it("is missing when the unit never reported by year end, and binding", () => {
    const v = verdictOf(assess(unitRecords()), "U-REPORT-STREET");
    expect(v.status).toBe("unmet");
    expect(v.reason).toBe("missing");
    expect(v.severity).toBe("binding");
    expect(v.provisional).toBe(false);
  });

  it("is pending, with a fix, while the (year-end) due date has not passed", () => {
    const v = verdictOf(assess(unitRecords(), { asOf: "2019-11-01" }), "U-REPORT-STREET");
    expect(v.status).toBe("pending");
    expect(v.reason).toBe("not-yet-due");
    expect(v.provisional).toBe(true);
    expect(v.fix?.by).toBe("2019-12-31");
    expect(v.due).toBe("2019-12-31");
  });

  it("ignores a report dated after the as-of date", () => {
    const v = verdictOf(
      assess(unitRecords({ streetReports: [report("2019-11-20")] }), { asOf: "2019-11-01" }),
      "U-REPORT-STREET",
    );
    expect(v.status).toBe("pending");
    expect(v.facts.reportDate).toBeNull();
  });

  it("stays met in a later year once the unit has reported (a one-time duty)", () => {
    const v = verdictOf(
      assess(unitRecords({ streetReports: [report("2019-10-08")] }), { year: 2020 }),
      "U-REPORT-STREET",
    );
    expect(v.status).toBe("met");
    expect(v.facts.reportDate).toBe("2019-10-08");
  });

  it("is missing in 2020 for a unit that never reported, and overdue while 2020 is open", () => {
    expect(verdictOf(assess(unitRecords(), { year: 2020 }), "U-REPORT-STREET").reason).toBe("missing");
    const open = verdictOf(assess(unitRecords(), { year: 2020, asOf: "2020-03-01" }), "U-REPORT-STREET");
    expect(open.status).toBe("unmet");
    expect(open.reason).toBe("overdue");
    expect(open.fix?.en).toContain("as soon as possible");
  });

  // RULES.md, "The year's end cuts": done only after the end of the year is missing for that year, not late.
  it("is missing for 2019 when the report comes only in 2020, and late in 2020", () => {
    const nextYear = unitRecords({ streetReports: [report("2020-01-05")] });
    expect(verdictOf(assess(nextYear), "U-REPORT-STREET").reason).toBe("missing");
    expect(verdictOf(assess(nextYear, { year: 2020 }), "U-REPORT-STREET").reason).toBe("late");
  });

  it("is not applicable in 2018, before the programme", () => {
    const v = verdictOf(assess(unitRecords(), { year: 2018 }), "U-REPORT-STREET");
    expect(v.status).toBe("not-applicable");
    expect(v.reason).toBe("before-programme-start");
  });

  it("gives a unit that came into scope on 2019-12-20 the late-start grace into 2020", () => {
    const records = unitRecords({ scope: { id: "sc", unitId: "u1", inScopeFrom: "2019-12-20" } });
    // RULES.md: a deadline after the end of the year is judged in the year it falls, pending before.
    const v2019 = verdictOf(assess(records), "U-REPORT-STREET");
    expect(v2019.status).toBe("pending");
    expect(v2019.reason).toBe("due-next-year");
    expect(v2019.provisional).toBe(false);
    expect(verdictOf(assess(records), "U-AWARD-BAR").triggeredBy.join()).not.toContain("U-REPORT-STREET");
    expect(v2019.facts.deadline).toBe("2020-01-20");
    expect(v2019.facts.deadlineBasis).toBe("late-start-grace");
    const late = unitRecords({
      scope: { id: "sc", unitId: "u1", inScopeFrom: "2019-12-20" },
      streetReports: [report("2020-01-21")],
    });
    expect(verdictOf(assess(late, { year: 2020 }), "U-REPORT-STREET").reason).toBe("late");
  });
});
