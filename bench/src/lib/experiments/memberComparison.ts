import { getEdition } from "../../../../packages/core/src/editions/registry";
import type { MemberRecords } from "../../../../packages/core/src/model/memberRecords";
import {
  type Contender,
  coreContender,
  fourConditionsOf,
  handContender,
  jsonRulesEngineContender,
  tenRuleContender,
} from "../contenders";
import { memberPool, memberRecordsChunk } from "../memberData";
import { median, now, peakRssMb } from "../stats";

export interface ComparisonOptions {
  members: number;
  runs: number;
  chunk: number;
  year?: number;
}

export interface ContenderFigures {
  name: string;
  /** Members per second of each run. */
  perRun: number[];
  median: number;
  /** Members whose statuses (or four conditions) differ from the core's (checked in the first run). */
  disagreements: number;
}

export interface ComparisonResult {
  members: number;
  runs: number;
  chunk: number;
  contenders: ContenderFigures[];
  /** Medians over runs of the per-run ratio core ÷ other. */
  coreOverTenRules: number;
  coreOverHand: number;
  coreOverEngine: number;
  peakRssMb: number;
}

function syncPass(contender: Contender, members: readonly MemberRecords[], out: Uint32Array): void {
  for (let i = 0; i < members.length; i++) out[i] = contender.decide(members[i] as MemberRecords) as number;
}

async function asyncPass(contender: Contender, members: readonly MemberRecords[], out: Uint32Array) {
  for (let i = 0; i < members.length; i++) out[i] = await contender.decide(members[i] as MemberRecords);
}

/**
 * The core, the hand-written loop and json-rules-engine over the same members.
 * Members come in chunks; each chunk is generated once (untimed) and then every
 * contender runs it once per run, the order rotating from chunk to chunk and run
 * to run, so drift (JIT, GC, a neighbour's load) hits all three alike. A run's
 * time for a contender is the sum of its chunk times; the figures are medians
 * over runs, and the ratios are medians of the per-run ratios.
 */
export async function compareMemberAssessment(options: ComparisonOptions): Promise<ComparisonResult> {
  const { members, runs, chunk, year = 2019 } = options;
  const edition = getEdition("zhengzhou-2019");
  const contenders = [
    coreContender(edition, year),
    tenRuleContender(edition, year),
    handContender(edition, year),
    jsonRulesEngineContender(edition, year),
  ];
  const pool = memberPool();

  // Warm-up (JIT): every contender runs twice over 10,000 members that are not measured.
  const warm = memberRecordsChunk(pool, members, 10_000);
  const scratch = new Uint32Array(warm.length);
  for (let round = 0; round < 2; round++) {
    for (const contender of contenders) {
      if (contender.async) await asyncPass(contender, warm, scratch);
      else syncPass(contender, warm, scratch);
    }
  }

  const ms = contenders.map(() => new Array<number>(runs).fill(0));
  const disagreements = contenders.map(() => 0);
  const bits = contenders.map(() => new Uint32Array(chunk));
  for (let from = 0, k = 0; from < members; from += chunk, k++) {
    const batch = memberRecordsChunk(pool, from, Math.min(chunk, members - from));
    for (let run = 0; run < runs; run++) {
      for (let j = 0; j < contenders.length; j++) {
        const index = (j + k + run) % contenders.length;
        const contender = contenders[index] as Contender;
        const out = bits[index] as Uint32Array;
        const start = now();
        if (contender.async) await asyncPass(contender, batch, out);
        else syncPass(contender, batch, out);
        const times = ms[index] as number[];
        times[run] = (times[run] ?? 0) + now() - start;
      }
      if (run === 0) {
        // The core (contender 0) decides the ten rules: each contender is checked on what it decides.
        const reference = bits[0] as Uint32Array;
        contenders.forEach((contender, index) => {
          const out = bits[index] as Uint32Array;
          const expected = (i: number) =>
            contender.decides === "ten-rules"
              ? (reference[i] as number)
              : fourConditionsOf(reference[i] as number);
          let differ = 0;
          for (let i = 0; i < batch.length; i++) if (out[i] !== expected(i)) differ++;
          disagreements[index] = (disagreements[index] ?? 0) + differ;
        });
      }
    }
  }

  const rates = ms.map((perRun) => perRun.map((t) => (members / t) * 1000));
  const ratio = (a: number, b: number) =>
    median((rates[a] as number[]).map((rate, run) => rate / ((rates[b] as number[])[run] as number)));
  return {
    members,
    runs,
    chunk,
    contenders: contenders.map((contender, index) => ({
      name: contender.name,
      perRun: rates[index] as number[],
      median: median(rates[index] as number[]),
      disagreements: disagreements[index] as number,
    })),
    coreOverTenRules: ratio(0, 1),
    coreOverHand: ratio(0, 2),
    coreOverEngine: ratio(0, 3),
    peakRssMb: peakRssMb(),
  };
}
