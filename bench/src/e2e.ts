/**
 * `npm run bench:e2e`: the auditor's CLI end to end on generated workbooks —
 * `shuangbaodao assess <workbook> --year 2019 --out report.xlsx`, read,
 * assessed and written — at 10k and 100k members (BENCH_QUICK=1: 2k and 10k).
 * Each run is a fresh `node` under `/usr/bin/time`, so the peak RSS is the
 * CLI's own. The CLI is bundled from the sources of this checkout first, as
 * `npm run demo` does. Goals (issue 14.6): 100k members under 300 MB peak,
 * at least 5,000 members/s.
 *
 *   E2E_SIZES=10000,25000   other sizes
 *   E2E_REUSE=1             keep workbooks already generated at a size
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeLargeWorkbook } from "./e2eWorkbook";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDir = join(root, "bench", ".bench-out");
const quick = process.env.BENCH_QUICK === "1";
const sizes = process.env.E2E_SIZES?.split(",").map(Number) ?? (quick ? [2_000, 10_000] : [10_000, 100_000]);

const cli = join(outDir, "e2e-cli.mjs");
execFileSync(
  join(root, "node_modules", ".bin", "esbuild"),
  [
    "packages/cli/src/main.ts",
    "--bundle",
    "--platform=node",
    "--format=esm",
    "--packages=external",
    "--alias:@shuangbaodao/core=./packages/core/src/index.ts",
    "--alias:@shuangbaodao/excel=./packages/excel/src/index.ts",
    `--outfile=${cli}`,
    "--log-level=warning",
  ],
  { cwd: root, stdio: "inherit" },
);

const rows: string[] = [];
for (const members of sizes) {
  const workbook = join(outDir, `e2e-${members}.xlsx`);
  if (!(process.env.E2E_REUSE === "1" && existsSync(workbook))) {
    process.stderr.write(`· generating ${members} members … `);
    const records = await writeLargeWorkbook(workbook, members);
    process.stderr.write(`${records} rows, ${(statSync(workbook).size / 1e6).toFixed(1)} MB\n`);
  }
  const report = join(outDir, `e2e-${members}-report.xlsx`);
  // A run that stopped short must not be measured by an earlier run's report.
  rmSync(report, { force: true });
  process.stderr.write(`· assess ${members} members … `);
  const run = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "%e %M",
      process.execPath,
      cli,
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
  const [seconds, peakKb] = timing.split(" ").map(Number);
  if (
    run.status !== 0 ||
    !existsSync(report) ||
    seconds === undefined ||
    peakKb === undefined ||
    Number.isNaN(seconds)
  ) {
    process.stderr.write(`failed (exit ${run.status})\n${run.stderr.slice(-2000)}\n`);
    rows.push(`| ${members.toLocaleString("en")} | failed (exit ${run.status}) | | | |`);
    continue;
  }
  const row = `| ${members.toLocaleString("en")} | ${(statSync(workbook).size / 1e6).toFixed(1)} MB | ${seconds.toFixed(1)} s | ${Math.round(members / seconds).toLocaleString("en")} | ${Math.round(peakKb / 1024)} MB | ${(statSync(report).size / 1e6).toFixed(1)} MB |`;
  process.stderr.write(`${row}\n`);
  rows.push(row);
}
console.log("| members | workbook | wall time | members/s | peak RSS | report |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
for (const row of rows) console.log(row);
