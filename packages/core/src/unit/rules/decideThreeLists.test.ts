import { describe, expect, it } from "vitest";
import { assess } from "../testing/assess";
import { exemplaryUnit2019, threeLists, unitRecords } from "../testing/unitRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

describe("U-THREE-LISTS (ZZ47-GJ 一: 建立资源、需求、项目“三个清单”……签定项目合作协议)", () => {
  it("is met with all three lists and an agreement for each project", () => {
    const v = verdictOf(assess(unitRecords({ lists: threeLists() })), "U-THREE-LISTS");
    expect(v.status).toBe("met");
    expect(v.recordIds).toEqual(["list-needs", "list-proj", "list-res"]);
  });

  it("warns about a missing list at year end, without barring awards", () => {
    const lists = threeLists().filter((l) => l.kind !== "needs");
    const a = assess(exemplaryUnit2019({ lists }));
    const v = verdictOf(a, "U-THREE-LISTS");
    expect(v.status).toBe("unmet");
    expect(v.reason).toBe("missing-list");
    expect(v.severity).toBe("warning");
    expect(v.facts.missingLists).toEqual(["needs"]);
    expect(verdictOf(a, "U-AWARD-BAR").status).toBe("met");
    expect(a.fourInclusions.warnings).toEqual(["U-THREE-LISTS:missing-list"]);
  });

  it("counts an empty list as missing and a project without agreement as incomplete", () => {
    const lists = threeLists().map((l) =>
      l.kind === "resources"
        ? { ...l, items: [] }
        : l.kind === "projects"
          ? { ...l, items: [{ title: "助老" }] }
          : l,
    );
    const v = verdictOf(assess(unitRecords({ lists })), "U-THREE-LISTS");
    expect(v.facts).toMatchObject({ missingLists: ["resources"], projectsWithoutAgreement: ["助老"] });
  });

  it("takes the latest list of a kind and keeps it standing in later years", () => {
    const lists = [
      ...threeLists("2019-10-20"),
      { id: "list-res-2", unitId: "u1", kind: "resources" as const, date: "2019-12-01", items: [] },
    ];
    expect(verdictOf(assess(unitRecords({ lists })), "U-THREE-LISTS").facts.missingLists).toEqual([
      "resources",
    ]);
    expect(
      verdictOf(assess(unitRecords({ lists: threeLists() }), { year: 2020 }), "U-THREE-LISTS").status,
    ).toBe("met");
  });

  it("is pending with a fix while the year is open", () => {
    const v = verdictOf(assess(unitRecords(), { asOf: "2019-11-01" }), "U-THREE-LISTS");
    expect(v.status).toBe("pending");
    expect(v.fix?.en).toBe("draw up the resource list, needs list, project list by 2019-12-31");
  });
});
