/**
 * `npm run bench`: every measurement in a child process of its own, then one
 * table on stdout and the same figures in docs/performance.md (between the
 * `bench:results` markers; the prose around them is kept).
 *
 * BENCH_QUICK=1   smaller N and fewer runs, a smoke run in about a minute or two;
 *                 writes bench/.bench-out/performance-quick.md instead of the doc.
 * BENCH_ONLY=a,b  only these sections: members, ingest, memory, units, scaling, sampling, excel.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { datasetScaling } from "./lib/experiments/datasetScaling";
import type {
  exceljsBareRead,
  exportReport,
  importServices,
  makeServicesWorkbook,
  streamServices,
} from "./lib/experiments/excel";
import type { batchMemory, ingestThroughput } from "./lib/experiments/ingest";
import type { ComparisonResult } from "./lib/experiments/memberComparison";
import type { drawAndVerify } from "./lib/experiments/sampling";
import type { unitAssessment } from "./lib/experiments/units";
import { describeMachine, type Machine } from "./lib/machine";
import { median } from "./lib/stats";

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const outDir = join(root, "bench", ".bench-out");
const quick = process.env.BENCH_QUICK === "1";
const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
const wants = (section: string) => !only || only.includes(section);

/** Sizes and runs: the issue's, or a quick smoke run's. */
const plan = quick
  ? {
      comparisons: [{ members: 20_000, runs: 2 }],
      chunk: 5_000,
      ingest: { members: 20_000, runs: 2 },
      memoryMembers: 100_000,
      units: { units: 200, runs: 3 },
      scaling: { sizes: [2_000, 20_000] as [number, number], runs: 2 },
      sampling: { members: 200_000, runs: 2 },
      excelRows: [20_000],
      excelRuns: 2,
      reportMembers: 2_000,
    }
  : {
      comparisons: [
        { members: 100_000, runs: 5 },
        { members: 1_000_000, runs: 3 },
      ],
      chunk: 10_000,
      ingest: { members: 100_000, runs: 3 },
      memoryMembers: 1_000_000,
      units: { units: 1_000, runs: 5 },
      scaling: { sizes: [10_000, 100_000] as [number, number], runs: 2 },
      sampling: { members: 1_000_000, runs: 3 },
      excelRows: [200_000, 50_000],
      excelRuns: 3,
      reportMembers: 100_000,
    };

/** Runs one measurement in a fresh `node --expose-gc` and returns its JSON result, or the error. */
function measure<T>(
  name: string,
  options: object,
  nodeFlags: string[] = [],
): Promise<T | { failed: string }> {
  const started = Date.now();
  process.stderr.write(`· ${[name, ...nodeFlags].join(" ")} ${JSON.stringify(options)} … `);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", ...nodeFlags, join(here, "measure.js"), name, JSON.stringify(options)],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d;
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d;
    });
    child.on("close", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code === 0 && last.startsWith("{")) {
        process.stderr.write(`${seconds} s\n`);
        resolve(JSON.parse(last) as T);
      } else {
        const why = (
          err
            .trim()
            .split("\n")
            .find((l) => /Error|error/.test(l)) ?? `exit ${code}`
        ).trim();
        process.stderr.write(`failed (${why})\n`);
        resolve({ failed: why });
      }
    });
  });
}

const failed = (r: unknown): r is { failed: string } => typeof r === "object" && r !== null && "failed" in r;

// ---------------------------------------------------------------- formatting

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const perSecond = (n: number) => `${int(n)} /s`;
const mb = (n: number) => `${int(n)} MB`;
const seconds = (s: number) => `${s.toFixed(s < 10 ? 2 : 1)} s`;
const ms = (n: number) => (n >= 1000 ? seconds(n / 1000) : `${int(n)} ms`);
const times = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)}×`;
const count = (n: number) =>
  n >= 1_000_000 && n % 1_000_000 === 0
    ? `${n / 1_000_000}M`
    : n >= 1000 && n % 1000 === 0
      ? `${n / 1000}k`
      : int(n);

interface Row {
  what: string;
  n: string;
  result: string;
  goal: string;
  status: string;
}

const rows: Row[] = [];
const row = (what: string, n: string, result: string, goal = "", status = "") =>
  rows.push({ what, n, result, goal, status });
const verdict = (ok: boolean) => (ok ? "met" : "missed");
const notAvailable = (what: string, n: string, why: string) => row(what, n, `not yet available (${why})`);

function table(): string {
  const head: Row = { what: "measurement", n: "N", result: "median", goal: "goal", status: "" };
  const all = [head, ...rows];
  const width = (k: keyof Row) => Math.max(...all.map((r) => r[k].length));
  const line = (r: Row) =>
    `| ${r.what.padEnd(width("what"))} | ${r.n.padStart(width("n"))} | ${r.result.padEnd(width("result"))} | ${r.goal.padEnd(width("goal"))} | ${r.status.padEnd(width("status"))} |`;
  // The separator the way Biome formats a Markdown table (N right-aligned).
  const rule = `| ${"-".repeat(width("what"))} | ${"-".repeat(width("n") - 1)}: | ${"-".repeat(width("result"))} | ${"-".repeat(width("goal"))} | ${"-".repeat(width("status"))} |`;
  return [line(head), rule, ...rows.map(line)].join("\n");
}

// -------------------------------------------------------------- measurements

const machineBefore: Machine = describeMachine();
const startedAt = new Date();
const raw: Record<string, unknown> = {};

if (wants("members")) {
  for (const { members, runs } of plan.comparisons) {
    const r = await measure<ComparisonResult>("member-comparison", { members, runs, chunk: plan.chunk });
    raw[`member-comparison-${members}`] = r;
    const n = count(members);
    if (failed(r)) {
      notAvailable("member assessment comparison", n, r.failed);
      continue;
    }
    const [core, tenRules, hand, engine] = r.contenders;
    const agree = r.contenders.every((c) => c.disagreements === 0);
    row("member-year assessment: core, 10 explained verdicts", n, perSecond(core?.median ?? Number.NaN));
    row("↳ hand-written loop, the 10 rules' statuses", n, perSecond(tenRules?.median ?? Number.NaN));
    row("↳ hand-written loop, 4 conditions", n, perSecond(hand?.median ?? Number.NaN));
    row("↳ json-rules-engine 7, the 4 conditions", n, perSecond(engine?.median ?? Number.NaN));
    row(
      "↳ core ÷ 10-rule hand loop (same process, alternating)",
      n,
      times(r.coreOverTenRules),
      "≥ 0.5×",
      verdict(r.coreOverTenRules >= 0.5),
    );
    row("↳ core ÷ 4-condition hand loop", n, times(r.coreOverHand));
    row("↳ core ÷ json-rules-engine", n, times(r.coreOverEngine), "≥ 10×", verdict(r.coreOverEngine >= 10));
    row(
      "↳ members where a contender disagrees with the core",
      n,
      agree ? "0" : r.contenders.map((c) => c.disagreements).join(" / "),
    );
  }
}

if (wants("ingest")) {
  const { members, runs } = plan.ingest;
  const r = await measure<Result<typeof ingestThroughput>>("ingest-throughput", {
    members,
    runs,
    chunk: plan.chunk,
  });
  raw["ingest-throughput"] = r;
  const n = count(members);
  if (failed(r)) notAvailable("ingest", n, r.failed);
  else {
    row(
      `ingest: JSON text (${int(r.averageLineBytes)} B/member) → validate → assess`,
      n,
      perSecond(r.ingest),
    );
    row("↳ JSON.parse alone", n, perSecond(r.parseOnly));
    row(
      "↳ ingest ÷ JSON.parse alone (same process, alternating)",
      n,
      times(r.ingestOverParse),
      "≥ 0.4×",
      verdict(r.ingestOverParse >= 0.4),
    );
    row("↳ JSON.parse + validate (zod)", n, perSecond(r.parseAndValidate));
  }
}

if (wants("memory")) {
  const runs = [
    { input: "records", members: plan.memoryMembers },
    { input: "json", members: plan.memoryMembers },
  ] as const;
  for (const { input, members } of runs) {
    const r = await measure<Result<typeof batchMemory>>("batch-memory", { members, input });
    raw[`batch-memory-${input}`] = r;
    const what =
      input === "records" ? "assessMembers (batch), validated records in" : "batch ingest, JSON text in";
    if (failed(r)) notAvailable(what, count(members), r.failed);
    else
      row(
        `${what}: peak RSS`,
        count(members),
        `${mb(r.peakRssMb)} (baseline ${mb(r.baselineRssMb)}; ${perSecond(r.membersPerSecond)})`,
        "< 500 MB",
        verdict(r.peakRssMb < 500),
      );
  }
}

if (wants("units")) {
  const r = await measure<Result<typeof unitAssessment>>("unit-assessment", plan.units);
  raw["unit-assessment"] = r;
  const n = `${count(plan.units.units)} units`;
  if (failed(r)) notAvailable("unit-year assessment", n, r.failed);
  else
    row(
      `unit-year assessment (${int(r.activities / r.units)} activities/unit, ${int(r.verdicts / r.units)} verdicts)`,
      n,
      `${ms(r.medianMs)} (${perSecond(r.unitsPerSecond)})`,
    );
}

if (wants("scaling")) {
  const r = await measure<Result<typeof datasetScaling>>("dataset-scaling", plan.scaling);
  raw["dataset-scaling"] = r;
  const [small, large] = plan.scaling.sizes;
  const n = `${count(small)} → ${count(large)}`;
  if (failed(r)) notAvailable("assessDataset scaling", n, r.failed);
  else {
    const atSmall = median(r.perMemberMs[small] ?? []);
    const atLarge = median(r.perMemberMs[large] ?? []);
    const ratio = atLarge / atSmall;
    row(
      "assessDataset, whole audit (10 members a unit, warnings, spot checks): time per member",
      n,
      `${(atSmall * 1000).toFixed(0)} µs → ${(atLarge * 1000).toFixed(0)} µs`,
    );
    row(
      "↳ per member at the larger ÷ at the smaller (1 = linear)",
      n,
      times(ratio),
      "≤ 1.5×",
      verdict(ratio <= 1.5),
    );
    const gcSmall = median(r.gcPerMemberMs[small] ?? []);
    const gcLarge = median(r.gcPerMemberMs[large] ?? []);
    row(
      "↳ of which garbage collection (V8's pauses)",
      n,
      `${(gcSmall * 1000).toFixed(0)} µs → ${(gcLarge * 1000).toFixed(0)} µs`,
    );
    row(
      "↳ per member without the pauses, larger ÷ smaller",
      n,
      times((atLarge - gcLarge) / (atSmall - gcSmall)),
    );
    const cpuSmall = median(r.cpuPerMemberMs[small] ?? []);
    const cpuLarge = median(r.cpuPerMemberMs[large] ?? []);
    row(
      "↳ CPU time per member (the process's own, all threads), larger ÷ smaller",
      n,
      `${(cpuSmall * 1000).toFixed(0)} µs → ${(cpuLarge * 1000).toFixed(0)} µs: ${times(cpuLarge / cpuSmall)}`,
    );
  }
}

if (wants("sampling")) {
  const { members, runs } = plan.sampling;
  const r = await measure<Result<typeof drawAndVerify>>("draw-and-verify", { members, runs });
  raw["draw-and-verify"] = r;
  const n = count(members);
  if (failed(r)) notAvailable("20% draw and verify", n, r.failed);
  else {
    row(`spot-check draw, 20% (${int(r.sampleSize)} drawn)`, n, ms(r.drawMs));
    row("↳ verify (re-derive and compare)", n, ms(r.verifyMs));
    row("↳ draw + verify", n, ms(r.totalMs), "< 2 s", verdict(r.totalMs < 2000));
    row("↳ bare SHA-256 loop (node:crypto) over the same IDs", n, ms(r.bareSha256Ms));
    row(
      "↳ draw + verify ÷ bare SHA-256 loop (same process)",
      n,
      times(r.totalOverBare),
      "≤ 3.5×",
      verdict(r.totalOverBare <= 3.5),
    );
  }
}

if (wants("excel")) {
  for (const [index, rowsInSheet] of plan.excelRows.entries()) {
    const path = join(outDir, `services-${count(rowsInSheet)}.xlsx`);
    const n = `${count(rowsInSheet)} rows`;
    const made = await measure<Result<typeof makeServicesWorkbook>>("excel-make-file", {
      rows: rowsInSheet,
      path,
    });
    raw[`excel-make-file-${rowsInSheet}`] = made;
    if (failed(made)) {
      notAvailable("Excel import", n, made.failed);
      continue;
    }
    const runs = index === 0 ? plan.excelRuns : 1;
    // The bare read is the yardstick for the first file only.
    const names =
      index === 0
        ? ["excel-import", "excel-bare-read", "excel-import-stream"]
        : ["excel-import", "excel-import-stream"];
    const results = new Map<string, (Result<typeof importServices> & Result<typeof exceljsBareRead>)[]>(
      names.map((name) => [name, []]),
    );
    for (let run = 0; run < runs; run++) {
      // Rotate which goes first, so that drift hits all alike.
      const order = names.map((_, i) => names[(i + run) % names.length] as string);
      for (const name of order) {
        const r = await measure<Result<typeof importServices> & Result<typeof exceljsBareRead>>(name, {
          path,
        });
        if (!failed(r)) results.get(name)?.push(r);
      }
    }
    const imports: Result<typeof importServices>[] = results.get("excel-import") ?? [];
    const bare: Result<typeof exceljsBareRead>[] = results.get("excel-bare-read") ?? [];
    const streamed: Result<typeof streamServices>[] = results.get("excel-import-stream") ?? [];
    raw[`excel-import-${rowsInSheet}`] = imports;
    raw[`excel-bare-read-${rowsInSheet}`] = bare;
    raw[`excel-import-stream-${rowsInSheet}`] = streamed;
    if (imports.length === 0) {
      notAvailable("Excel import", n, "the import failed");
      continue;
    }
    const importSeconds = median(imports.map((r) => r.seconds));
    const importRss = Math.max(...imports.map((r) => r.peakRssMb));
    if (index === 0) {
      row(
        `Excel import, services sheet (${(made.bytes / 2 ** 20).toFixed(1)} MB .xlsx, ${int(imports[0]?.rows ?? 0)} records)`,
        n,
        `${seconds(importSeconds)} (${perSecond(rowsInSheet / importSeconds)})`,
      );
      if (bare.length > 0) {
        const bareSeconds = median(bare.map((r) => r.seconds));
        const ratio = median(
          imports.map((r, i) => r.seconds / (bare[i]?.seconds ?? Number.NaN)).filter(Number.isFinite),
        );
        row(
          "↳ exceljs WorkbookReader, bare streaming read",
          n,
          `${seconds(bareSeconds)}, peak RSS ${mb(Math.max(...bare.map((r) => r.peakRssMb)))}`,
        );
        row("↳ import ÷ bare read, time", n, times(ratio), "≤ 1.3×", verdict(ratio <= 1.3));
      }
      row("↳ import peak RSS (records kept)", n, mb(importRss), "< 300 MB", verdict(importRss < 300));
    } else {
      row("↳ import peak RSS (records kept)", n, `${mb(importRss)} (${seconds(importSeconds)})`);
    }
    if (streamed.length > 0) {
      const streamSeconds = median(streamed.map((r) => r.seconds));
      const streamRss = Math.max(...streamed.map((r) => r.peakRssMb));
      row(
        "↳ streaming import (importWorkbookRecords), records counted, not kept",
        n,
        `${seconds(streamSeconds)}, peak RSS ${mb(streamRss)}`,
        index === 0 ? "< 300 MB" : "",
        index === 0 ? verdict(streamRss < 300) : "",
      );
    }
  }
  const members = plan.reportMembers;
  const r = await measure<Result<typeof exportReport>>("excel-export-report", {
    members,
    path: join(outDir, `report-${count(members)}.xlsx`),
  });
  raw["excel-export-report"] = r;
  if (failed(r)) notAvailable("Excel report export", `${count(members)} members`, r.failed);
  else
    row(
      `Excel report export (summary + ${int(r.verdictRows)} verdict rows)`,
      `${count(members)} members`,
      `${seconds(r.seconds)} (${perSecond(r.membersPerSecond)}), peak RSS ${mb(r.peakRssMb)}`,
    );
}

// -------------------------------------------------------------------- output

const machineAfter = describeMachine();
const tableText = table();
console.log(`\n${tableText}\n`);

const load = (m: Machine) => m.loadAverage.map((l) => l.toFixed(2)).join(", ");
const block = [
  `Measured ${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC${quick ? " (BENCH_QUICK=1: smaller N, fewer runs)" : ""}, ${((Date.now() - startedAt.getTime()) / 60_000).toFixed(1)} min in all.`,
  "",
  tableText,
  "",
  "Machine:",
  "",
  "```text",
  `CPU        ${machineBefore.cpuModel} (nproc ${machineBefore.nproc})`,
  `Node       ${machineBefore.node} (V8 ${machineBefore.v8}), ${machineBefore.platform}`,
  `load avg   ${load(machineBefore)} before, ${load(machineAfter)} after (1, 5, 15 min)`,
  "free -h",
  ...machineBefore.free.split("\n").map((l) => `  ${l}`),
  "```",
].join("\n");

mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, quick ? "results-quick.json" : "results.json"),
  `${JSON.stringify({ machine: machineBefore, raw }, null, 2)}\n`,
);
const docPath = quick ? join(outDir, "performance-quick.md") : join(root, "docs", "performance.md");
const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";
const generated = `${START}\n<!-- written by \`npm run bench\` (bench/src/run.ts); edit around it, not inside -->\n\n${block}\n\n${END}`;
const existing = existsSync(docPath) ? readFileSync(docPath, "utf8") : "";
const doc =
  existing.includes(START) && existing.includes(END)
    ? `${existing.slice(0, existing.indexOf(START))}${generated}${existing.slice(existing.indexOf(END) + END.length)}`
    : `# Performance\n\n${generated}\n`;
writeFileSync(docPath, doc);
console.log(`Figures written to ${docPath.slice(root.length + 1)}`);
