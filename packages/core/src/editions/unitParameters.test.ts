import { describe, expect, it } from "vitest";
import { applyOverlay, isAtLeastAsTight } from "./applyOverlay";
import type { EditionOverlayDefinition } from "./edition";
import { EditionError } from "./editionError";
import { UnitParameters } from "./editionParameters";
import { leafPaths, valueAt } from "./leafPaths";
import { PARAMETER_SPEC_BY_PATH, PARAMETER_SPECS } from "./parameterSpecs";
import { zhengzhou2019 as CITY } from "./zhengzhou2019";
import { zhengzhou2019HealthCommission as ZWJ31 } from "./zhengzhou2019HealthCommission";

const unitLeaves = leafPaths(CITY.parameters).filter((p) => p.startsWith("unit."));

function overlay(unit: Record<string, unknown>): EditionOverlayDefinition {
  return {
    id: "test-overlay",
    parentId: CITY.id,
    version: "0.0.1",
    title: { zh: "测试", en: "test" },
    effectiveFrom: "2019-10-09",
    documents: ["ZWJ31"],
    parameters: { unit } as EditionOverlayDefinition["parameters"],
  };
}

function problemPaths(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof EditionError) return error.problems.map((p) => p.path);
    throw error;
  }
  return [];
}

describe("unit parameters and their specs", () => {
  it("has one spec per unit leaf and no spec without a leaf", () => {
    const specced = PARAMETER_SPECS.map((s) => s.path).filter((p) => p.startsWith("unit."));
    expect([...specced].sort()).toEqual([...unitLeaves].sort());
    expect(unitLeaves).toContain("unit.volunteerFrequency.period");
    expect(unitLeaves).toContain("unit.volunteerFrequency.minimum");
  });

  it("gives each unit spec the words it interprets, a clause or document, and the U- rules that read it", () => {
    for (const path of unitLeaves) {
      const spec = PARAMETER_SPEC_BY_PATH.get(path);
      expect(spec?.words.length, path).toBeGreaterThan(0);
      expect(spec?.reading.length, path).toBeGreaterThan(0);
      expect(spec?.rules.length, path).toBeGreaterThan(0);
      for (const rule of spec?.rules ?? []) expect(rule.startsWith("U-"), `${path} ${rule}`).toBe(true);
    }
  });

  it("ships RULES.md's default readings in the city edition", () => {
    const u = CITY.parameters.unit;
    expect(u.programmeStart).toBe("2019-10-01");
    expect(u.meetingFrequency).toEqual({ period: "quarter", minimum: 1 });
    expect(u.themedDayFrequency).toEqual({ period: "half-year", minimum: 1 });
    expect(u.volunteerFrequency).toEqual({ period: "month", minimum: 1 });
    expect(u.evidencePolicy).toBe("paper");
    expect(u.incompleteRecordCounts).toBe(false);
    expect(u.supervisionSlowRules).toEqual(["U-REPORT-STREET", "U-RECEIPT"]);
    expect(u.supervisionPoorRules).toEqual(["U-MEETING-QUARTER", "U-THEMEDAY-HALF", "U-VOLUNTEER-MONTH"]);
    expect(u.supervisionOnNegativeInquiry).toBe(true);
    expect([...u.awardBarRules].sort()).toEqual(
      [
        "U-REPORT-STREET",
        "U-PAIR-COMMUNITY",
        "U-RECEIPT",
        "U-MEETING-QUARTER",
        "U-THEMEDAY-HALF",
        "U-VOLUNTEER-MONTH",
      ].sort(),
    );
    expect(u.awardBarRules).not.toContain("U-CLOUD-MATCH");
    expect(u.awardBarRules).not.toContain("U-THREE-LISTS");
    // ZZ47-GJ sets no date for the unit's own steps.
    expect(u.receiptDeadline).toBeNull();
    expect(u.subordinateReceiptDeadline).toBeNull();
    expect(u.streetReportDeadline).toBeNull();
  });

  it("ZWJ31 sets the subordinate units' receipt deadline to 2019-10-18 and leaves the rest of the unit group", () => {
    expect(ZWJ31.parameters.unit.subordinateReceiptDeadline).toBe("2019-10-18");
    expect(ZWJ31.parameterSources["unit.subordinateReceiptDeadline"]).toEqual({
      editionId: ZWJ31.id,
      document: "ZWJ31",
    });
    for (const path of unitLeaves.filter((p) => p !== "unit.subordinateReceiptDeadline")) {
      expect(valueAt(ZWJ31.parameters, path), path).toEqual(valueAt(CITY.parameters, path));
      expect(ZWJ31.parameterSources[path]?.editionId, path).toBe(CITY.id);
    }
  });

  it("refuses an invalid frequency or evidence policy", () => {
    const valid = CITY.parameters.unit;
    expect(
      UnitParameters.safeParse({ ...valid, meetingFrequency: { period: "week", minimum: 1 } }).success,
    ).toBe(false);
    expect(
      UnitParameters.safeParse({ ...valid, volunteerFrequency: { period: "month", minimum: -1 } }).success,
    ).toBe(false);
    expect(UnitParameters.safeParse({ ...valid, evidencePolicy: "fax" }).success).toBe(false);
    expect(UnitParameters.safeParse({ ...valid, awardBarRules: ["M-REPORT"] }).success).toBe(false);
  });
});

describe("tightening of the new kinds", () => {
  it("earlier-or-none: no date is loosest; a date may only move earlier", () => {
    const kind = { kind: "earlier-or-none" } as const;
    expect(isAtLeastAsTight(kind, null, "2019-10-18")).toBe(true);
    expect(isAtLeastAsTight(kind, null, null)).toBe(true);
    expect(isAtLeastAsTight(kind, "2019-10-18", null)).toBe(false);
    expect(isAtLeastAsTight(kind, "2019-10-18", "2019-10-17")).toBe(true);
    expect(isAtLeastAsTight(kind, "2019-10-18", "2019-10-18")).toBe(true);
    expect(isAtLeastAsTight(kind, "2019-10-18", "2019-10-19")).toBe(false);
  });

  it("evidence policy: both ≥ paper, online ≥ either; paper and online do not compare", () => {
    const spec = PARAMETER_SPEC_BY_PATH.get("unit.evidencePolicy");
    if (!spec) throw new Error("no spec");
    const tight = (from: string, to: string) => isAtLeastAsTight(spec.tightening, from, to);
    expect(tight("paper", "both")).toBe(true);
    expect(tight("online", "both")).toBe(true);
    expect(tight("either", "paper")).toBe(true);
    expect(tight("either", "online")).toBe(true);
    expect(tight("paper", "paper")).toBe(true);
    expect(tight("paper", "online")).toBe(false);
    expect(tight("online", "paper")).toBe(false);
    expect(tight("paper", "either")).toBe(false);
    expect(tight("both", "paper")).toBe(false);
  });
});

describe("an overlay may only tighten the unit group", () => {
  it("accepts tighter values of every kind", () => {
    const edition = applyOverlay(
      CITY,
      overlay({
        receiptDeadline: "2019-10-31",
        meetingFrequency: { period: "month", minimum: 2 },
        evidencePolicy: "both",
        partialPeriodApplies: true,
        incompleteRecordCounts: false,
        lateStartGraceMonths: 0,
        awardBarRules: [...CITY.parameters.unit.awardBarRules, "U-THREE-LISTS"],
        pendingInvestigation: "as-verified",
      }),
    );
    expect(edition.parameters.unit.meetingFrequency).toEqual({ period: "month", minimum: 2 });
    expect(edition.parameters.unit.evidencePolicy).toBe("both");
    expect(edition.parameters.unit.receiptDeadline).toBe("2019-10-31");
    expect(edition.parameters.unit.awardBarRules).toContain("U-THREE-LISTS");
  });

  it.each([
    [
      "a longer frequency period",
      { themedDayFrequency: { period: "year", minimum: 1 } },
      "unit.themedDayFrequency.period",
    ],
    [
      "a lower minimum",
      { volunteerFrequency: { period: "month", minimum: 0 } },
      "unit.volunteerFrequency.minimum",
    ],
    ["a looser evidence policy", { evidencePolicy: "either" }, "unit.evidencePolicy"],
    ["swapping paper for online", { evidencePolicy: "online" }, "unit.evidencePolicy"],
    ["counting incomplete records", { incompleteRecordCounts: true }, "unit.incompleteRecordCounts"],
    ["dropping the signature", { recordMustBeSignedAndStamped: false }, "unit.recordMustBeSignedAndStamped"],
    ["dropping a required field", { recordRequiredFields: ["place"] }, "unit.recordRequiredFields"],
    ["a later programme start", { programmeStart: "2019-11-01" }, "unit.programmeStart"],
    ["a longer grace", { lateStartGraceMonths: 3 }, "unit.lateStartGraceMonths"],
    ["ignoring pending investigations", { pendingInvestigation: "ignore" }, "unit.pendingInvestigation"],
    ["dropping an award-bar rule", { awardBarRules: ["U-REPORT-STREET"] }, "unit.awardBarRules"],
    ["dropping a slow trigger", { supervisionSlowRules: ["U-RECEIPT"] }, "unit.supervisionSlowRules"],
    [
      "switching off the inquiry trigger",
      { supervisionOnNegativeInquiry: false },
      "unit.supervisionOnNegativeInquiry",
    ],
    ["skipping partial periods", { partialPeriodApplies: false }, "unit.partialPeriodApplies"],
  ])("refuses %s", (_, unit, path) => {
    expect(problemPaths(() => applyOverlay(CITY, overlay(unit)))).toEqual([path]);
  });

  it("refuses a receipt deadline later than the parent's, and removing a parent's date", () => {
    const withDate = applyOverlay(CITY, overlay({ subordinateReceiptDeadline: "2019-10-18" }));
    const child = { ...overlay({ subordinateReceiptDeadline: "2019-10-25" }), parentId: withDate.id };
    expect(problemPaths(() => applyOverlay(withDate, child))).toEqual(["unit.subordinateReceiptDeadline"]);
    const removing = { ...overlay({ subordinateReceiptDeadline: null }), parentId: withDate.id };
    expect(problemPaths(() => applyOverlay(withDate, removing))).toEqual(["unit.subordinateReceiptDeadline"]);
  });

  it("names both values and documents when it refuses", () => {
    try {
      applyOverlay(CITY, overlay({ volunteerFrequency: { period: "quarter", minimum: 1 } }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EditionError);
      expect(String((error as Error).message)).toMatch(/"quarter".*ZWJ31.*loosens "month"/);
    }
  });
});
