import { describe, expect, it } from "vitest";
import { assess } from "../testing/assess";
import { meeting, unitRecords, volunteer } from "../testing/unitRecordsBuilder";
import { periodStatuses, verdictOf } from "../testing/verdictOf";

describe("U-MEETING-QUARTER (ZZ47-GJ 三.1: 每季度至少参加一次街道党建联席会或社区联合党委会)", () => {
  it("gives one verdict per calendar quarter; Q1–Q3 2019 precede the programme (Q4 is the first)", () => {
    const a = assess(unitRecords({ activities: [meeting("2019-11-05")] }));
    expect(periodStatuses(a, "U-MEETING-QUARTER")).toEqual([
      "2019-Q1:not-applicable",
      "2019-Q2:not-applicable",
      "2019-Q3:not-applicable",
      "2019-Q4:met",
    ]);
    const q4 = verdictOf(a, "U-MEETING-QUARTER", "2019-Q4");
    expect(q4.recordIds).toEqual(["joint-meeting-2019-11-05"]);
    expect(q4.facts).toMatchObject({ counted: 1, minimum: 1, frequencyParameter: "unit.meetingFrequency" });
    expect(q4.due).toBe("2019-12-31");
    expect(verdictOf(a, "U-MEETING-QUARTER", "2019-Q3").reason).toBe("before-programme-start");
  });

  it("is unmet for a quarter with no meeting; other activities do not count", () => {
    const v = verdictOf(
      assess(unitRecords({ activities: [volunteer("2019-11-05")] })),
      "U-MEETING-QUARTER",
      "2019-Q4",
    );
    expect(v.status).toBe("unmet");
    expect(v.reason).toBe("count-short");
    expect(v.recordIds).toEqual([]);
  });

  it("counts an attendance at 2020-03-31 23:59 Shanghai time in Q1 and one at 2020-04-01 00:00 in Q2", () => {
    const a = assess(
      unitRecords({
        activities: [
          meeting("2020-03-31T23:59", { id: "late-march" }),
          meeting("2020-04-01T00:00:00+08:00", { id: "april-first" }),
        ],
      }),
      { year: 2020 },
    );
    expect(verdictOf(a, "U-MEETING-QUARTER", "2020-Q1").recordIds).toEqual(["late-march"]);
    expect(verdictOf(a, "U-MEETING-QUARTER", "2020-Q2").recordIds).toEqual(["april-first"]);
    expect(verdictOf(a, "U-MEETING-QUARTER", "2020-Q3").status).toBe("unmet");
  });

  it("reads an instant in Shanghai: 2020-03-31T15:59Z is Q1, 2020-03-31T16:00Z is already Q2", () => {
    const a = assess(
      unitRecords({
        activities: [
          meeting("2020-03-31T15:59:00Z", { id: "q1", online: undefined }),
          meeting("2020-03-31T16:00:00Z", { id: "q2", online: undefined }),
        ],
      }),
      { year: 2020 },
    );
    expect(verdictOf(a, "U-MEETING-QUARTER", "2020-Q1").recordIds).toEqual(["q1"]);
    expect(verdictOf(a, "U-MEETING-QUARTER", "2020-Q2").recordIds).toEqual(["q2"]);
  });

  it("assesses a unit that comes into scope mid-quarter from its start day, not before", () => {
    const records = unitRecords({
      scope: { id: "sc", unitId: "u1", inScopeFrom: "2020-05-15" },
      activities: [meeting("2020-05-10", { id: "before" })],
    });
    const a = assess(records, { year: 2020 });
    expect(periodStatuses(a, "U-MEETING-QUARTER")).toEqual([
      "2020-Q1:not-applicable",
      "2020-Q2:unmet",
      "2020-Q3:unmet",
      "2020-Q4:unmet",
    ]);
    expect(verdictOf(a, "U-MEETING-QUARTER", "2020-Q1").reason).toBe("before-unit-start");
    const q2 = verdictOf(a, "U-MEETING-QUARTER", "2020-Q2");
    expect(q2.facts.assessedFrom).toBe("2020-05-15");
    expect(q2.excluded.map((e) => [e.recordId, e.reason])).toEqual([["before", "before-start"]]);
    const met = assess(
      unitRecords({
        scope: { id: "sc", unitId: "u1", inScopeFrom: "2020-05-15" },
        activities: [meeting("2020-05-15", { id: "start-day" })],
      }),
      { year: 2020 },
    );
    expect(verdictOf(met, "U-MEETING-QUARTER", "2020-Q2").status).toBe("met");
  });

  it("is pending while the quarter is open, with the fix naming the quarter's last day", () => {
    const v = verdictOf(assess(unitRecords(), { asOf: "2019-11-20" }), "U-MEETING-QUARTER", "2019-Q4");
    expect(v.status).toBe("pending");
    expect(v.reason).toBe("period-open");
    expect(v.fix).toMatchObject({ by: "2019-12-31" });
    expect(v.fix?.en).toMatch(/^attend one joint meeting .* by 2019-12-31$/);
  });
});
