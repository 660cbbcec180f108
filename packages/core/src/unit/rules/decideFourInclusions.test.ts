import { describe, expect, it } from "vitest";
import { assess } from "../testing/assess";
import { exemplaryUnit2019, unitRecords } from "../testing/unitRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";
import { UnitYearRecord } from "../unitYearRecord";

const KEYS = ["secretary-report", "party-building-responsibility", "civilised-unit", "awards"];

describe("U-FOUR-INCLUSIONS (ZZ47-GJ 四.4: 把共驻共建工作开展情况“四纳入”)", () => {
  it("gives one unit-year record that validates and names the four assessments", () => {
    const a = assess(exemplaryUnit2019());
    const record = UnitYearRecord.parse(a.fourInclusions);
    expect(record.inclusions.map((i) => i.key)).toEqual(KEYS);
    expect(record).toMatchObject({
      unitId: "u1",
      year: 2019,
      status: "met",
      awards: { eligible: true },
      supervision: { candidate: false },
      shortfalls: [],
    });
    const v = verdictOf(a, "U-FOUR-INCLUSIONS");
    expect(v.status).toBe("met");
    expect(v.tasks.map((t) => t.kind)).toEqual(KEYS);
  });

  it("summarises each rule, periodic ones by period", () => {
    const activities = exemplaryUnit2019().activities.filter((a) => !a.date.startsWith("2019-11-16"));
    const record = assess(exemplaryUnit2019({ activities })).fourInclusions;
    const volunteer = record.duties.find((d) => d.ruleId === "U-VOLUNTEER-MONTH");
    expect(volunteer).toMatchObject({
      status: "unmet",
      periods: { total: 12, met: 2, unmet: 1, pending: 0, notApplicable: 9 },
      unmetPeriods: ["2019-11"],
    });
    expect(record.duties.map((d) => d.ruleId)).toEqual([
      "U-REPORT-STREET",
      "U-PAIR-COMMUNITY",
      "U-RECEIPT",
      "U-MEETING-QUARTER",
      "U-THEMEDAY-HALF",
      "U-VOLUNTEER-MONTH",
      "U-RECORD-COMPLETE",
      "U-CLOUD-MATCH",
      "U-INQUIRY",
      "U-THREE-LISTS",
    ]);
    expect(record.shortfalls).toEqual(["U-VOLUNTEER-MONTH 2019-11:count-short"]);
    expect(record.status).toBe("unmet");
    expect(record.awards.eligible).toBe(false);
    expect(record.supervision).toMatchObject({ candidate: true, triggers: ["poor"] });
  });

  it("leaves award eligibility open while the year is open", () => {
    const record = assess(exemplaryUnit2019(), { asOf: "2019-11-20" }).fourInclusions;
    expect(record.status).toBe("pending");
    expect(record.provisional).toBe(true);
    expect(record.awards.eligible).toBeNull();
    expect(record.asOf).toBe("2019-11-20");
  });

  it("is not applicable for a year before the programme", () => {
    const a = assess(unitRecords(), { year: 2018 });
    expect(a.fourInclusions.status).toBe("not-applicable");
    expect(verdictOf(a, "U-FOUR-INCLUSIONS").tasks).toEqual([]);
    expect(a.verdicts.every((v) => v.status === "not-applicable")).toBe(true);
  });
});
