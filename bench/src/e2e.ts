/**
 * `npm run bench:e2e`: the auditor's CLI end to end on generated workbooks —
 * `shuangbaodao assess <workbook> --year 2019 --out report.xlsx`, read,
 * assessed and written — at 10k and 100k members (BENCH_QUICK=1: 2k and 10k).
 * Each run is a fresh `node` under `/usr/bin/time`, so the peak RSS is the
 * CLI's own. The CLI is bundled from the sources of this checkout first, its
 * core and Excel adapter from source and the rest from node_modules (the
 * serve and db commands load `@shuangbaodao/http` from its build: run `npm
 * run build` once), the same way as a base commit's, so that the two bundles
 * have the same shape. Goals (issue 14.6): 100k members under 300 MB peak,
 * at least 5,000 members/s.
 *
 *   E2E_SIZES=10000,25000   other sizes
 *   E2E_REUSE=1             keep workbooks already generated at a size
 *   E2E_BASE=<git ref>      also run the CLI as it was at that commit, on the
 *                           same workbooks in the same run (a before/after ratio),
 *                           up to 25,000 members (E2E_BASE_MAX): issue 14 saw the
 *                           CLI before streaming run out of memory at 51,000
 *   E2E_REPEAT=3            run each CLI that many times, alternating with the
 *                           base, and give the medians of wall and CPU time and
 *                           the highest peak (on a machine whose speed varies
 *                           from run to run, one run each says little)
 */
const baseMax = Number(process.env.E2E_BASE_MAX ?? 25_000);

/** Issue 14.6's goals, at 100k members: peak RSS (MiB, as `/usr/bin/time` gives it) and members a second. */
const GOAL = { members: 100_000, peakMb: 300, perSecond: 5_000 };

/** Whether a run at the goals' size met them; other sizes have none. */
function goalsMet(members: number, peakMb: number, perSecond: number): string {
  if (members !== GOAL.members) return "";
  const said = (met: boolean) => (met ? "met" : "**missed**");
  return `< ${GOAL.peakMb} MB ${said(peakMb < GOAL.peakMb)}; ≥ ${GOAL.perSecond.toLocaleString("en")}/s ${said(perSecond >= GOAL.perSecond)}`;
}

import { spawnSync } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeLargeWorkbook } from "./e2eWorkbook";
import { bundleForNode } from "./lib/bundleForNode";
import { packagesAt } from "./lib/packagesAt";
import { median } from "./lib/stats";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDir = join(root, "bench", ".bench-out");
const quick = process.env.BENCH_QUICK === "1";
const sizes = process.env.E2E_SIZES?.split(",").map(Number) ?? (quick ? [2_000, 10_000] : [10_000, 100_000]);

/** Bundles the CLI from the sources under `tree` into bench/.bench-out (its packages load from the checkout's node_modules). */
function bundleCli(tree: string, outfile: string): string {
  return bundleForNode(
    "packages/cli/src/main.ts",
    outfile,
    {
      "@shuangbaodao/core": "./packages/core/src/index.ts",
      "@shuangbaodao/excel": "./packages/excel/src/index.ts",
    },
    tree,
  );
}

const clis: { label: string; path: string }[] = [
  { label: "this checkout", path: bundleCli(root, join(outDir, "e2e-cli.mjs")) },
];
const base = process.env.E2E_BASE;
if (base) {
  const tree = join(outDir, "e2e-base");
  packagesAt(base, tree, root);
  clis.unshift({ label: `at ${base}`, path: bundleCli(tree, join(outDir, "e2e-cli-base.mjs")) });
}

const repeat = Number(process.env.E2E_REPEAT ?? 1);

/** Where a CLI's report at a size goes, each kept so that the two can be compared (bench/compareReports.py). */
function reportPath(members: number, label: string): string {
  return join(outDir, `e2e-${members}-report${label === "this checkout" ? "" : "-base"}.xlsx`);
}

/** What one run measured; the report's size is taken at once, before the next run of the CLI removes it. */
interface Run {
  seconds: number;
  cpuSeconds: number;
  peakKb: number;
  reportBytes: number;
}

/** One run of a CLI on a workbook under `/usr/bin/time`: wall and CPU seconds and peak RSS, or undefined if it failed. */
function runCli(cli: { label: string; path: string }, members: number, workbook: string): Run | undefined {
  const report = reportPath(members, cli.label);
  // A run that stopped short must not be measured by an earlier run's report.
  rmSync(report, { force: true });
  process.stderr.write(`· assess ${members} members (${cli.label}) … `);
  const run = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "%e %M %U %S",
      process.execPath,
      cli.path,
      "assess",
      workbook,
      "--year",
      "2019",
      "--out",
      report,
      "--force",
      "--json",
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 },
  );
  const timing = run.stderr.trim().split("\n").at(-1) ?? "";
  const [seconds, peakKb, user, system] = timing.split(" ").map(Number);
  if (
    run.status !== 0 ||
    !existsSync(report) ||
    seconds === undefined ||
    peakKb === undefined ||
    user === undefined ||
    system === undefined ||
    Number.isNaN(seconds)
  ) {
    process.stderr.write(`failed (exit ${run.status})\n${run.stderr.slice(-2000)}\n`);
    return undefined;
  }
  process.stderr.write(
    `${seconds.toFixed(1)} s, ${(user + system).toFixed(1)} s CPU, ${Math.round(peakKb / 1024)} MB\n`,
  );
  return { seconds, cpuSeconds: user + system, peakKb, reportBytes: statSync(report).size };
}

const rows: string[] = [];
for (const members of sizes) {
  const workbook = join(outDir, `e2e-${members}.xlsx`);
  if (!(process.env.E2E_REUSE === "1" && existsSync(workbook))) {
    process.stderr.write(`· generating ${members} members … `);
    const records = await writeLargeWorkbook(workbook, members);
    process.stderr.write(`${records} rows, ${(statSync(workbook).size / 1e6).toFixed(1)} MB\n`);
  }
  // A base commit's CLI is run only up to E2E_BASE_MAX members.
  const clisAtSize = clis.filter((cli) => cli.label === "this checkout" || members <= baseMax);
  const runs = new Map<string, Run[]>();
  for (let round = 0; round < repeat; round++) {
    for (const cli of clisAtSize) {
      const run = runCli(cli, members, workbook);
      if (run === undefined) continue;
      runs.set(cli.label, [...(runs.get(cli.label) ?? []), run]);
    }
  }
  for (const cli of clisAtSize) {
    const measured = runs.get(cli.label);
    if (measured === undefined) {
      rows.push(`| ${members.toLocaleString("en")} | ${cli.label} | failed (above) | | | | | | | |`);
      continue;
    }
    const seconds = median(measured.map((run) => run.seconds));
    const cpuSeconds = median(measured.map((run) => run.cpuSeconds));
    const peakMb = Math.round(Math.max(...measured.map((run) => run.peakKb)) / 1024);
    const perSecond = Math.round(members / seconds);
    const reportMb = ((measured.at(-1) as Run).reportBytes / 1e6).toFixed(1);
    const row = `| ${members.toLocaleString("en")} | ${cli.label} | ${(statSync(workbook).size / 1e6).toFixed(1)} MB | ${seconds.toFixed(1)} s | ${cpuSeconds.toFixed(1)} s | ${perSecond.toLocaleString("en")} | ${peakMb} MB | ${reportMb} MB | ${measured.map((run) => run.seconds.toFixed(1)).join(", ")} | ${goalsMet(members, peakMb, perSecond)} |`;
    rows.push(row);
  }
}
console.log(
  "| members | CLI | workbook | wall time (median) | CPU, user + system (median) | members/s | peak RSS (highest) | report | runs (wall) | goals |",
);
console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
for (const row of rows) console.log(row);
