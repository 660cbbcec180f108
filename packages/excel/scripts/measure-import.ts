// Measures the import of a large services sheet: time and memory. Not a test.
// Run from packages/excel:  npm run bench:import -- 200000
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { importWorkbook, writeInputWorkbook } from "../src/index";

const serviceCount = Number(process.argv[2] ?? 200_000);
const memberCount = 2_000;
const dir = join(process.cwd(), ".bench-out");
mkdirSync(dir, { recursive: true });
const path = join(dir, `services-${serviceCount}.xlsx`);

const members = Array.from({ length: memberCount }, (_, i) => ({
  id: `M${i}`,
  name: `党员${i}`,
  unitId: "U1",
  branchId: "B1",
  inService: true,
  cadreCandidateYears: [],
}));
function* services() {
  for (let i = 0; i < serviceCount; i++) {
    const day = 1 + (i % 28);
    yield {
      id: `S${i}`,
      memberId: `M${i % memberCount}`,
      date: `2019-${String(1 + (i % 12)).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      communityId: `C${i % 50}`,
      postCode: 1 + (i % 15),
      content: `志愿服务第${i}次`,
      usedPublicPower: false,
      usedUnitResources: i % 7 === 0,
    };
  }
}

let started = performance.now();
await writeInputWorkbook(
  path,
  {
    units: [{ id: "U1", name: "市卫健委" }],
    organisations: [{ id: "B1", unitId: "U1", name: "第一支部", kind: "支部" }],
    members,
    services: [...services()],
  },
  { dropdownRows: 10 },
);
console.log(
  `wrote ${serviceCount} services in ${((performance.now() - started) / 1000).toFixed(1)} s, ${(statSync(path).size / 1e6).toFixed(1)} MB`,
);

global.gc?.();
const baseline = process.memoryUsage();
let peakHeap = baseline.heapUsed;
let peakRss = baseline.rss;
const sampler = setInterval(() => {
  const now = process.memoryUsage();
  peakHeap = Math.max(peakHeap, now.heapUsed);
  peakRss = Math.max(peakRss, now.rss);
}, 20);
started = performance.now();
const result = await importWorkbook(path);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
console.log(
  `imported ${result.records?.services.length ?? 0} services (ok: ${result.ok}, issues: ${result.issues.length}) in ${seconds.toFixed(1)} s = ${Math.round(serviceCount / seconds)} rows/s`,
);
console.log(
  `heap before ${mb(baseline.heapUsed)} MB, peak ${mb(peakHeap)} MB; rss before ${mb(baseline.rss)} MB, peak ${mb(peakRss)} MB`,
);
