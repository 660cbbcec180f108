/**
 * `npm run bench:read`: where the time of reading a workbook goes (issue
 * 14.6), on the generated workbooks of `bench:e2e` at 10k and 100k members
 * (BENCH_QUICK=1: 2k and 10k), one phase at a time in one process:
 *
 * - inflate: every part of the zip inflated and dropped;
 * - parse: every sheet's rows to cell values (`streamWorksheets`);
 * - rows: the import's events (parse, per-row conversion, the row's zod check);
 * - import: `importWorkbook` in `collect` mode (the rows, then the core's `readSource`);
 * - zod alone: each kept record checked again by its sheet's schema.
 *
 * The reader's memory is the live heap (after a full GC) once the first
 * sheet is reached: the shared-strings table and the styles.
 *
 *   READ_SIZES=10000,25000   other sizes
 *   READ_REUSE=1             keep workbooks already generated at a size
 *   READ_BASE=<git ref>      also measure the import as it was at that commit,
 *                            phase by phase beside this checkout's, in the same process
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeLargeWorkbook } from "./e2eWorkbook";
import { bundleForNode } from "./lib/bundleForNode";
import { packagesAt } from "./lib/packagesAt";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDir = join(root, "bench", ".bench-out");
const quick = process.env.BENCH_QUICK === "1";
const sizes = process.env.READ_SIZES?.split(",").map(Number) ?? (quick ? [2_000, 10_000] : [10_000, 100_000]);

interface Row {
  number: number;
  values: unknown;
}
/** exceljs's streamed worksheet iterates its rows; the lean reader's hands them out in batches. */
interface Sheet {
  name: string;
  rows?(): AsyncIterable<Row[]>;
  [Symbol.asyncIterator]?(): AsyncIterator<Row>;
}

/** The rows of a sheet in batches: one hop of an async generator a row would cost this reader what it does not cost the import. */
async function* batchesOf(sheet: Sheet): AsyncGenerator<readonly Row[]> {
  if (sheet.rows) yield* sheet.rows();
  else for await (const row of sheet as AsyncIterable<Row>) yield [row];
}
interface Zip {
  open(name: string): Promise<Readable>;
  close(): Promise<void>;
}
/** What the bench drives of one tree's Excel adapter. */
interface Reader {
  openWorkbookSource(path: string): Promise<Zip>;
  streamWorksheets(zip: Zip): AsyncGenerator<Sheet>;
  importEventBatches(
    path: string,
  ): AsyncGenerator<readonly { type: string; key?: string; record?: unknown }[]>;
  importWorkbook(
    path: string,
    options: { mode: "collect" },
  ): Promise<{ records: Record<string, unknown[]>; issues: unknown[] }>;
  INPUT_SHEETS: readonly { key: string; schema: { safeParse(value: unknown): { success: boolean } } }[];
}

/** Bundles the reading side of the Excel adapter from the sources under `tree`. */
function bundleReader(tree: string, outfile: string): string {
  const entry = join(outDir, `${outfile}.entry.ts`);
  const source = (file: string) => JSON.stringify(join(tree, "packages/excel/src", file));
  writeFileSync(
    entry,
    [
      `export { openWorkbookSource } from ${source("import/openWorkbookSource.ts")};`,
      `export { streamWorksheets } from ${source("import/streamWorksheets.ts")};`,
      `export { importEventBatches } from ${source("import/importEventBatches.ts")};`,
      `export { importWorkbook } from ${source("import/importWorkbook.ts")};`,
      `export { INPUT_SHEETS } from ${source("spec/inputSheets.ts")};`,
    ].join("\n"),
  );
  const bundle = join(outDir, `${outfile}.mjs`);
  bundleForNode(entry, bundle, { "@shuangbaodao/core": join(tree, "packages/core/src/index.ts") });
  return bundle;
}

const readers: { label: string; reader: Reader }[] = [];
const base = process.env.READ_BASE;
if (base) {
  const tree = join(outDir, "read-base");
  packagesAt(base, tree, root);
  const bundle = bundleReader(tree, "read-base");
  readers.push({ label: `at ${base}`, reader: (await import(pathToFileURL(bundle).href)) as Reader });
}
mkdirSync(outDir, { recursive: true });
readers.push({
  label: "this checkout",
  reader: (await import(pathToFileURL(bundleReader(root, "read-this")).href)) as Reader,
});

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const load = () => (loadavg()[0] ?? 0).toFixed(1);

/** Wall time, and the CPU time of this process (less disturbed by the other processes on a loaded machine). */
async function timed<T>(what: () => Promise<T>): Promise<{ seconds: number; cpu: number; value: T }> {
  gc();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const value = await what();
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6, value };
}

/** Live memory: the JavaScript heap and the buffers outside it (the lean reader's table is a buffer). */
const liveBytes = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

async function drain(stream: Readable): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  return bytes;
}

/** Every part inflated and dropped; the zip's own directory lists the parts. */
async function inflateAll(reader: Reader, path: string): Promise<number> {
  const zip = await reader.openWorkbookSource(path);
  let bytes = 0;
  for (const name of (zip as unknown as { entries: Map<string, unknown> }).entries.keys())
    bytes += await drain(await zip.open(name));
  await zip.close();
  return bytes;
}

/** Every row of every sheet to its cell values; the live heap once the first sheet is reached. */
async function parseAll(reader: Reader, path: string): Promise<{ rows: number; readerHeap: number }> {
  gc();
  const before = liveBytes();
  let readerHeap = 0;
  const zip = await reader.openWorkbookSource(path);
  let rows = 0;
  for await (const sheet of reader.streamWorksheets(zip)) {
    if (readerHeap === 0) {
      gc();
      readerHeap = liveBytes() - before;
    }
    for await (const batch of batchesOf(sheet))
      for (const row of batch) rows += (row.values as unknown[]).length > 0 ? 1 : 0;
  }
  await zip.close();
  return { rows, readerHeap };
}

async function rowEvents(reader: Reader, path: string): Promise<number> {
  let records = 0;
  for await (const batch of reader.importEventBatches(path))
    for (const event of batch) if (event.type === "record") records++;
  return records;
}

function zodAlone(
  reader: Reader,
  records: Record<string, unknown[]>,
): { seconds: number; cpu: number; count: number } {
  let count = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const spec of reader.INPUT_SHEETS) {
    for (const record of records[spec.key] ?? []) {
      spec.schema.safeParse(record);
      count++;
    }
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6, count };
}

/** A digest of every record (kind by kind, in order) and issue, hashed one at a time (the whole is too long for one string). */
function digestOf(result: { records: Record<string, unknown[]>; issues: unknown[] }): string {
  const hash = createHash("sha256");
  for (const [kind, records] of Object.entries(result.records)) {
    hash.update(kind);
    for (const record of records) hash.update(JSON.stringify(record));
  }
  for (const issue of result.issues) hash.update(JSON.stringify(issue));
  return hash.digest("hex").slice(0, 16);
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const lines: string[] = [];
for (const members of sizes) {
  const workbook = join(outDir, `e2e-${members}.xlsx`);
  let rowCount = 0;
  if (!(process.env.READ_REUSE === "1" && existsSync(workbook))) {
    process.stderr.write(`· generating ${members} members … `);
    rowCount = await writeLargeWorkbook(workbook, members);
    process.stderr.write(`${rowCount} rows, ${mb(statSync(workbook).size)}\n`);
  }
  for (const { label, reader } of readers) {
    const say = (phase: string, { seconds, cpu }: { seconds: number; cpu?: number }, note = "") => {
      const line = `| ${members.toLocaleString("en")} | ${label} | ${phase} | ${seconds.toFixed(2)} s | ${cpu === undefined ? "" : `${cpu.toFixed(2)} s`} | ${note} | ${load()} |`;
      process.stderr.write(`${line}\n`);
      lines.push(line);
    };
    const inflate = await timed(() => inflateAll(reader, workbook));
    say("inflate every part", inflate, `${mb(inflate.value)} of XML`);
    const parse = await timed(() => parseAll(reader, workbook));
    say(
      "parse to cell values",
      parse,
      `${Math.round(parse.value.rows / parse.seconds).toLocaleString("en")} rows/s; reader holds ${mb(parse.value.readerHeap)}`,
    );
    const events = await timed(() => rowEvents(reader, workbook));
    say(
      "rows: parse, convert, zod",
      events,
      `${Math.round(parse.value.rows / events.seconds).toLocaleString("en")} rows/s`,
    );
    const imported = await timed(() => reader.importWorkbook(workbook, { mode: "collect" }));
    say(
      "importWorkbook (+ readSource)",
      imported,
      `${Math.round(parse.value.rows / imported.seconds).toLocaleString("en")} rows/s, ${imported.value.issues.length} issues`,
    );
    // The records and issues each reader gives, as a digest: the readers must agree to the byte.
    const digest = digestOf(imported.value);
    say("records and issues, sha-256", { seconds: 0 }, digest);
    const zod = zodAlone(reader, imported.value.records);
    say("zod alone (records again)", zod, `${zod.count.toLocaleString("en")} records`);
  }
}
console.log("| members | reader | phase | wall | CPU | | load |");
console.log("| ---: | --- | --- | ---: | ---: | --- | ---: |");
for (const line of lines) console.log(line);
