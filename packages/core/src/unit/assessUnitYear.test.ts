import { describe, expect, it } from "vitest";
import { zhengzhou2019 as CITY } from "../editions/zhengzhou2019";
import { UnitDataset } from "../model/unitDataset";
import { Verdict } from "../model/verdict";
import { periodIdOf } from "../rules/verdictLookup";
import { assessUnitYear } from "./assessUnitYear";
import { assessUnitYears } from "./assessUnitYears";
import { groupByUnit } from "./groupByUnit";
import { exemplaryUnit2019, meeting, unitRecords, volunteer } from "./testing/unitRecordsBuilder";
import { UNIT_RULE_IDS, UnitAssessment } from "./unitAssessment";

describe("assessUnitYear", () => {
  it("returns every U- rule in catalogue order, the periodic ones once per period, as valid verdicts", () => {
    const a = assessUnitYear(exemplaryUnit2019(), CITY, { year: 2019 });
    expect(UnitAssessment.parse(a)).toEqual(a);
    const ids = [...new Set(a.verdicts.map((v) => v.ruleId))];
    expect(ids).toEqual([...UNIT_RULE_IDS]);
    expect(a.verdicts).toHaveLength(10 + 4 + 2 + 12);
    for (const v of a.verdicts) {
      expect(Verdict.parse(v)).toEqual(v);
      expect(v.subject).toEqual({ kind: "unit", id: "u1" });
      expect(v.edition).toEqual({ id: "zhengzhou-2019", version: "1.0.0" });
      expect(v.explanation.zh.length).toBeGreaterThan(0);
      expect(v.explanation.en.length).toBeGreaterThan(0);
      expect(v.citations.length).toBeGreaterThan(0);
    }
  });

  it("labels each periodic verdict with its period", () => {
    const a = assessUnitYear(exemplaryUnit2019(), CITY, { year: 2019 });
    const labels = a.verdicts.filter((v) => v.ruleId === "U-MEETING-QUARTER").map((v) => periodIdOf(v));
    expect(labels).toEqual(["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4"]);
  });

  it("does not depend on the order of the records", () => {
    const records = exemplaryUnit2019({
      activities: [
        volunteer("2019-10-19"),
        meeting("2019-11-05"),
        volunteer("2019-10-19T08:00", { id: "b" }),
      ],
    });
    const reversed = {
      ...records,
      activities: [...records.activities].reverse(),
      lists: [...records.lists].reverse(),
    };
    expect(assessUnitYear(reversed, CITY, { year: 2019 })).toEqual(
      assessUnitYear(records, CITY, { year: 2019 }),
    );
  });

  it("assesses a batch lazily, one unit at a time", () => {
    const units = [exemplaryUnit2019(), unitRecords({ unit: { id: "u2", name: "市财政局" } })];
    const batch = assessUnitYears(units, CITY, { year: 2019 });
    const first = batch.next();
    expect(first.done).toBe(false);
    expect(first.value?.unitId).toBe("u1");
    expect([...batch].map((a) => a.unitId)).toEqual(["u2"]);
  });
});

describe("groupByUnit and UnitDataset", () => {
  const flat = {
    units: [
      { id: "wjw", name: "市卫健委" },
      { id: "u1", name: "市第一人民医院", parentUnitId: "wjw" },
    ],
    unitScopes: [{ id: "sc", unitId: "u1", inScopeFrom: "2019-11-15" }],
    streetReports: [{ id: "sr", unitId: "u1", streetId: "s", date: "2019-11-20" }],
    activities: [volunteer("2019-11-25T10:00:00+08:00")],
  };

  it("splits a flat dataset into one bundle per unit, with the hierarchy and scope", () => {
    const bundles = [...groupByUnit(UnitDataset.parse(flat))];
    expect(bundles.map((b) => b.unit.id)).toEqual(["wjw", "u1"]);
    expect(bundles[1]?.scope?.inScopeFrom).toBe("2019-11-15");
    expect(bundles[1]?.activities[0]?.date).toBe("2019-11-25");
    expect(bundles[0]?.activities).toEqual([]);
    const a = assessUnitYear(bundles[1] as (typeof bundles)[number], CITY, { year: 2019 });
    expect(a.parentUnitId).toBe("wjw");
    const oct = a.verdicts.find((v) => v.ruleId === "U-VOLUNTEER-MONTH" && periodIdOf(v) === "2019-10");
    expect(oct?.reason).toBe("before-unit-start");
  });

  it("refuses records of unknown units, an unknown parent, a cycle, two scopes and duplicate ids", () => {
    const result = UnitDataset.safeParse({
      units: [
        { id: "a", name: "A", parentUnitId: "b" },
        { id: "b", name: "B", parentUnitId: "a" },
        { id: "c", name: "C", parentUnitId: "zz" },
      ],
      unitScopes: [
        { id: "s1", unitId: "a", inScopeFrom: "2019-10-01" },
        { id: "s2", unitId: "a", inScopeFrom: "2019-11-01" },
      ],
      streetReports: [
        { id: "r", unitId: "nobody", streetId: "s", date: "2019-10-01" },
        { id: "r", unitId: "a", streetId: "s", date: "2019-10-01" },
      ],
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^units\.0\.parentUnitId: .*cycle/),
        expect.stringMatching(/^units\.2\.parentUnitId: names unknown unit "zz"/),
        expect.stringMatching(/^unitScopes\.1\.unitId: a second scope record/),
        expect.stringMatching(/^streetReports\.0\.unitId: names unknown unit "nobody"/),
        expect.stringMatching(/^streetReports\.1\.id: duplicate id "r"/),
      ]),
    );
  });
});
