import { describe, expect, it } from "vitest";
import { HOME, memberRecords, OTHER } from "../testing/memberRecordsBuilder";
import { verdictOf } from "../testing/verdictOf";

// ZZ47-BD 二(三): "社区党组织重大安排必须参与、居委会换届和业主委员会选举必须参与……".
const election = {
  id: "e1",
  communityId: HOME.communityId,
  date: "2019-11-05",
  kind: "committee-election" as const,
  title: "居委会换届选举",
};

describe("M-FOUR-MUSTS", () => {
  it("lists a missed event of the member's own community as a warning", () => {
    const verdict = verdictOf(memberRecords({ communityEvents: [election] }), "M-FOUR-MUSTS");
    expect(verdict).toMatchObject({ status: "unmet", reason: "missed-events", severity: "warning" });
    expect(verdict.facts.missedEvents).toEqual(["2019-11-05 committee-election 居委会换届选举"]);
  });

  it("is met when the member attended, and ignores other communities' events", () => {
    const attended = memberRecords({
      communityEvents: [election, { ...election, id: "e2", communityId: OTHER.communityId }],
      attendances: [{ id: "a1", eventId: "e1", memberId: "m1" }],
    });
    const verdict = verdictOf(attended, "M-FOUR-MUSTS");
    expect(verdict).toMatchObject({ status: "met", recordIds: ["a1", "e1"] });
    expect(verdict.excluded.map((e) => e.recordId)).toEqual(["e2"]);
  });

  it("reads attendance given as event IDs on the member together with attendance records", () => {
    const both = memberRecords({
      member: { attendedEventIds: ["e1"] },
      communityEvents: [election, { ...election, id: "e3", date: "2019-11-20" }],
      attendances: [{ id: "a3", eventId: "e3", memberId: "m1" }],
    });
    const verdict = verdictOf(both, "M-FOUR-MUSTS");
    expect(verdict).toMatchObject({ status: "met", recordIds: ["a3", "e1", "e3"] });
    expect(verdict.facts).toMatchObject({ attendedEvents: 2, missedEventIds: [], attendanceIds: ["a3"] });
  });

  it("has no rating effect by default", () => {
    expect(
      verdictOf(memberRecords({ communityEvents: [election] }), "M-NOT-EXCELLENT").triggeredBy,
    ).not.toContain("M-FOUR-MUSTS:missed-events");
  });
});
