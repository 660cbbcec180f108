import { describe, expect, it } from "vitest";
import { communitiesWithMembers } from "../sampling/communitiesWithMembers";
import { memberRecords } from "./testing/memberRecordsBuilder";
import { verdictOf } from "./testing/verdictOf";

// Two residences starting the same day: the larger ID holds, and "larger" is
// one order everywhere (code points), so the member is assessed in the same
// community the community draw counts them in.
describe("residences starting on the same day", () => {
  const residences = [
    {
      id: "Ａ",
      memberId: "m1",
      communityId: "c-fullwidth",
      communityName: "甲社区",
      district: "金水区",
      from: "2015-01-01",
    },
    {
      id: "😀",
      memberId: "m1",
      communityId: "c-emoji",
      communityName: "乙社区",
      district: "金水区",
      from: "2015-01-01",
    },
  ];

  it("the assessment and the community draw agree on where the member lives", () => {
    const [counted] = communitiesWithMembers({ residences, date: "2019-12-01" });
    expect(counted?.id).toBe("c-emoji");
    const reported = memberRecords({
      residences,
      reports: [{ id: "rep1", memberId: "m1", date: "2019-10-20", communityId: "c-emoji" }],
    });
    expect(verdictOf(reported, "M-REPORT").status).toBe("met");
  });
});
