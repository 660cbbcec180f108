/**
 * One measurement in a process of its own, so that measurements do not
 * disturb each other (JIT state, heap, peak RSS):
 *
 *   node --expose-gc bench/dist/measure.js <name> '<json options>'
 *
 * Prints the result as one JSON line, last on stdout, for `run.js` to collect.
 * Each measurement loads only its own module (exceljs stays out of the core's
 * processes, and out of their peak RSS).
 */
type Experiment = (options: never) => Promise<unknown>;

const experiments: Record<string, () => Promise<Experiment>> = {
  "member-comparison": async () =>
    (await import("./lib/experiments/memberComparison")).compareMemberAssessment,
  "ingest-throughput": async () => (await import("./lib/experiments/ingest")).ingestThroughput,
  "batch-memory": async () => (await import("./lib/experiments/ingest")).batchMemory,
  "unit-assessment": async () => (await import("./lib/experiments/units")).unitAssessment,
  "dataset-scaling": async () => (await import("./lib/experiments/datasetScaling")).datasetScaling,
  "draw-and-verify": async () => (await import("./lib/experiments/sampling")).drawAndVerify,
  "excel-make-file": async () => (await import("./lib/experiments/excel")).makeServicesWorkbook,
  "excel-import": async () => (await import("./lib/experiments/excel")).importServices,
  "excel-import-stream": async () => (await import("./lib/experiments/excel")).streamServices,
  "excel-bare-read": async () => (await import("./lib/experiments/excel")).exceljsBareRead,
  "excel-export-report": async () => (await import("./lib/experiments/excel")).exportReport,
};

const [name = "", json = "{}"] = process.argv.slice(2);
const load = experiments[name];
if (!load) {
  console.error(`unknown measurement ${JSON.stringify(name)}; known: ${Object.keys(experiments).join(", ")}`);
  process.exit(2);
}
const experiment = await load();
const result = await experiment(JSON.parse(json) as never);
console.log(JSON.stringify(result));

export {};
