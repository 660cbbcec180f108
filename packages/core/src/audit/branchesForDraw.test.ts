import { describe, expect, it } from "vitest";
import { CITY } from "../member/testing/verdictOf";
import { validate } from "../model/validate";
import { refusedAt } from "../testing/refusedAt";
import { assessDataset } from "./assessDataset";
import { AuditDataset } from "./auditDataset";

/** Unit u1 with a member in branch b and m2 without a branch (in service unless `m2InService` is false). */
function datasetWith(m2InService = true) {
  return validate(AuditDataset, {
    units: [{ id: "u1", name: "单位" }],
    organisations: [{ id: "b", name: "第一支部", kind: "支部", unitId: "u1" }],
    members: [
      { id: "m1", unitId: "u1", branchId: "b", inService: true },
      { id: "m2", unitId: "u1", inService: m2InService },
    ],
  });
}

const spotCheck = { seed: "2019-12-01 福彩3D 123", samplingDate: "2019-12-01" };

describe("a spot check drawn by branch, with a member who has no branch", () => {
  it("is refused at that member's branchId before anything is assessed, not inside the draw", () => {
    // Regression: branchId became optional, and the branch draw then threw a SamplingInputError after validation.
    const run = () =>
      assessDataset(datasetWith(), CITY, { year: 2019, spotCheck: { ...spotCheck, stratifyBy: "branch" } });
    expect(refusedAt(run)).toEqual(["members[1].branchId"]);
  });

  it("is drawn when the member is not drawn from (not in service), or when the draw is unstratified", () => {
    const byBranch = { year: 2019, spotCheck: { ...spotCheck, stratifyBy: "branch" as const } };
    expect(assessDataset(datasetWith(false), CITY, byBranch).spotChecks).toHaveLength(1);
    expect(assessDataset(datasetWith(), CITY, { year: 2019, spotCheck }).spotChecks).toHaveLength(1);
  });
});
