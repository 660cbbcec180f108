/**
 * A focused loop for profiling and for before/after figures of an optimisation:
 * the core and the hand-written loop alternate over the same 30,000 members for
 * a few rounds; prints both rates and their ratio. Not part of `npm run bench`.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/dist/profileCore.js [rounds] [core|ingest]
 */
import { getEdition } from "../../packages/core/src/editions/registry";
import { assessMember } from "../../packages/core/src/member/assessMember";
import { MemberRecords } from "../../packages/core/src/model/memberRecords";
import { validate } from "../../packages/core/src/model/validate";
import { fourConditionParameters, handLoop } from "./lib/fourConditions";
import { memberJsonChunk, memberPool, memberRecordsChunk } from "./lib/memberData";
import { median, now } from "./lib/stats";

const rounds = Number(process.argv[2] ?? 5);
const what = process.argv[3] ?? "core";
const edition = getEdition("zhengzhou-2019");
const options = { year: 2019 };
const p = fourConditionParameters(edition, 2019);
const pool = memberPool();
const chunks = [0, 1, 2].map((k) => memberRecordsChunk(pool, k * 10_000, 10_000));
const lines = what === "ingest" ? [0, 1, 2].map((k) => memberJsonChunk(pool, k * 10_000, 10_000)) : [];

/** Seconds of CPU this process used (user + system), steadier than the wall clock on a shared machine. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const coreRates: number[] = [];
const handRates: number[] = [];
const coreCpuRates: number[] = [];
const handCpuRates: number[] = [];
let sink = 0;
for (let round = 0; round < rounds; round++) {
  let t = now();
  let cpu = cpuSeconds();
  if (what === "ingest") {
    for (const chunk of lines)
      for (const line of chunk)
        sink += assessMember(validate(MemberRecords, JSON.parse(line)), edition, options).verdicts.length;
  } else {
    for (const chunk of chunks)
      for (const r of chunk) sink += assessMember(r, edition, options).verdicts.length;
  }
  coreRates.push(30_000 / ((now() - t) / 1000));
  coreCpuRates.push(30_000 / (cpuSeconds() - cpu));
  t = now();
  cpu = cpuSeconds();
  for (const chunk of chunks) for (const r of chunk) sink += handLoop(r, p);
  handRates.push(30_000 / ((now() - t) / 1000));
  handCpuRates.push(30_000 / (cpuSeconds() - cpu));
}
const rate = (rates: number[]) => Math.round(median(rates.slice(1))).toLocaleString("en");
const ratio = median(coreRates.slice(1).map((c, i) => c / (handRates[i + 1] as number)));
console.log(
  `${what}: ${rate(coreRates)} members/s (per CPU second ${rate(coreCpuRates)}), hand loop ${rate(handRates)} (per CPU second ${rate(handCpuRates)}), ratio ${ratio.toFixed(3)} (sink ${sink})`,
);
