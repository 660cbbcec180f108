/**
 * One process, two versions of the core: `@base/…` is another commit's
 * packages/core/src (see ab.sh), the relative imports are the checkout. Checks
 * that both give the same output, then times them in alternation, in CPU time
 * (steadier than the wall clock on a shared machine), and prints the median
 * ratio. Run the checkout against itself (ab.sh HEAD) to see the noise band.
 *
 *   what: validate (MemberRecords from JSON) | assess (assessMember) | draw (draw + verify)
 */

import { loadavg } from "node:os";
import { isDeepStrictEqual } from "node:util";
import * as baseRegistry from "@base/editions/registry";
import * as baseAssess from "@base/member/assessMember";
import * as baseRecords from "@base/model/memberRecords";
import * as baseValidate from "@base/model/validate";
import * as baseDraw from "@base/sampling/drawMemberSample";
import * as baseVerify from "@base/sampling/verifyMemberSample";
import * as newRegistry from "../../packages/core/src/editions/registry";
import * as newAssess from "../../packages/core/src/member/assessMember";
import * as newRecords from "../../packages/core/src/model/memberRecords";
import * as newValidate from "../../packages/core/src/model/validate";
import * as newDraw from "../../packages/core/src/sampling/drawMemberSample";
import * as newVerify from "../../packages/core/src/sampling/verifyMemberSample";
import { memberJsonChunk, memberPool, memberRecordsChunk } from "../src/lib/memberData";

type Core = {
  registry: typeof newRegistry;
  assess: typeof newAssess;
  records: typeof newRecords;
  validate: typeof newValidate;
  draw: typeof newDraw;
  verify: typeof newVerify;
};
const base = {
  registry: baseRegistry,
  assess: baseAssess,
  records: baseRecords,
  validate: baseValidate,
  draw: baseDraw,
  verify: baseVerify,
} as unknown as Core;
const current: Core = {
  registry: newRegistry,
  assess: newAssess,
  records: newRecords,
  validate: newValidate,
  draw: newDraw,
  verify: newVerify,
};

const what = process.argv[2] ?? "validate";
const n = Number(process.argv[3] ?? (what === "draw" ? 300_000 : 20_000));
const RUNS = 10;

/** A unit of work per version, and what it gives back (compared before timing). */
function workload(core: Core): () => unknown {
  const edition = core.registry.getEdition("zhengzhou-2019");
  if (what === "validate") {
    const lines = memberJsonChunk(memberPool(), 0, n);
    return () =>
      lines.map((line) => core.validate.validate(core.records.MemberRecords, JSON.parse(line), "member"));
  }
  if (what === "assess") {
    const records = memberRecordsChunk(memberPool(), 0, n);
    return () => records.map((r) => core.assess.assessMember(r, edition, { year: 2019 }));
  }
  const population = Array.from({ length: n }, (_, i) => ({
    id: `m${String(i).padStart(7, "0")}`,
    inService: i % 10 !== 0,
    ...(i % 97 === 0 && { inScopeFrom: "2019-11-15" }),
  }));
  const request = {
    organisationId: "org",
    year: 2019,
    samplingDate: "2019-12-01",
    seed: "seed 2875.81",
    population,
  };
  return () => {
    const sample = core.draw.drawMemberSample(request, edition);
    return [sample, core.verify.verifyMemberSample(sample, request, edition).ok];
  };
}

const runBase = workload(base);
const runCurrent = workload(current);
if (!isDeepStrictEqual(runBase(), runCurrent()))
  throw new Error(`${what}: the two versions give different output`);
const cpuMs = (run: () => unknown) => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const ratios: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const [b, c] =
    r % 2 === 0 ? [cpuMs(runBase), cpuMs(runCurrent)] : [cpuMs(runCurrent), cpuMs(runBase)].reverse();
  ratios.push((b as number) / (c as number));
  console.log(`run ${r}: base ${(b as number).toFixed(0)} ms, checkout ${(c as number).toFixed(0)} ms CPU`);
}
ratios.sort((a, b) => a - b);
const median = ((ratios[RUNS / 2 - 1] as number) + (ratios[RUNS / 2] as number)) / 2;
console.log(
  `${what} N=${n}: checkout ${median.toFixed(2)}× base (median of ${RUNS}, ${(ratios[0] as number).toFixed(2)}–${(ratios[RUNS - 1] as number).toFixed(2)}), load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);
