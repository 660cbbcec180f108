import { describe, expect, it } from "vitest";
import { drawCommunitySample } from "./drawCommunitySample";
import { drawMemberSample } from "./drawMemberSample";
import { CITY, members, request } from "./testing/fixtures";

/**
 * Over a fixed set of 1,000 seeds (deterministic: the test always draws the
 * same samples), how often each member is drawn. For a fair draw a member's
 * count is Binomial(1000, p); the bounds are p·1000 ± 5σ, which a fair
 * draw leaves with probability below 1e-6 per member, while a biased rank
 * (say, one that favoured low IDs) leaves them at once.
 */
const SEEDS = Array.from({ length: 1000 }, (_, i) => `frequency-test seed ${i}`);

function bounds(p: number, n = SEEDS.length): [number, number] {
  const sigma = Math.sqrt(n * p * (1 - p));
  return [n * p - 5 * sigma, n * p + 5 * sigma];
}

describe("inclusion frequency over 1,000 seeds", () => {
  it("each of 50 members is drawn about 20% of the time", () => {
    const population = members(50);
    const counts = new Map(population.map((m) => [m.id, 0]));
    for (const seed of SEEDS) {
      for (const id of drawMemberSample(request(population, {}, seed), CITY).drawn) {
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    const [low, high] = bounds(10 / 50); // 200 ± 63
    for (const [, count] of counts) {
      expect(count).toBeGreaterThanOrEqual(low);
      expect(count).toBeLessThanOrEqual(high);
    }
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(10 * SEEDS.length);
  });

  it("stratified, each member of a branch is drawn at the branch's share", () => {
    // 30 / 15 / 5 members share 10 places as 6 / 3 / 1: each member 20%, 20%, 20%.
    const branch = (i: number) => (i <= 30 ? "甲" : i <= 45 ? "乙" : "丙");
    const population = members(50, branch);
    const counts = new Map(population.map((m) => [m.id, 0]));
    for (const seed of SEEDS) {
      const sample = drawMemberSample(request(population, { stratifyBy: "branch" }, seed), CITY);
      for (const id of sample.drawn) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const [low, high] = bounds(0.2);
    for (const [, count] of counts) {
      expect(count).toBeGreaterThanOrEqual(low);
      expect(count).toBeLessThanOrEqual(high);
    }
  });

  it("each community of a district of 5 is drawn about 2 times in 5", () => {
    const communities = [1, 2, 3, 4, 5].map((i) => ({ id: `C${i}`, district: "金水区" }));
    const counts = new Map(communities.map((c) => [c.id, 0]));
    for (const seed of SEEDS) {
      const sample = drawCommunitySample(
        { committeeId: "GW", year: 2019, samplingDate: "2019-11-01", seed, communities },
        CITY,
      );
      for (const id of sample.districts[0]?.drawn ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const [low, high] = bounds(2 / 5);
    for (const [, count] of counts) {
      expect(count).toBeGreaterThanOrEqual(low);
      expect(count).toBeLessThanOrEqual(high);
    }
  });
});
