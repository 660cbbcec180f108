import { describe, expect, it, vi } from "vitest";
import { getEdition } from "../editions/registry";
import { validate } from "../model/validate";
import { ReadCounter } from "../testing/readCounter";
import { assessDataset } from "./assessDataset";
import { AuditDataset } from "./auditDataset";

// Every member and unit assessment the audit makes is watched, so a scan of
// all members for each unit shows up as reads, without timing anything.
const counter = vi.hoisted(() => ({ current: undefined as ReadCounter | undefined }));
vi.mock("../member/assessMember", async (importOriginal) => {
  const original = await importOriginal<typeof import("../member/assessMember")>();
  return {
    ...original,
    assessMemberWithOptions: (...args: Parameters<typeof original.assessMemberWithOptions>) =>
      counter.current?.watch(original.assessMemberWithOptions(...args)) ??
      original.assessMemberWithOptions(...args),
  };
});
vi.mock("../unit/assessUnitYear", async (importOriginal) => {
  const original = await importOriginal<typeof import("../unit/assessUnitYear")>();
  return {
    ...original,
    assessUnitYearWithOptions: (...args: Parameters<typeof original.assessUnitYearWithOptions>) =>
      counter.current?.watch(original.assessUnitYearWithOptions(...args)) ??
      original.assessUnitYearWithOptions(...args),
  };
});

const HC = getEdition("zhengzhou-2019-health-commission");
const home = { communityId: "c1", communityName: "丰庆路社区", district: "金水区" };

/** Reads of members and assessments for an audit of `unitCount` units of five members each. */
function readsForUnits(unitCount: number): number {
  const units = Array.from({ length: unitCount }, (_, u) => ({ id: `u${u}`, name: `单位${u}` }));
  const members = units.flatMap((unit) =>
    [1, 2, 3, 4, 5].map((n) => ({
      id: `${unit.id}-m${n}`,
      name: "党员",
      unitId: unit.id,
      branchId: "b",
      inService: true,
    })),
  );
  const dataset = validate(AuditDataset, {
    units,
    members,
    residences: members.map((m) => ({ id: `r-${m.id}`, memberId: m.id, ...home, from: "2015-01-01" })),
    visits: members.map((m) => ({
      id: `v-${m.id}`,
      memberId: m.id,
      date: "2019-12-01",
      kind: "field-visit",
    })),
  });
  counter.current = new ReadCounter();
  const watched = { ...dataset, members: counter.current.watchEach(dataset.members) };
  const result = assessDataset(watched, HC, {
    year: 2019,
    asOf: "2019-11-05",
    spotCheck: { seed: "2019-12-01 福彩3D 123", samplingDate: "2019-11-01" },
  });
  expect(result.organisationReports).toHaveLength(unitCount);
  expect(result.spotChecks).toHaveLength(unitCount);
  const reads = counter.current.reads;
  counter.current = undefined;
  return reads;
}

describe("assessDataset at scale", () => {
  it("looks each unit's members up in an index: twice the units and members, about twice the reads", () => {
    // Scanning every member (or every unit) once per unit, the old way, reads about four times as much.
    expect(readsForUnits(60) / readsForUnits(30)).toBeLessThan(2.5);
  });
});
