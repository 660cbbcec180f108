import { createHash } from "node:crypto";
import { getEdition } from "../../../../packages/core/src/editions/registry";
import { drawMemberSample } from "../../../../packages/core/src/sampling/drawMemberSample";
import type { MemberDrawRequestInput } from "../../../../packages/core/src/sampling/memberDrawRequest";
import { verifyMemberSample } from "../../../../packages/core/src/sampling/verifyMemberSample";
import { unitOf } from "../memberData";
import { median, now, peakRssMb } from "../stats";

export interface SamplingOptions {
  members: number;
  runs: number;
  stratifyBy?: "none" | "branch";
}

/**
 * The 20% field-visit draw (`M-SPOTCHECK-20`) over N members and its
 * verification (which re-derives the draw and compares field by field).
 * The population is `Member`-like objects, a tenth of them out of scope.
 */
export async function drawAndVerify(options: SamplingOptions) {
  const { members, runs, stratifyBy = "none" } = options;
  const edition = getEdition("zhengzhou-2019");
  const population = Array.from({ length: members }, (_, i) => ({
    id: `m${String(i).padStart(7, "0")}`,
    branchId: `${unitOf(i)}-b${i % 7}`,
    inService: i % 10 !== 0,
    ...(i % 97 === 0 && { inScopeFrom: "2019-11-15" }),
  }));
  const request: MemberDrawRequestInput = {
    organisationId: "zhengzhou-municipal-organs",
    year: 2019,
    samplingDate: "2019-12-01",
    seed: "2019-12-02 上证综指收盘 2875.81",
    population,
    options: { stratifyBy },
  };
  const draws: number[] = [];
  const verifies: number[] = [];
  const bare: number[] = [];
  let sampleSize = 0;
  let ok = true;
  for (let run = 0; run < runs; run++) {
    bare.push(bareSha256Loop(request.seed, population));
    let start = now();
    const sample = drawMemberSample(request, edition);
    draws.push(now() - start);
    sampleSize = sample.sampleSize;
    start = now();
    ok = verifyMemberSample(sample, request, edition).ok && ok;
    verifies.push(now() - start);
  }
  const totals = draws.map((d, i) => d + (verifies[i] as number));
  const overBare = totals.map((t, i) => t / (bare[i] as number));
  return {
    members,
    runs,
    stratifyBy,
    sampleSize,
    verified: ok,
    drawMs: median(draws),
    verifyMs: median(verifies),
    totalMs: median(totals),
    bareSha256Ms: median(bare),
    totalOverBare: median(overBare),
    peakRssMb: peakRssMb(),
  };
}

/**
 * The yardstick: SHA-256 (node:crypto) of seed ‖ 0x00 ‖ ID for every member,
 * the digests a draw ranks by, and nothing else. Returns milliseconds.
 */
function bareSha256Loop(seed: string, population: readonly { id: string }[]): number {
  const prefix = Buffer.concat([Buffer.from(seed), Buffer.of(0)]);
  let sink = 0;
  const start = now();
  for (const { id } of population)
    sink ^= createHash("sha256").update(prefix).update(id).digest()[0] as number;
  const ms = now() - start;
  if (sink > 255) throw new Error("unreachable");
  return ms;
}
