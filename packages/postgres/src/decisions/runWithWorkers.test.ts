import { verdictDigest } from "@shuangbaodao/core";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorkerScript } from "../../test/buildWorkerScript";
import { exampleSourcedRecords, listSource } from "../../test/exampleSource";
import { TARGETS, useTestDatabase } from "../../test/targets";
import type { Database, OpenDatabaseOptions } from "../connection/openDatabase";
import { importRecords } from "../import/importRecords";
import { listDecisions } from "./decisions";
import { assessRun, startRun } from "./runs";
import { runWithWorkers } from "./runWithWorkers";

const request = {
  edition: "zhengzhou-2019-health-commission",
  year: 2019,
  asOf: "2019-11-05",
  recordedBy: "auditor",
};

/** Each subject's verdicts and records as decided in a run: what must not depend on how many workers ran. */
async function decided(db: Database, runId: string): Promise<Map<string, string>> {
  const decisions = await listDecisions(db, { runId, limit: 10_000 });
  return new Map(
    decisions.map((d) => [
      `${d.subject.kind} ${d.subject.id}`,
      verdictDigest({ verdicts: d.verdicts, records: d.recordsSha256 }),
    ]),
  );
}

describe.each(TARGETS)("db assess --workers on %s", (target) => {
  const test = useTestDatabase(target);
  let workerScript: URL;

  beforeAll(async () => {
    workerScript = await buildWorkerScript();
    await importRecords(test.db, listSource(exampleSourcedRecords()), { recordedBy: "tester" });
  });

  it("decides every subject once, exactly as one worker does (the same digest)", async () => {
    const one = await assessRun(test.db, request);
    const run = await startRun(test.db, request);
    const database: OpenDatabaseOptions =
      target === "server" ? { url: process.env.DATABASE_URL, schema: test.db.schema } : {};
    const three = await runWithWorkers(test.db, database, run, 3, undefined, workerScript);
    // The embedded database belongs to one process: its work stays in this thread.
    expect(three.workers).toBe(target === "server" ? 3 : 1);
    expect(three).toMatchObject({ partitions: one.partitions, decisions: one.decisions });
    const [byOne, byThree] = [await decided(test.db, one.runId), await decided(test.db, run.id)];
    expect(byThree.size).toBe(one.decisions);
    expect(verdictDigest([...byThree].sort())).toBe(verdictDigest([...byOne].sort()));
    const claimedBy = await test.db.pool.query<{ claimed_by: string }>(
      "SELECT DISTINCT claimed_by FROM run_partitions WHERE run_id = $1",
      [run.id],
    );
    for (const { claimed_by } of claimedBy.rows)
      expect(claimed_by).toMatch(target === "server" ? / thread [1-3]$/ : /^pid /);
  });
});
