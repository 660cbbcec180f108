import { describe, expect, it } from "vitest";
import { refusedAt } from "../testing/refusedAt";
import { drawCommunitySample } from "./drawCommunitySample";
import { drawMemberSample } from "./drawMemberSample";
import { drawTopUpSample } from "./drawTopUpSample";
import { CITY, members, request } from "./testing/fixtures";
import { verifyMemberSample } from "./verifyMemberSample";

// docs/sampling.md: inputs are the zod schemas MemberDrawRequest and CommunityDrawRequest.
describe("the draws refuse what their schemas refuse", () => {
  const draw = (options: unknown) =>
    ({ ...request(members(10)), options }) as Parameters<typeof drawMemberSample>[0];

  it('stratifyBy "Branch" is refused, not drawn unstratified', () => {
    expect(refusedAt(() => drawMemberSample(draw({ stratifyBy: "Branch" }), CITY))).toEqual([
      "options.stratifyBy",
    ]);
  });

  it('mustVisit "m12" is refused, not read as must-visit IDs m, 1, 2', () => {
    expect(refusedAt(() => drawMemberSample(draw({ mustVisit: "M012" }), CITY))).toEqual([
      "options.mustVisit",
    ]);
    expect(refusedAt(() => drawTopUpSample(draw({ alreadyVisited: "M012" }), [], CITY))).toEqual([
      "options.alreadyVisited",
    ]);
  });

  it("an unknown option (a misspelt mustVisit) is refused, not ignored; a recorded sample still verifies", () => {
    expect(refusedAt(() => drawMemberSample(draw({ mustvisit: ["M001"] }), CITY))).toEqual([
      "options.mustvisit",
    ]);
    const given = { ...request(members(10)), options: { mustVisit: ["M001"] } };
    const sample = drawMemberSample(given, CITY);
    expect(verifyMemberSample(sample, given, CITY).ok).toBe(true);
  });

  it('districts "惠济区" is refused, not read as three districts', () => {
    const communities = [{ id: "c1", district: "金水区", members: 3 }];
    const community = {
      committeeId: "GWW",
      year: 2019,
      samplingDate: "2019-12-01",
      seed: "seed",
      communities,
      districts: "惠济区",
    } as unknown as Parameters<typeof drawCommunitySample>[0];
    expect(refusedAt(() => drawCommunitySample(community, CITY))).toEqual(["districts"]);
  });
});
