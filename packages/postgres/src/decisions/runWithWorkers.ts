import { hostname } from "node:os";
import { Worker } from "node:worker_threads";
import { DatabaseError } from "../connection/databaseError";
import type { Database, OpenDatabaseOptions } from "../connection/openDatabase";
import { type Run, workOnRun } from "./runs";

/**
 * Works on a run with `count` worker threads, each with its own connections,
 * claiming unit partitions as `workOnRun` does (the database hands each
 * partition to one worker). On the embedded database, which one process owns,
 * the work stays in this thread. `workerScript` is the thread's program,
 * the built `runWorker` beside this module unless a test built its own.
 */
export async function runWithWorkers(
  db: Database,
  database: OpenDatabaseOptions,
  run: Run,
  count: number,
  onProgress?: (done: { partitions: number; decisions: number }) => void,
  workerScript: URL = builtWorkerScript(),
): Promise<{ partitions: number; decisions: number; workers: number }> {
  if (count <= 1 || db.target === "pglite")
    return { ...(await workOnRun(db, run, { ...(onProgress && { onProgress }) })), workers: 1 };
  const perWorker = new Map<number, { partitions: number; decisions: number }>();
  const total = () =>
    [...perWorker.values()].reduce(
      (sum, d) => ({ partitions: sum.partitions + d.partitions, decisions: sum.decisions + d.decisions }),
      { partitions: 0, decisions: 0 },
    );
  await Promise.all(
    Array.from({ length: count }, (_, index) => {
      const worker = new Worker(workerScript, {
        workerData: {
          database,
          runId: run.id,
          workerId: `${hostname()} pid ${process.pid} thread ${index + 1}`,
        },
      });
      return new Promise<void>((resolve, reject) => {
        worker.on("message", (message: { type: string; partitions: number; decisions: number }) => {
          perWorker.set(index, { partitions: message.partitions, decisions: message.decisions });
          onProgress?.(total());
        });
        worker.on("error", (error) =>
          reject(
            new DatabaseError(
              `评估线程 ${index + 1} 出错：${error.message}`,
              `Worker ${index + 1} failed: ${error.message}`,
              { fault: true, cause: error },
            ),
          ),
        );
        worker.on("exit", () => resolve());
      });
    }),
  );
  return { ...total(), workers: count };
}

/** The built worker beside this module in dist/ (runWorker.js or runWorker.cjs). */
function builtWorkerScript(): URL {
  const extension = import.meta.url.endsWith(".cjs") ? "cjs" : "js";
  return new URL(`./runWorker.${extension}`, import.meta.url);
}
