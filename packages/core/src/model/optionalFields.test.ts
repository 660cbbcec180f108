import { describe, expect, it } from "vitest";
import { getEdition } from "../editions/registry";
import { MemberRecords as MemberRecordsCodec } from "../io-ts/memberRecords";
import { assessMember } from "../member/assessMember";
import { MemberRecords } from "./memberRecords";

// What the regulation does not need, a caller need not invent: a member's name,
// a service's content, an event's title.
const bare = {
  member: { id: "m1", unitId: "u1", branchId: "b1", inService: true },
  residences: [
    {
      id: "r1",
      memberId: "m1",
      communityId: "c1",
      communityName: "丰庆路社区",
      district: "金水区",
      from: "2015-01-01",
    },
  ],
  reports: [{ id: "rep1", memberId: "m1", date: "2019-10-20", communityId: "c1" }],
  services: [
    { id: "s1", memberId: "m1", date: "2019-10-12", communityId: "c1" },
    { id: "s2", memberId: "m1", date: "2019-11-09", communityId: "c1" },
  ],
  communityEvents: [{ id: "e1", communityId: "c1", date: "2019-11-01", kind: "committee-election" }],
};

describe("optional fields the regulation does not need", () => {
  it("validates a member without a name, services without content and an event without a title", () => {
    const records = MemberRecords.parse(bare);
    expect(records.member.name).toBeUndefined();
    expect(MemberRecordsCodec.decode(bare)._tag).toBe("Right");
    const verdicts = assessMember(records, getEdition("zhengzhou-2019"), { year: 2019 }).verdicts;
    expect(verdicts.find((v) => v.ruleId === "M-SERVICE-YEAR")?.status).toBe("met");
    expect(verdicts.find((v) => v.ruleId === "M-FOUR-MUSTS")?.facts).toMatchObject({
      missedEvents: ["2019-11-01 committee-election"],
      missedEventIds: ["e1"],
    });
  });
});
