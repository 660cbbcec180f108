import { PerformanceObserver } from "node:perf_hooks";
import { assessDataset } from "../../../../packages/core/src/audit/assessDataset";
import { AuditDataset, type AuditDatasetInput } from "../../../../packages/core/src/audit/auditDataset";
import { getEdition } from "../../../../packages/core/src/editions/registry";
import { validate } from "../../../../packages/core/src/model/validate";
import { collectGarbage, now } from "../stats";

const MEMBERS_PER_UNIT = 10;
const COMMUNITIES = 200;

/**
 * A city's audit dataset: `members` members in units of ten, each living in
 * one of 200 communities, most reported on time with a claim and two
 * services, a tenth moved once, a field visit for every fifth.
 */
function cityDataset(members: number): AuditDataset {
  const unitCount = Math.ceil(members / MEMBERS_PER_UNIT);
  const units = Array.from({ length: unitCount }, (_, u) => ({ id: `u${u}`, name: `单位${u}` }));
  const input: Required<
    Pick<AuditDatasetInput, "members" | "residences" | "reports" | "postClaims" | "services" | "visits">
  > = {
    members: [],
    residences: [],
    reports: [],
    postClaims: [],
    services: [],
    visits: [],
  };
  for (let i = 0; i < members; i++) {
    const id = `m${i}`;
    const unitId = `u${Math.floor(i / MEMBERS_PER_UNIT)}`;
    const community = (n: number) => ({
      communityId: `c${n % COMMUNITIES}`,
      communityName: `社区${n % COMMUNITIES}`,
      district: `区${n % 12}`,
    });
    input.members.push({ id, name: `党员${i}`, unitId, branchId: `${unitId}-b${i % 2}`, inService: true });
    input.residences.push({ id: `r${i}`, memberId: id, ...community(i), from: "2012-05-01" });
    if (i % 10 === 3)
      input.residences.push({ id: `r${i}-2`, memberId: id, ...community(i + 1), from: "2019-11-02" });
    if (i % 10 !== 7)
      input.reports.push({
        id: `rep${i}`,
        memberId: id,
        date: "2019-10-20",
        communityId: `c${i % COMMUNITIES}`,
      });
    input.postClaims.push({ id: `pc${i}`, memberId: id, postCode: (i % 14) + 1 });
    for (const [k, date] of ["2019-10-12", "2019-11-09"].entries()) {
      input.services.push({
        id: `s${i}-${k}`,
        memberId: id,
        date,
        communityId: `c${i % COMMUNITIES}`,
        content: "义诊",
      });
    }
    if (i % 5 === 0)
      input.visits.push({ id: `v${i}`, memberId: id, date: "2019-12-05", kind: "field-visit" });
  }
  return validate(AuditDataset, { units, ...input }, "bench dataset");
}

const OPTIONS = {
  year: 2019,
  asOf: "2019-12-20",
  overdueSince: "2019-10-01",
  statsTableSubmittedOn: { u0: "2019-11-08" },
  spotCheck: { seed: "2019-12-01 bench seed", samplingDate: "2019-12-01" },
};

export interface ScalingOptions {
  /** The smaller and the larger dataset, in members. */
  sizes: [number, number];
  runs: number;
}

/**
 * `assessDataset` over a dataset of each size, in one process: time per
 * member at the larger size over time per member at the smaller (≈ 1 when
 * the whole-dataset path grows linearly; 10 when it grows with the square).
 */
export async function datasetScaling({ sizes, runs }: ScalingOptions) {
  const perMember: Record<string, number[]> = {};
  // Garbage collection inside each timed run (V8's own pause times), to tell the
  // collector's share from the library's own work when the ratio is not 1.
  const gcPerMember: Record<string, number[]> = {};
  // CPU time of this process (all its threads), steadier than the wall clock
  // when other processes share the cores.
  const cpuPerMember: Record<string, number[]> = {};
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const gc = new PerformanceObserver(() => {});
  gc.observe({ entryTypes: ["gc"] });
  const gcMsSince = () => gc.takeRecords().reduce((sum, entry) => sum + entry.duration, 0);
  for (const members of sizes) {
    const dataset = cityDataset(members);
    // One run not timed: warm code, as an auditor's second dataset would find it.
    assessDataset(dataset, getEdition("zhengzhou-2019"), OPTIONS);
    const times: number[] = [];
    const gcTimes: number[] = [];
    const cpuTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      collectGarbage();
      gcMsSince();
      const start = now();
      const cpuStart = cpuMs();
      const result = assessDataset(dataset, getEdition("zhengzhou-2019"), OPTIONS);
      times.push((now() - start) / members);
      cpuTimes.push((cpuMs() - cpuStart) / members);
      // V8 hands the pause entries to the observer's buffer from the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      gcTimes.push(gcMsSince() / members);
      if (result.members.length !== members) throw new Error("not every member was assessed");
    }
    perMember[members] = times;
    gcPerMember[members] = gcTimes;
    cpuPerMember[members] = cpuTimes;
  }
  gc.disconnect();
  return { sizes, runs, perMemberMs: perMember, gcPerMemberMs: gcPerMember, cpuPerMemberMs: cpuPerMember };
}
