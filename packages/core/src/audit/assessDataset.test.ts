import { describe, expect, it } from "vitest";
import { getEdition } from "../editions/registry";
import { validate } from "../model/validate";
import { assessDataset } from "./assessDataset";
import { AuditDataset, type AuditDatasetInput } from "./auditDataset";

const HC = getEdition("zhengzhou-2019-health-commission");
const home = { communityId: "c1", communityName: "丰庆路社区", district: "金水区" };

function dataset(): AuditDatasetInput {
  const members = Array.from({ length: 11 }, (_, i) => ({
    id: `m${String(i + 1).padStart(2, "0")}`,
    name: `党员${i + 1}`,
    unitId: i < 6 ? "u-a" : "u-b",
    branchId: i < 6 ? "b-a" : "b-b",
    inService: true,
  }));
  return {
    units: [
      { id: "u-a", name: "市卫健委机关" },
      { id: "u-b", name: "市疾控中心", parentUnitId: "u-a" },
    ],
    members,
    residences: members.map((m) => ({ id: `r-${m.id}`, memberId: m.id, ...home, from: "2015-01-01" })),
    reports: members
      .slice(0, 8)
      .map((m) => ({ id: `rep-${m.id}`, memberId: m.id, date: "2019-10-20", communityId: "c1" })),
    streetReports: [{ id: "sr-a", unitId: "u-a", streetId: "s1", date: "2019-10-08" }],
    visits: [{ id: "v1", memberId: "m01", date: "2019-12-01", kind: "field-visit" }],
  };
}

describe("assessDataset: the whole audit in one call", () => {
  it("assesses every member and unit, rolls up the table and reports, and draws each unit's spot check", () => {
    const records = validate(AuditDataset, dataset(), "test dataset");
    const result = assessDataset(records, HC, {
      year: 2019,
      asOf: "2019-11-05",
      spotCheck: { seed: "2019-12-01 福彩3D 123", samplingDate: "2019-11-01" },
    });
    expect(result.members).toHaveLength(11);
    expect(result.units.map((u) => u.unitId)).toEqual(["u-a", "u-b"]);
    expect(result.statistics.total).toMatchObject({
      membersInScope: 11,
      reportedOnTime: 8,
      notYetReported: 3,
    });
    expect(result.organisationReports.map((r) => [r.unitId, r.members.membersInScope])).toEqual([
      ["u-a", 6],
      ["u-b", 5],
    ]);
    // As of 11-05 the three missing reports are overdue (due 10-25), and the services are still ahead.
    expect(result.warnings?.overdue.filter((o) => o.ruleId === "M-REPORT")).toHaveLength(3);
    expect(result.warnings?.ahead.some((w) => w.ruleId === "M-SERVICE-YEAR")).toBe(true);
    // M-SPOTCHECK-20: ceil(20% × 6) = 2 and ceil(20% × 5) = 1.
    expect(result.spotChecks.map((s) => [s.unitId, s.sample.requiredSize, s.verdict.ruleId])).toEqual([
      ["u-a", 2, "M-SPOTCHECK-20"],
      ["u-b", 1, "M-SPOTCHECK-20"],
    ]);
    expect(result.edition).toEqual({ id: HC.id, version: HC.version });
  });

  it("refuses a dataset whose unit records name unknown units, naming the field", () => {
    const bad = {
      ...dataset(),
      streetReports: [{ id: "sr-x", unitId: "u-x", streetId: "s1", date: "2019-10-08" }],
    };
    expect(() => validate(AuditDataset, bad, "test dataset")).toThrow(
      /streetReports\[0\]\.unitId: names unknown unit "u-x"/,
    );
  });
});
