import { describe, expect, it } from "vitest";
import { communitiesWithMembers } from "./communitiesWithMembers";
import { SamplingInputError } from "./samplingError";

const residence = (id: string, memberId: string, communityId: string, district: string, from: string) => ({
  id,
  memberId,
  communityId,
  communityName: `${communityId}社区`,
  district,
  from,
});

describe("communitiesWithMembers", () => {
  const residences = [
    residence("R1", "M1", "C1", "金水区", "2015-01-01"),
    residence("R2", "M1", "C2", "金水区", "2019-12-01"), // moves after the date
    residence("R3", "M2", "C3", "中原区", "2019-03-01"),
    residence("R4", "M3", "C3", "中原区", "2018-03-01"),
    residence("R5", "M4", "C4", "二七区", "2018-03-01"),
  ];

  it("counts where each member lives on the date", () => {
    expect(communitiesWithMembers({ residences, date: "2019-11-01" })).toEqual([
      { id: "C1", district: "金水区", members: 1 },
      { id: "C3", district: "中原区", members: 2 },
      { id: "C4", district: "二七区", members: 1 },
    ]);
  });

  it("counts only members in scope when members are given", () => {
    const members = [
      { id: "M1", inService: true },
      { id: "M2", inService: true, inScopeFrom: "2019-12-01" },
      { id: "M3", inService: true },
      { id: "M4", inService: false },
    ];
    expect(communitiesWithMembers({ residences, date: "2019-11-01", members })).toEqual([
      { id: "C1", district: "金水区", members: 1 },
      { id: "C3", district: "中原区", members: 1 },
    ]);
  });

  it("refuses a community placed in two districts", () => {
    const clash = [...residences, residence("R6", "M5", "C4", "金水区", "2019-01-01")];
    expect(() => communitiesWithMembers({ residences: clash, date: "2019-11-01" })).toThrow(
      SamplingInputError,
    );
  });
});
