/**
 * One measurement in a process of its own, so that measurements do not
 * disturb each other (JIT state, heap, peak RSS):
 *
 *   node --expose-gc bench/dist/measure.js <name> '<json options>'
 *
 * Prints the result as one JSON line, last on stdout, for `run.js` to collect.
 */
import { exceljsBareRead, exportReport, importServices, makeServicesWorkbook } from "./lib/experiments/excel";
import { batchMemory, ingestThroughput } from "./lib/experiments/ingest";
import { compareMemberAssessment } from "./lib/experiments/memberComparison";
import { drawAndVerify } from "./lib/experiments/sampling";
import { unitAssessment } from "./lib/experiments/units";

const experiments: Record<string, (options: never) => Promise<unknown>> = {
  "member-comparison": compareMemberAssessment,
  "ingest-throughput": ingestThroughput,
  "batch-memory": batchMemory,
  "unit-assessment": unitAssessment,
  "draw-and-verify": drawAndVerify,
  "excel-make-file": makeServicesWorkbook,
  "excel-import": importServices,
  "excel-bare-read": exceljsBareRead,
  "excel-export-report": exportReport,
};

const [name = "", json = "{}"] = process.argv.slice(2);
const experiment = experiments[name];
if (!experiment) {
  console.error(`unknown measurement ${JSON.stringify(name)}; known: ${Object.keys(experiments).join(", ")}`);
  process.exit(2);
}
const result = await experiment(JSON.parse(json) as never);
console.log(JSON.stringify(result));
