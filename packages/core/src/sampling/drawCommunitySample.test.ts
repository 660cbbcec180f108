import { describe, expect, it } from "vitest";
import { refusedAt } from "../testing/refusedAt";
import { hashCommunityPopulation } from "./communityPopulation";
import { CommunitySample, sampledCommunityIds } from "./communitySample";
import { decideCommunitySample } from "./decideCommunitySample";
import { drawCommunitySample } from "./drawCommunitySample";
import { SamplingInputError } from "./samplingError";
import { CITY, DOC_SEED, shuffled, withSampling } from "./testing/fixtures";
import { verifyCommunitySample } from "./verifyCommunitySample";

const ONE_PER_DISTRICT = withSampling({ communitiesPerDistrict: 1 }, CITY, "one-per-district");

/** 金水区 5 communities, 中原区 2, 二七区 1, 惠济区 none with members (one with 0), 上街区 only listed. */
const COMMUNITIES: { id: string; district: string; members?: number }[] = [
  ...[1, 2, 3, 4, 5].map((i) => ({ id: `C-JS-${i}`, district: "金水区" })),
  { id: "C-ZY-1", district: "中原区" },
  { id: "C-ZY-2", district: "中原区", members: 3 },
  { id: "C-EQ-1", district: "二七区" },
  { id: "C-HJ-1", district: "惠济区", members: 0 },
];

const request = (communities = COMMUNITIES, districts = ["上街区"]) => ({
  committeeId: "工委",
  year: 2019,
  samplingDate: "2019-11-01",
  seed: DOC_SEED,
  communities,
  districts,
});

describe("drawCommunitySample", () => {
  it("draws 2 in a district of 5, both of 2, the 1 of 1, and none where there is none", () => {
    const sample = drawCommunitySample(request(), CITY);
    const byDistrict = new Map(sample.districts.map((d) => [d.district, d]));
    expect(byDistrict.get("金水区")).toMatchObject({ communities: 5, required: 2 });
    expect(byDistrict.get("金水区")?.drawn).toHaveLength(2);
    expect(byDistrict.get("中原区")).toMatchObject({ communities: 2, required: 2 });
    expect(new Set(byDistrict.get("中原区")?.drawn)).toEqual(new Set(["C-ZY-1", "C-ZY-2"]));
    expect(byDistrict.get("二七区")).toMatchObject({ communities: 1, required: 1, drawn: ["C-EQ-1"] });
    expect(byDistrict.get("上街区")).toMatchObject({ communities: 0, required: 0, drawn: [] });
    // 惠济区 has a community, but no member lives there and it was not asked for.
    expect(byDistrict.get("惠济区")).toBeUndefined();
    expect(sample.populationSize).toBe(8);
  });

  it("matches the worked example of docs/sampling.md (Python reference)", () => {
    const sample = drawCommunitySample(
      request(
        COMMUNITIES.filter((c) => c.members !== 0),
        [],
      ),
      CITY,
    );
    expect(sample.populationHash).toBe("a3c01bf9ce149bd135ee31d5b131b855acf8f4bfcefbd6804a70c9e119cb4e74");
    expect(sample.districts.map((d) => [d.district, d.drawn])).toEqual([
      ["中原区", ["C-ZY-1", "C-ZY-2"]],
      ["二七区", ["C-EQ-1"]],
      ["金水区", ["C-JS-3", "C-JS-1"]],
    ]);
  });

  it("draws one per district under an edition that says 1, the first of the same rank order", () => {
    const two = drawCommunitySample(request(), CITY);
    const one = drawCommunitySample(request(), ONE_PER_DISTRICT);
    for (const district of one.districts) {
      const same = two.districts.find((d) => d.district === district.district);
      expect(district.drawn).toEqual(same?.drawn.slice(0, 1));
    }
    expect(one.communitiesPerDistrict).toBe(1);
  });

  it("does not depend on the order of the community list", () => {
    expect(drawCommunitySample(request(shuffled(COMMUNITIES, 7)), CITY)).toEqual(
      drawCommunitySample(request(), CITY),
    );
  });

  it("records the population hash it can be committed to before the draw", () => {
    const sample = drawCommunitySample(request(), CITY);
    expect(hashCommunityPopulation(COMMUNITIES)).toEqual({
      populationHash: sample.populationHash,
      populationSize: sample.populationSize,
    });
    expect(CommunitySample.parse(sample)).toEqual(sample);
    expect(sampledCommunityIds(sample)).toHaveLength(2 + 2 + 1);
  });

  it("refuses a community listed twice and a district name that is not canonical", () => {
    expect(() =>
      drawCommunitySample(request([...COMMUNITIES, { id: "C-EQ-1", district: "二七区" }]), CITY),
    ).toThrow(SamplingInputError);
    expect(() => drawCommunitySample(request([{ id: "C1", district: "金水区 " }]), CITY)).toThrow(
      /district/i,
    );
  });
});

describe("drawCommunitySample without a committee, year or sampling date", () => {
  it("draws from the seed and the communities alone, the same communities, recording null for what was not given", () => {
    const full = drawCommunitySample(request(), CITY);
    const bare = drawCommunitySample(
      { seed: DOC_SEED, communities: COMMUNITIES, districts: ["上街区"] },
      CITY,
    );
    expect(bare).toMatchObject({ committeeId: null, year: null, samplingDate: null });
    expect(bare.districts).toEqual(full.districts);
    expect(bare.populationHash).toBe(full.populationHash);
    expect(CommunitySample.parse(bare)).toEqual(bare);
    expect(
      verifyCommunitySample(bare, { seed: DOC_SEED, communities: COMMUNITIES, districts: ["上街区"] }, CITY)
        .ok,
    ).toBe(true);
  });

  it("takes the year from the sampling date when only the date is given", () => {
    const dated = drawCommunitySample(
      { seed: DOC_SEED, communities: COMMUNITIES, samplingDate: "2019-11-01" },
      CITY,
    );
    expect(dated).toMatchObject({ committeeId: null, year: 2019, samplingDate: "2019-11-01" });
  });

  it("W-COMMUNITY-SAMPLE judges the sampling date's year, and asks for a year when the draw has neither", () => {
    const visits = [{ id: "V1", communityId: "C-JS-1", date: "2019-11-05", kind: "field-visit" as const }];
    const verdict = decideCommunitySample(
      { draw: { seed: DOC_SEED, communities: COMMUNITIES, samplingDate: "2019-11-01" }, visits },
      CITY,
    );
    expect(verdict).toMatchObject({ year: 2019, subject: { kind: "organisation", id: "" } });
    expect(verdict.facts.visitedCount).toBe(1);
    expect(
      refusedAt(() =>
        decideCommunitySample({ draw: { seed: DOC_SEED, communities: COMMUNITIES }, visits }, CITY),
      ),
    ).toEqual(["draw.year"]);
  });
});
