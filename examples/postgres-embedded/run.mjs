// The bundled workbook into the embedded database, assessed, one decision replayed.
// From a clean checkout, no server needed:
//   npm ci && npm run build && node examples/postgres-embedded/run.mjs
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  assessRun,
  fileSource,
  importRecords,
  listDecisions,
  migrate,
  openDatabase,
  replayDecision,
} from "@shuangbaodao/postgres";

const workbook = fileURLToPath(new URL("../zhengzhou-2019-health-commission/records.xlsx", import.meta.url));
// A folder of its own under the working directory's .shuangbaodao/, made afresh each time.
const dataDir = ".shuangbaodao/example-db";
rmSync(dataDir, { recursive: true, force: true });

const db = await openDatabase({ dataDir });
try {
  console.log("migrations:", (await migrate(db)).join(", "));
  const imported = await importRecords(db, await fileSource(workbook), { recordedBy: "example" });
  console.log(`imported ${imported.records} records from ${imported.source} (${imported.newVersions} new)`);
  const again = await importRecords(db, await fileSource(workbook), { recordedBy: "example" });
  console.log(`imported again: ${again.newVersions} new, ${again.unchanged} unchanged`);

  const run = await assessRun(db, {
    edition: "zhengzhou-2019-health-commission",
    year: 2019,
    asOf: "2019-11-05",
    recordedBy: "example",
  });
  console.log(`run ${run.runId}: ${run.decisions} decisions over ${run.partitions} units`);

  const [decision] = await listDecisions(db, { runId: run.runId, subjectId: "m-012" });
  console.log(`decision ${decision.id} for member ${decision.subject.id}:`);
  for (const verdict of decision.verdicts) console.log(`  ${verdict.ruleId}: ${verdict.status}`);
  const replay = await replayDecision(db, decision.id);
  console.log(`replay: ${replay.identical ? "identical" : "differs"}`);
  process.exitCode = replay.identical ? 0 : 1;
} finally {
  await db.close();
}
