import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodePoints } from "../collections/compareCodePoints";
import type { Edition } from "../editions/edition";
import { apportion } from "./apportion";
import { drawMemberSample } from "./drawMemberSample";
import { type MemberSample, sampledMemberIds } from "./memberSample";
import { rankOf } from "./rank";
import {
  type ArbitraryMember,
  editionArbitrary,
  idArbitrary,
  inScope,
  populationArbitrary,
  seedArbitrary,
} from "./testing/arbitraries";
import { request, shuffled } from "./testing/fixtures";

const RUNS = { numRuns: 200 };

/** ceil(rate × n) on the rate's decimal digits, independently of exactRate. */
function ceilRate(rate: number, n: number): number {
  const [whole, fraction = ""] = String(rate).split(".");
  const scale = 10n ** BigInt(fraction.length);
  const numerator = BigInt(`${whole}${fraction}`) * BigInt(n);
  return Number((numerator + scale - 1n) / scale);
}

/**
 * The draw written the slow, obvious way (docs/sampling.md step by step):
 * sort by the hex rank, share places with `apportion`, take the lowest.
 */
function referenceDraw(
  population: ArbitraryMember[],
  seed: string,
  edition: Edition,
  stratify: boolean,
  mustVisit: string[],
  alreadyVisited: string[],
): string[] {
  const scope = population.filter(inScope);
  const k = ceilRate(edition.parameters.sampling.spotCheckRate, scope.length);
  const counted = new Set([...mustVisit, ...alreadyVisited].filter((id) => scope.some((m) => m.id === id)));
  const byRank = (a: string, b: string) => {
    const ra = rankOf(seed, a);
    const rb = rankOf(seed, b);
    return ra < rb ? -1 : ra > rb ? 1 : compareCodePoints(a, b);
  };
  const keys = [...new Set(scope.map((m) => (stratify ? m.branchId : "")))].sort(compareCodePoints);
  const pools = keys.map((key) =>
    scope
      .filter((m) => (stratify ? m.branchId : "") === key && !counted.has(m.id))
      .map((m) => m.id)
      .sort(byRank),
  );
  const strata = keys.map((key) => {
    const inStratum = scope.filter((m) => (stratify ? m.branchId : "") === key);
    return { size: inStratum.length, fixed: inStratum.filter((m) => counted.has(m.id)).length };
  });
  const shares = apportion(k, strata, (a, b, given) =>
    byRank(
      pools[a]?.[(given[a] ?? 0) - (strata[a]?.fixed ?? 0)] as string,
      pools[b]?.[(given[b] ?? 0) - (strata[b]?.fixed ?? 0)] as string,
    ),
  );
  return pools.flatMap((pool, s) => pool.slice(0, (shares[s] ?? 0) - (strata[s]?.fixed ?? 0))).sort(byRank);
}

const drawArbitrary = fc
  .record({
    population: populationArbitrary,
    seed: seedArbitrary,
    edition: editionArbitrary,
    stratify: fc.boolean(),
    mustPicks: fc.array(fc.nat(), { maxLength: 8 }),
    visitedPicks: fc.array(fc.nat(), { maxLength: 8 }),
    strangers: fc.array(idArbitrary, { maxLength: 2 }),
  })
  .map(({ population, mustPicks, visitedPicks, strangers, ...rest }) => {
    const pick = (picks: number[]) =>
      population.length === 0
        ? []
        : picks.map((p) => (population[p % population.length] as ArbitraryMember).id);
    const known = new Set(population.map((m) => m.id));
    const outsiders = strangers.filter((id) => !known.has(id));
    return {
      ...rest,
      population,
      mustVisit: [...pick(mustPicks), ...outsiders],
      alreadyVisited: pick(visitedPicks),
    };
  });

type DrawCase = typeof drawArbitrary extends fc.Arbitrary<infer T> ? T : never;

function draw(c: DrawCase, population = c.population): MemberSample {
  return drawMemberSample(
    request(
      population,
      {
        stratifyBy: c.stratify ? "branch" : "none",
        mustVisit: c.mustVisit,
        alreadyVisited: c.alreadyVisited,
      },
      c.seed,
    ),
    c.edition,
  );
}

describe("drawMemberSample properties", () => {
  it("the sample size is max(ceil(rate × N), members already counted), drawn on top of them", () => {
    fc.assert(
      fc.property(drawArbitrary, (c) => {
        const sample = draw(c);
        const scopeIds = new Set(c.population.filter(inScope).map((m) => m.id));
        const k = ceilRate(c.edition.parameters.sampling.spotCheckRate, scopeIds.size);
        const counted = new Set([...c.mustVisit, ...c.alreadyVisited].filter((id) => scopeIds.has(id)));
        expect(sample.populationSize).toBe(scopeIds.size);
        expect(sample.requiredSize).toBe(k);
        expect(counted.size + sample.drawn.length).toBe(Math.max(k, counted.size));
      }),
      RUNS,
    );
  });

  it("without already-visited members the sample is exactly ceil(rate × N), or the must-visit list when longer", () => {
    fc.assert(
      fc.property(drawArbitrary, (c) => {
        const sample = draw({ ...c, alreadyVisited: [] });
        const mustInScope = new Set(
          c.mustVisit.filter((id) => c.population.some((m) => m.id === id && inScope(m))),
        );
        expect(sampledMemberIds(sample)).toHaveLength(Math.max(sample.requiredSize, mustInScope.size));
      }),
      RUNS,
    );
  });

  it("samples no one twice, only members in scope, and never an already-counted member as drawn", () => {
    fc.assert(
      fc.property(drawArbitrary, (c) => {
        const sample = draw(c);
        const ids = sampledMemberIds(sample);
        expect(new Set(ids).size).toBe(ids.length);
        const scopeIds = new Set(c.population.filter(inScope).map((m) => m.id));
        for (const id of ids) expect(scopeIds.has(id)).toBe(true);
        for (const id of sample.drawn) {
          expect(c.mustVisit).not.toContain(id);
          expect(c.alreadyVisited).not.toContain(id);
        }
      }),
      RUNS,
    );
  });

  it("equals the slow reference implementation of the documented algorithm", () => {
    fc.assert(
      fc.property(drawArbitrary, (c) => {
        expect(draw(c).drawn).toEqual(
          referenceDraw(c.population, c.seed, c.edition, c.stratify, c.mustVisit, c.alreadyVisited),
        );
      }),
      RUNS,
    );
  });

  it("the same inputs give the same sample, and a shuffled population gives the same sample", () => {
    fc.assert(
      fc.property(drawArbitrary, fc.nat(), (c, shuffleSeed) => {
        const sample = draw(c);
        expect(draw(c)).toEqual(sample);
        expect(draw(c, shuffled(c.population, shuffleSeed))).toEqual(sample);
      }),
      RUNS,
    );
  });

  it("stratified: shares add up, every non-empty branch gets one when places allow, none exceeds its size", () => {
    fc.assert(
      fc.property(drawArbitrary, (c) => {
        const sample = draw({ ...c, stratify: true, mustVisit: [], alreadyVisited: [] });
        const strata = sample.strata ?? [];
        expect(strata.reduce((sum, s) => sum + s.allocated, 0)).toBe(sample.requiredSize);
        for (const s of strata) {
          expect(s.allocated).toBeLessThanOrEqual(s.populationSize);
          if (strata.length <= sample.requiredSize) expect(s.allocated).toBeGreaterThanOrEqual(1);
        }
        const branchOf = new Map(c.population.map((m) => [m.id, m.branchId]));
        for (const s of strata) {
          expect(sample.drawn.filter((id) => branchOf.get(id) === s.branchId)).toHaveLength(s.drawn);
        }
      }),
      RUNS,
    );
  });

  it("a top-up with the first draw's seed keeps its rank order", () => {
    fc.assert(
      fc.property(drawArbitrary, fc.array(fc.nat(), { maxLength: 5 }), (c, picks) => {
        const base = { ...c, stratify: false, mustVisit: [], alreadyVisited: [] };
        const first = draw(base);
        const visited =
          first.drawn.length === 0 ? [] : picks.map((p) => first.drawn[p % first.drawn.length] as string);
        const topUp = draw({ ...base, alreadyVisited: visited });
        const stillToVisit = first.drawn.filter((id) => !visited.includes(id));
        expect(topUp.drawn).toEqual(stillToVisit);
      }),
      RUNS,
    );
  });
});
