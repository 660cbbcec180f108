import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawCommunitySample } from "./drawCommunitySample";
import { seedArbitrary } from "./testing/arbitraries";
import { CITY, DOC_SEED, withSampling } from "./testing/fixtures";
import { verifyCommunitySample } from "./verifyCommunitySample";

const COMMUNITIES = [
  ...[1, 2, 3, 4, 5].map((i) => ({ id: `C-JS-${i}`, district: "金水区" })),
  { id: "C-ZY-1", district: "中原区" },
  { id: "C-ZY-2", district: "中原区" },
  { id: "C-EQ-1", district: "二七区" },
];
const REQUEST = {
  committeeId: "工委",
  year: 2019,
  samplingDate: "2019-11-01",
  seed: DOC_SEED,
  communities: COMMUNITIES,
};
const SAMPLE = drawCommunitySample(REQUEST, CITY);
const kinds = (sample: unknown, input = REQUEST, edition = CITY) =>
  verifyCommunitySample(sample, input, edition).differences.map((d) => d.kind);

describe("verifyCommunitySample", () => {
  it("accepts the draw it re-derives", () => {
    expect(verifyCommunitySample(JSON.parse(JSON.stringify(SAMPLE)), REQUEST, CITY)).toMatchObject({
      ok: true,
    });
  });

  it("names the swapped community", () => {
    const jinshui = SAMPLE.districts.find((d) => d.district === "金水区");
    const outsider = COMMUNITIES.find((c) => c.district === "金水区" && !jinshui?.drawn.includes(c.id))
      ?.id as string;
    const altered = {
      ...SAMPLE,
      districts: SAMPLE.districts.map((d) =>
        d.district === "金水区" ? { ...d, drawn: [outsider, ...d.drawn.slice(1)] } : d,
      ),
    };
    const result = verifyCommunitySample(altered, REQUEST, CITY);
    expect(result.ok).toBe(false);
    expect(result.differences).toEqual([
      expect.objectContaining({ kind: "missing-ids", ids: [jinshui?.drawn[0]] }),
      expect.objectContaining({ kind: "unexpected-ids", ids: [outsider] }),
    ]);
  });

  it("reports seed, population, edition and per-district differences", () => {
    expect(kinds({ ...SAMPLE, seed: "x" })).toContain("seed-mismatch");
    expect(
      kinds(SAMPLE, { ...REQUEST, communities: [...COMMUNITIES, { id: "C-NEW", district: "二七区" }] }),
    ).toEqual(expect.arrayContaining(["population-hash-mismatch", "population-size-mismatch"]));
    expect(kinds(SAMPLE, REQUEST, withSampling({ communitiesPerDistrict: 1 }, CITY, CITY.id))).toEqual(
      expect.arrayContaining(["rate-mismatch", "unexpected-ids", "count-mismatch"]),
    );
    expect(kinds(SAMPLE, REQUEST, withSampling({}, CITY, "another"))).toEqual(["edition-mismatch"]);
  });

  it("reports the right communities in the wrong order, and malformed records", () => {
    const reordered = {
      ...SAMPLE,
      districts: SAMPLE.districts.map((d) => ({ ...d, drawn: [...d.drawn].reverse() })),
    };
    expect(kinds(reordered)).toContain("order-mismatch");
    expect(kinds({ kind: "member-sample" })).toEqual(["malformed"]);
  });

  it("accepts every draw and rejects it under another seed (property)", () => {
    const communities = fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^C[0-9]{1,3}$/),
        district: fc.constantFrom("金水区", "中原区", "二七区", "管城回族区", "惠济区"),
      }),
      { selector: (c) => c.id, maxLength: 30 },
    );
    fc.assert(
      fc.property(communities, seedArbitrary, seedArbitrary, (list, seed, otherSeed) => {
        const input = { ...REQUEST, communities: list, seed };
        const sample = drawCommunitySample(input, CITY);
        expect(verifyCommunitySample(sample, input, CITY).ok).toBe(true);
        fc.pre(otherSeed !== seed);
        expect(verifyCommunitySample({ ...sample, seed: otherSeed }, input, CITY).ok).toBe(false);
      }),
    );
  });
});
