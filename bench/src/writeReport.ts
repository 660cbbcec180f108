/**
 * `npm run bench:write`: the report's writer alone, this checkout's against
 * another commit's (WRITE_BASE, default main), on the same generated report,
 * each run a fresh `node`, the two alternated (WRITE_REPEAT times) so that
 * both see the same load: a ratio within one run. The data: WRITE_VERDICTS
 * verdicts (default 129,000, the CLI's at 10k members), 1,000 units' grid
 * rows, 1,001 statistics forms, 2,000 warnings
 * (`packages/excel/test/support/generatedReport.ts`).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForNode } from "./lib/bundleForNode";
import { packagesAt } from "./lib/packagesAt";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDir = join(root, "bench", ".bench-out");
const base = process.env.WRITE_BASE ?? "main";
const repeat = Number(process.env.WRITE_REPEAT ?? 3);
const verdicts = Number(process.env.WRITE_VERDICTS ?? 129_000);

/** Times one report written by the `@shuangbaodao/excel` it is bundled with. */
const ENTRY = `
import { writeReportWorkbook } from "@shuangbaodao/excel";
import { generatedReportContent } from ${JSON.stringify(join(root, "packages/excel/test/support/generatedReport.ts"))};
const content = generatedReportContent({ verdicts: ${verdicts}, units: 1000, forms: 1001, warnings: 2000 });
const started = performance.now();
await writeReportWorkbook(process.argv[2], content);
console.log(((performance.now() - started) / 1000).toFixed(2));
`;

function bundle(tree: string, outfile: string): string {
  const entry = join(outDir, "write-report-entry.ts");
  writeFileSync(entry, ENTRY);
  return bundleForNode(entry, outfile, {
    "@shuangbaodao/core": join(root, "packages/core/src/index.ts"),
    "@shuangbaodao/excel": join(tree, "packages/excel/src/index.ts"),
  });
}

mkdirSync(outDir, { recursive: true });
const baseTree = join(outDir, "write-base");
packagesAt(base, baseTree, root);
const writers = [
  {
    label: `at ${base}`,
    path: bundle(baseTree, join(outDir, "write-report-base.mjs")),
    seconds: [] as number[],
  },
  { label: "this checkout", path: bundle(root, join(outDir, "write-report.mjs")), seconds: [] as number[] },
];
const sizes = new Map<string, number>();
const loads: string[] = [];
for (let run = 0; run < repeat; run++) {
  for (const writer of writers) {
    const out = join(outDir, `write-report-${writer === writers[0] ? "base" : "new"}.xlsx`);
    rmSync(out, { force: true });
    loads.push(readFileSync("/proc/loadavg", "utf8").split(" ")[0] as string);
    const result = spawnSync(process.execPath, [writer.path, out], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${writer.label} failed: ${result.stderr}`);
    writer.seconds.push(Number(result.stdout.trim()));
    sizes.set(writer.label, statSync(out).size);
    process.stderr.write(`· ${writer.label}: ${result.stdout.trim()} s\n`);
  }
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const [before, now] = writers.map((writer) => median(writer.seconds)) as [number, number];
console.log(
  `${verdicts.toLocaleString("en")} verdicts, 3,000 grid rows, 1,001 forms; load average ${loads.join(", ")}`,
);
console.log("| writer | median time | runs | report |");
console.log("| --- | ---: | --- | ---: |");
for (const writer of writers) {
  console.log(
    `| ${writer.label} | ${median(writer.seconds).toFixed(2)} s | ${writer.seconds.join(", ")} | ${((sizes.get(writer.label) ?? 0) / 1e6).toFixed(1)} MB |`,
  );
}
console.log(`now / before: ${(now / before).toFixed(2)}×`);
