import { sortByCodePoint } from "../collections/compareCodePoints";
import type { Edition } from "../editions/edition";
import { SAMPLING_ALGORITHM } from "./algorithm";
import { apportion } from "./apportion";
import { assertCanonicalText } from "./canonicalText";
import { checkDrawHeader, checkMemberDrawOptions } from "./drawContext";
import { exactRate, requiredSampleSize } from "./exactRate";
import type { MemberDrawRequestInput } from "./memberDrawRequest";
import { type PreparedMemberPopulation, prepareMemberPopulation } from "./memberPopulation";
import type { MemberSample, MemberSampleStratum } from "./memberSample";
import { compareRank, lowestRanked, rankOrder, rankTable } from "./rank";

function optionList(list: readonly string[] | undefined, what: string): string[] {
  for (const id of list ?? []) assertCanonicalText(id, what);
  return sortByCodePoint([...new Set(list ?? [])]);
}

/**
 * Draws the members one organisation field-visits in a year (`M-SPOTCHECK-20`,
 * ZZ47-BD 三(三)), as a pure function of the request and the edition.
 *
 * Size: ceil(rate × members in scope on the sampling date), the rate being the
 * edition's `sampling.spotCheckRate` read as an exact decimal. Must-visit and
 * already-visited members count toward it; the rest is drawn, lowest rank
 * SHA-256(seed ‖ 0x00 ‖ ID) first, from the members not yet counted — per
 * branch, by the shares of {@link apportion}, when stratified. When the
 * counted members alone reach the size, nothing is drawn.
 *
 * Throws `SamplingInputError` on input that does not define one sample.
 */
export function drawMemberSample(request: MemberDrawRequestInput, edition: Edition): MemberSample {
  return drawMemberSampleWithPopulation(request, edition).sample;
}

/** {@link drawMemberSample}, also handing back the prepared population (for checks that need it). */
export function drawMemberSampleWithPopulation(
  request: MemberDrawRequestInput,
  edition: Edition,
): { sample: MemberSample; population: PreparedMemberPopulation } {
  const samplingDate = checkDrawHeader(request);
  checkMemberDrawOptions(request);
  assertCanonicalText(request.organisationId, "Organisation ID");
  const stratifyBy = request.options?.stratifyBy ?? "none";
  const options = {
    stratifyBy,
    mustVisit: optionList(request.options?.mustVisit, "Must-visit member ID"),
    alreadyVisited: optionList(request.options?.alreadyVisited, "Already-visited member ID"),
  };
  const population = prepareMemberPopulation(request.population, samplingDate, stratifyBy);
  const rate = exactRate(edition.parameters.sampling.spotCheckRate);
  const requiredSize = requiredSampleSize(rate, population.ids.length);

  const ids = population.ids;
  const n = ids.length;
  const mustSet = new Set(options.mustVisit);
  const visitedSet = new Set(options.alreadyVisited);
  const mustVisit: string[] = [];
  const alreadyVisited: string[] = [];
  // Strata by branch ID ("" for an unstratified draw): size, members counted already, pool to draw from.
  const strataKeys: string[] = population.branches ? [] : [""];
  const strataIndex = new Map<string, number>(population.branches ? [] : [["", 0]]);
  const sizes: number[] = population.branches ? [] : [n];
  const fixed: number[] = population.branches ? [] : [0];
  const stratumOf = new Uint32Array(population.branches ? n : 0);
  const poolBuffer = new Uint32Array(n);
  let poolSize = 0;
  const checkOptions = mustSet.size + visitedSet.size > 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    if (population.branches) {
      const key = population.branches[i] as string;
      let known = strataIndex.get(key);
      if (known === undefined) {
        known = strataKeys.length;
        strataIndex.set(key, known);
        strataKeys.push(key);
        sizes.push(0);
        fixed.push(0);
      }
      s = known;
      stratumOf[i] = s;
      sizes[s] = (sizes[s] as number) + 1;
    }
    if (checkOptions) {
      const id = ids[i] as string;
      const must = mustSet.has(id);
      const visited = visitedSet.has(id);
      if (must) mustVisit.push(id);
      if (visited) alreadyVisited.push(id);
      if (must || visited) {
        fixed[s] = (fixed[s] as number) + 1;
        continue;
      }
    }
    poolBuffer[poolSize++] = i;
  }
  const pool = poolBuffer.subarray(0, poolSize);
  const found = new Set([...mustVisit, ...alreadyVisited]);
  const notInScope = [...options.mustVisit, ...options.alreadyVisited].filter((id) => !found.has(id));

  const fixedTotal = fixed.reduce((sum, f) => sum + f, 0);
  const drawn: number[] = [];
  let allocation = [...fixed];
  if (fixedTotal < requiredSize) {
    const table = rankTable(request.seed as string, ids, population.encoded, pool);
    if (strataKeys.length === 1) {
      // One stratum takes all k places (apportion would say the same): only the lowest ranks are needed.
      allocation = [requiredSize];
      for (const i of lowestRanked(table, pool, requiredSize - fixedTotal)) drawn.push(i);
    } else {
      const order = rankOrder(table, pool);
      // Each stratum's candidates in rank order, for tie-breaks between strata.
      const lists: number[][] = strataKeys.map(() => []);
      for (const i of order) lists[stratumOf[i] as number]?.push(i);
      // A tie goes to the stratum whose next candidate has the lower rank.
      const prefer = (a: number, b: number, given: readonly number[]) => {
        const nextA = lists[a]?.[(given[a] as number) - (fixed[a] as number)];
        const nextB = lists[b]?.[(given[b] as number) - (fixed[b] as number)];
        if (nextA === undefined || nextB === undefined) return nextA === undefined ? 1 : -1;
        return compareRank(table, nextA, nextB);
      };
      const strata = strataKeys.map((_, s) => ({ size: sizes[s] as number, fixed: fixed[s] as number }));
      allocation = apportion(requiredSize, strata, prefer);
      const toDraw = allocation.map((share, s) => share - (fixed[s] as number));
      for (const i of order) {
        const s = stratumOf[i] as number;
        if ((toDraw[s] as number) > 0) {
          drawn.push(i);
          toDraw[s] = (toDraw[s] as number) - 1;
        }
      }
    }
  }

  const sample: MemberSample = {
    kind: "member-sample",
    algorithm: { ...SAMPLING_ALGORITHM },
    organisationId: request.organisationId,
    year: request.year,
    samplingDate,
    seed: request.seed as string,
    edition: { id: edition.id, version: edition.version },
    rate: rate.text,
    populationHash: population.hash,
    populationSize: n,
    requiredSize,
    options,
    mustVisit: sortByCodePoint(mustVisit),
    alreadyVisited: sortByCodePoint(alreadyVisited),
    notInScope: sortByCodePoint([...new Set(notInScope)]),
    drawn: drawn.map((i) => ids[i] as string),
    sampleSize: mustVisit.length + drawn.length,
  };
  if (stratifyBy === "branch") {
    const strata: MemberSampleStratum[] = strataKeys.map((branchId, s) => ({
      branchId,
      populationSize: sizes[s] as number,
      fixed: fixed[s] as number,
      allocated: allocation[s] as number,
      drawn: Math.max(0, (allocation[s] as number) - (fixed[s] as number)),
    }));
    const order = sortByCodePoint(strataKeys);
    sample.strata = order.map((key) => strata[strataIndex.get(key) as number] as MemberSampleStratum);
  }
  return { sample, population };
}
