import { describe, expect, it } from "vitest";
import { getEdition } from "../editions/registry";
import { UnitDataset } from "../model/unitDataset";
import { assessUnitYear } from "./assessUnitYear";
import { exemplaryUnit2019 } from "./testing/unitRecordsBuilder";

const CITY = getEdition("zhengzhou-2019");

// U-SCOPE, ZZ47-GJ 二: "组织关系在市委市直工委的市直各单位及其所属单位均要与驻在街道社区党组织开展共驻共建".
describe("U-SCOPE", () => {
  it("a subordinate unit takes part like its parent: every unit rule is decided for it", () => {
    const subordinate = exemplaryUnit2019({ unit: { id: "u1", name: "市中心医院", parentUnitId: "u-wjw" } });
    const { verdicts } = assessUnitYear(subordinate, CITY, { year: 2019 });
    expect(verdicts.filter((v) => v.status === "not-applicable" && v.reason === "before-unit-start")).toEqual(
      [],
    );
    expect(verdicts.find((v) => v.ruleId === "U-AWARD-BAR")?.status).toBe("met");
  });

  it("a unit that comes into scope later is not applicable before that, and assessed from then on", () => {
    const later = exemplaryUnit2019({ scope: { id: "sc1", unitId: "u1", inScopeFrom: "2020-03-01" } });
    const in2019 = assessUnitYear(later, CITY, { year: 2019 }).verdicts;
    expect(in2019.every((v) => v.status === "not-applicable")).toBe(true);
    // Months before October 2019 are out for the programme's own start; the rest for the unit's.
    expect(new Set(in2019.map((v) => v.reason))).toEqual(
      new Set(["before-unit-start", "before-programme-start"]),
    );
    expect(in2019.find((v) => v.ruleId === "U-REPORT-STREET")?.explanation.en).toBe(
      "The unit is in scope only from 2020-03-01.",
    );
    expect(
      assessUnitYear(later, CITY, { year: 2020 }).verdicts.some((v) => v.status !== "not-applicable"),
    ).toBe(true);
  });

  it("the hierarchy must hold together: a parent that does not exist, or a cycle, is refused", () => {
    const unknownParent = UnitDataset.safeParse({ units: [{ id: "a", name: "A", parentUnitId: "nowhere" }] });
    expect(unknownParent.success).toBe(false);
    const cycle = UnitDataset.safeParse({
      units: [
        { id: "a", name: "A", parentUnitId: "b" },
        { id: "b", name: "B", parentUnitId: "a" },
      ],
    });
    expect(cycle.error?.issues.map((i) => i.message)).toContain('the unit hierarchy has a cycle through "a"');
  });
});
