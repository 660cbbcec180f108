import { parentPort, workerData } from "node:worker_threads";
import { type OpenDatabaseOptions, openDatabase } from "../connection/openDatabase";
import { readRun, workOnRun } from "./runs";

// One worker thread of `runWithWorkers`: its own connection pool, the same run.
const { database, runId, workerId } = workerData as {
  database: OpenDatabaseOptions;
  runId: string;
  workerId: string;
};
async function work(): Promise<void> {
  const db = await openDatabase(database);
  try {
    const run = await readRun(db, runId);
    const done = await workOnRun(db, run, {
      workerId,
      onProgress: (progress) => parentPort?.postMessage({ type: "progress", ...progress }),
    });
    parentPort?.postMessage({ type: "done", ...done });
  } finally {
    await db.close();
  }
}

// An error ends the thread with an "error" event, which the main thread reports.
void work().catch((error) => {
  throw error;
});
