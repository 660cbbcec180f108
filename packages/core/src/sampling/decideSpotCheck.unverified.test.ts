import { describe, expect, it } from "vitest";
import { decideSpotCheck } from "./decideSpotCheck";
import { drawMemberSample } from "./drawMemberSample";
import { CITY, members, request } from "./testing/fixtures";

const DRAW = request(members(10));
const SAMPLE = drawMemberSample(DRAW, CITY); // drawn: M005, M009 (docs/sampling.md)
const fieldVisit = (id: string, memberId: string) => ({
  id,
  memberId,
  date: "2019-11-10",
  kind: "field-visit" as const,
});

// ZZ47-BD 三(三): field visits each year reach at least 20% of the members — of a
// fair draw. A recorded sample that does not replay cannot show that.
describe("M-SPOTCHECK-20 with a recorded sample that does not verify", () => {
  it("is unmet (sample-not-verified) even when the visits reach the count", () => {
    const forged = { ...SAMPLE, drawn: ["M001", "M002"] };
    const visits = [fieldVisit("V1", "M001"), fieldVisit("V2", "M002")];
    const verdict = decideSpotCheck({ draw: DRAW, sample: forged, visits }, CITY);
    expect(verdict).toMatchObject({ status: "unmet", reason: "sample-not-verified" });
    expect(verdict.facts).toMatchObject({ sampleVerified: false, visitedCount: 2, requiredCount: 2 });
  });

  it("is met with the same visits when the recorded sample verifies", () => {
    const visits = [fieldVisit("V1", "M005"), fieldVisit("V2", "M009")];
    expect(decideSpotCheck({ draw: DRAW, sample: SAMPLE, visits }, CITY).status).toBe("met");
  });
});
