import { AuditDataset, assessDataset, getEdition, verdictDigest } from "@shuangbaodao/core";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorkerScript } from "../../test/buildWorkerScript";
import { collect, exampleSourcedRecords, listSource } from "../../test/exampleSource";
import { TARGETS, useTestDatabase } from "../../test/targets";
import type { Database, OpenDatabaseOptions } from "../connection/openDatabase";
import { importRecords } from "../import/importRecords";
import { getDecision, listDecisions } from "./decisions";
import { replayDecision } from "./replayDecision";
import { assessRun, startRun } from "./runs";
import { runWithWorkers } from "./runWithWorkers";

const EDITION = "zhengzhou-2019-health-commission";
const request = { edition: EDITION, year: 2019, asOf: "2019-11-05", recordedBy: "auditor" };

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

describe.each(TARGETS)("decisions on %s", (target) => {
  const test = useTestDatabase(target);
  const records = exampleSourcedRecords();
  let runId: string;

  beforeAll(async () => {
    await importRecords(test.db, listSource(records), { recordedBy: "tester" });
    ({ runId } = await assessRun(test.db, request, { pageSize: 7 }));
  });

  it("stores the same verdicts as the in-memory core for the bundled example (the same digest)", async () => {
    const memory = assessDataset(
      AuditDataset.parse(await collect(listSource(records))),
      getEdition(EDITION),
      { year: request.year, asOf: request.asOf },
    );
    const expected = new Map([
      ...memory.members.map((m): [string, string] => [`member ${m.memberId}`, verdictDigest(m.verdicts)]),
      ...memory.units.map((u): [string, string] => [`unit ${u.unitId}`, verdictDigest(u.verdicts)]),
    ]);
    const stored = await listDecisions(test.db, { runId, limit: 10_000 });
    const actual = new Map(
      stored.map((d) => [`${d.subject.kind} ${d.subject.id}`, verdictDigest(d.verdicts)]),
    );
    expect(actual.size).toBe(expected.size);
    expect(verdictDigest([...actual].sort())).toBe(verdictDigest([...expected].sort()));
  });

  // Before the tests below change the records: the same records as the run of one worker above.
  it("decides with --workers 3 every subject once, exactly as one worker does (the same digest)", async () => {
    const one = await decided(test.db, runId);
    const run = await startRun(test.db, request);
    const database: OpenDatabaseOptions =
      target === "server" ? { url: process.env.DATABASE_URL, schema: test.db.schema } : {};
    const three = await runWithWorkers(test.db, database, run, 3, undefined, await buildWorkerScript());
    // The embedded database belongs to one process: its work stays in this thread.
    expect(three.workers).toBe(target === "server" ? 3 : 1);
    expect(three.decisions).toBe(one.size);
    const byThree = await decided(test.db, run.id);
    expect(byThree.size).toBe(one.size);
    expect(verdictDigest([...byThree].sort())).toBe(verdictDigest([...one].sort()));
    const claimedBy = await test.db.pool.query<{ claimed_by: string }>(
      "SELECT DISTINCT claimed_by FROM run_partitions WHERE run_id = $1",
      [run.id],
    );
    for (const { claimed_by } of claimedBy.rows)
      expect(claimed_by).toMatch(target === "server" ? / thread [1-3]$/ : /^pid /);
  });

  it("records what each decision rests on", async () => {
    const [decision] = await listDecisions(test.db, { runId, limit: 1 });
    expect(decision).toMatchObject({
      runId,
      year: 2019,
      asOf: "2019-11-05",
      recordedBy: "auditor",
      edition: {
        id: EDITION,
        version: getEdition(EDITION).version,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
      recordsSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await getDecision(test.db, decision?.id ?? "")).toEqual(decision);
  });

  it("replays a decision identically, also after a later correction of its records", async () => {
    const [decision] = await listDecisions(test.db, { runId, subjectId: "m-001" });
    expect(decision).toBeDefined();
    const id = decision?.id ?? "";
    expect((await replayDecision(test.db, id)).identical).toBe(true);
    const corrected = records.map((r) =>
      r.kind === "members" && (r.record as { id: string }).id === "m-001"
        ? { ...r, record: { ...(r.record as object), inService: false } }
        : r,
    );
    expect((await importRecords(test.db, listSource(corrected), { recordedBy: "hr" })).newVersions).toBe(1);
    expect((await replayDecision(test.db, id)).identical).toBe(true);
  });

  it("reports input drift and verdict drift rule by rule when the records known then changed behind its back", async () => {
    const [decision] = await listDecisions(test.db, { runId, subjectId: "m-002" });
    const id = decision?.id ?? "";
    // An edit no adapter makes: the connecting superuser rewrites history in place.
    await test.db.pool.query(
      "UPDATE self_reports SET reported_to_organisation = NOT reported_to_organisation WHERE member_id = 'm-002'",
    );
    await test.db.pool.query(
      "UPDATE community_reports SET date = DATE '2019-10-30' WHERE member_id = 'm-002'",
    );
    const replay = await replayDecision(test.db, id);
    expect(replay.identical).toBe(false);
    expect(replay.inputDrift).toEqual({ stored: decision?.recordsSha256, replayed: expect.any(String) });
    expect(replay.verdictDrift.map((d) => d.ruleId)).toContain("M-REPORT");
  });
});
