import { describe, expect, it } from "vitest";
import { Verdict } from "../model/verdict";
import { decideCommunitySample } from "./decideCommunitySample";
import { drawCommunitySample } from "./drawCommunitySample";
import { CITY, DOC_SEED } from "./testing/fixtures";
import type { CommunityVisitInput } from "./visit";

const DRAW = {
  committeeId: "市直工委",
  year: 2019,
  samplingDate: "2019-11-01",
  seed: DOC_SEED,
  communities: [
    ...[1, 2, 3, 4, 5].map((i) => ({ id: `C-JS-${i}`, district: "金水区" })),
    { id: "C-ZY-1", district: "中原区" },
    { id: "C-ZY-2", district: "中原区" },
    { id: "C-EQ-1", district: "二七区" },
  ],
  districts: ["上街区"],
};
// Drawn (docs/sampling.md): 中原区 C-ZY-1, C-ZY-2; 二七区 C-EQ-1; 金水区 C-JS-3, C-JS-1; 上街区 none.
const SAMPLE = drawCommunitySample(DRAW, CITY);

const visit = (
  id: string,
  communityId: string,
  date: string,
  kind: CommunityVisitInput["kind"] = "field-visit",
) => ({
  id,
  communityId,
  date,
  kind,
});
const ALL_VISITED = [
  visit("V1", "C-ZY-1", "2019-11-05"),
  visit("V2", "C-ZY-2", "2019-11-06"),
  visit("V3", "C-EQ-1", "2019-11-07"),
  visit("V4", "C-JS-3", "2019-11-08"),
  visit("V5", "C-JS-1", "2019-11-09"),
];

describe("decideCommunitySample (W-COMMUNITY-SAMPLE)", () => {
  it("is met when every district has its communities field-visited, a district without any counting as covered", () => {
    const verdict = decideCommunitySample({ draw: DRAW, sample: SAMPLE, visits: ALL_VISITED }, CITY);
    expect(Verdict.parse(verdict)).toEqual(verdict);
    expect(verdict).toMatchObject({
      ruleId: "W-COMMUNITY-SAMPLE",
      subject: { kind: "organisation", id: "市直工委" },
      status: "met",
      citations: [{ text: "ZZ47-BD 三(三)" }],
      recordIds: ["V1", "V2", "V3", "V4", "V5"],
    });
    expect(verdict.facts).toMatchObject({
      communitiesPerDistrict: 2,
      districtCount: 4,
      requiredCount: 5,
      visitedCount: 5,
      shortDistricts: [],
      sampleVerified: true,
      publicationAssessed: false,
    });
  });

  it("phone calls do not count; a short district makes it unmet after the year", () => {
    const visits = [...ALL_VISITED.slice(0, 4), visit("P5", "C-JS-1", "2019-11-09", "phone")];
    const verdict = decideCommunitySample({ draw: DRAW, visits }, CITY);
    expect(verdict).toMatchObject({ status: "unmet", reason: "count-short" });
    expect(verdict.facts.shortDistricts).toEqual(["金水区 1/2"]);
    expect(verdict.facts.sampledNotVisited).toEqual(["C-JS-1"]);
    expect(verdict.excluded.map((e) => e.reason)).toEqual(["not-field-visit"]);
  });

  it("while the year is open a shortfall is pending, with the fix naming district and sampled community", () => {
    const verdict = decideCommunitySample(
      { draw: DRAW, visits: ALL_VISITED.slice(0, 4), asOf: "2019-11-20" },
      CITY,
    );
    expect(verdict).toMatchObject({ status: "pending", reason: "in-progress", provisional: true });
    expect(verdict.fix).toEqual({
      by: "2019-12-31",
      zh: "2019-12-31 前金水区再走访 1 个社区（抽中未走访：C-JS-1）",
      en: "field-visit 1 more in 金水区 (sampled, not yet visited: C-JS-1) by 2019-12-31",
    });
  });

  it("counts another community of the district in place of the sampled one, and lists the sampled one", () => {
    const visits = [...ALL_VISITED.slice(0, 4), visit("V5b", "C-JS-5", "2019-11-09")];
    const verdict = decideCommunitySample({ draw: DRAW, visits }, CITY);
    expect(verdict.status).toBe("met");
    expect(verdict.facts.sampledNotVisited).toEqual(["C-JS-1"]);
  });

  it("when findings are assessed, they must be published in the year", () => {
    const unpublished = decideCommunitySample({ draw: DRAW, visits: ALL_VISITED, findings: [] }, CITY);
    expect(unpublished).toMatchObject({ status: "unmet", reason: "not-published" });
    const published = decideCommunitySample(
      { draw: DRAW, visits: ALL_VISITED, findings: [{ id: "TB-1", date: "2019-12-20" }] },
      CITY,
    );
    expect(published.status).toBe("met");
    expect(published.facts.publishedOn).toBe("2019-12-20");
    expect(published.recordIds).toContain("TB-1");
    const lastYear = decideCommunitySample(
      { draw: DRAW, visits: ALL_VISITED, findings: [{ id: "TB-0", date: "2018-12-20" }], asOf: "2019-12-01" },
      CITY,
    );
    expect(lastYear.status).toBe("pending");
    expect(lastYear.fix?.en).toBe("publish the findings by 2019-12-31");
  });

  it("is not applicable when no community has members and no district is asked for", () => {
    const verdict = decideCommunitySample(
      { draw: { ...DRAW, communities: [{ id: "C0", district: "金水区", members: 0 }], districts: [] } },
      CITY,
    );
    expect(verdict).toMatchObject({ status: "not-applicable", reason: "no-communities" });
  });

  it("sets aside visits to communities without members", () => {
    const draw = {
      ...DRAW,
      communities: [...DRAW.communities, { id: "C-EMPTY", district: "二七区", members: 0 }],
    };
    const verdict = decideCommunitySample({ draw, visits: [visit("X", "C-EMPTY", "2019-11-05")] }, CITY);
    expect(verdict.excluded.map((e) => [e.recordId, e.reason])).toEqual([["X", "not-in-population"]]);
  });
});
