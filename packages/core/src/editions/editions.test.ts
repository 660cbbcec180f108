import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOverlay, isAtLeastAsTight } from "./applyOverlay";
import { EditionError } from "./editionError";
import { leafPaths, valueAt } from "./leafPaths";
import { PARAMETER_SPECS } from "./parameterSpecs";
import { EDITIONS, getEdition } from "./registry";
import { zhengzhou2019 } from "./zhengzhou2019";

const overlayOf = (member: Record<string, unknown>) => ({
  id: "test-overlay",
  parentId: "zhengzhou-2019",
  version: "0.0.1",
  title: { zh: "测试", en: "test" },
  effectiveFrom: "2019-10-09",
  documents: ["ZWJ31" as const],
  parameters: { member },
});

describe("shipped editions", () => {
  it("the health commission overlay tightens the city's member deadlines and says where each value comes from", () => {
    const hc = getEdition("zhengzhou-2019-health-commission");
    expect(hc.parentId).toBe("zhengzhou-2019");
    expect(hc.parameters.member.reportDeadline).toBe("2019-10-25");
    expect(hc.parameters.member.statsTableDeadline).toBe("2019-11-10");
    expect(hc.parameterSources["member.reportDeadline"]).toEqual({
      editionId: "zhengzhou-2019-health-commission",
      document: "ZWJ31",
    });
    expect(hc.parameterSources["member.servicesPerYear"]).toEqual({
      editionId: "zhengzhou-2019",
      document: "ZZ47-BD",
    });
    expect(zhengzhou2019.parameters.member.reportDeadline).toBe("2019-10-31");
  });

  it("every parameter of every edition has a spec, and every spec a parameter", () => {
    for (const edition of EDITIONS.values()) {
      expect(new Set(leafPaths(edition.parameters))).toEqual(new Set(PARAMETER_SPECS.map((s) => s.path)));
    }
  });

  it("an unknown edition id names the known ones", () => {
    expect(() => getEdition("beijing-2020")).toThrow(
      /known: zhengzhou-2019, zhengzhou-2019-health-commission/,
    );
  });
});

describe("overlays may only tighten", () => {
  it("refuses a later deadline, naming the parameter, both values and both documents", () => {
    const attempt = () => applyOverlay(zhengzhou2019, overlayOf({ reportDeadline: "2019-11-05" }));
    expect(attempt).toThrow(EditionError);
    expect(attempt).toThrow(
      'member.reportDeadline: "2019-11-05" from ZWJ31 (2019-10-09) loosens "2019-10-31" set by zhengzhou-2019 from ZZ47-BD (2019-09-17)',
    );
  });

  it("lists every loosened parameter at once, and refuses unknown parameters and a wrong parent", () => {
    try {
      applyOverlay(
        zhengzhou2019,
        overlayOf({
          servicesPerYear: 1,
          lateReportBlocksExcellent: false,
          proRateServicesForLateJoiners: true,
        }),
      );
      expect.unreachable();
    } catch (error) {
      expect((error as EditionError).problems.map((p) => p.path)).toEqual([
        "member.servicesPerYear",
        "member.proRateServicesForLateJoiners",
      ]);
    }
    expect(() => applyOverlay(zhengzhou2019, overlayOf({ madeUp: 3 }))).toThrow(EditionError);
    expect(() => applyOverlay(zhengzhou2019, { ...overlayOf({}), parentId: "elsewhere" })).toThrow(
      /parentId/,
    );
  });

  it("never yields an edition looser than its parent in any parameter", () => {
    const memberSpecs = PARAMETER_SPECS.filter((s) => s.path.startsWith("member."));
    const valueFor = (path: string) => {
      const current = valueAt(zhengzhou2019.parameters, path);
      if (typeof current === "boolean") return fc.boolean();
      if (typeof current === "number") return fc.integer({ min: 0, max: 12 });
      if (Array.isArray(current))
        return fc.subarray(["social-morality", "family-virtue", "other"], { minLength: 1 });
      if (path === "member.pendingInvestigation")
        return fc.constantFrom("ignore", "provisional", "as-verified");
      return fc
        .integer({ min: 0, max: 120 })
        .map((d) => new Date(Date.UTC(2019, 8, 1 + d)).toISOString().slice(0, 10));
    };
    const overlay = fc.record(
      Object.fromEntries(memberSpecs.map((s) => [s.path.slice("member.".length), valueFor(s.path)])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(overlay, (member) => {
        let result: ReturnType<typeof applyOverlay>;
        try {
          result = applyOverlay(zhengzhou2019, overlayOf(member));
        } catch (error) {
          expect(error).toBeInstanceOf(EditionError);
          return;
        }
        for (const spec of memberSpecs) {
          const before = valueAt(zhengzhou2019.parameters, spec.path);
          expect(isAtLeastAsTight(spec.tightening, before, valueAt(result.parameters, spec.path))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
