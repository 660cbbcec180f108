import { describe, expect, it } from "vitest";
import { DatabaseError } from "../src/connection/databaseError";
import { type Database, openDatabase } from "../src/connection/openDatabase";
import { listDecisions } from "../src/decisions/decisions";
import { readRun, startRun, workOnRun } from "../src/decisions/runs";
import { importRecords } from "../src/import/importRecords";
import { RECORD_TABLES } from "../src/schema/recordTables";
import { exampleSourcedRecords, listSource } from "./exampleSource";
import { TARGETS, useTestDatabase } from "./targets";

const records = exampleSourcedRecords();
const RUN = {
  edition: "zhengzhou-2019-health-commission",
  year: 2019,
  asOf: "2019-12-31",
  recordedBy: "auditor",
};

async function totalRows(db: Database): Promise<number> {
  let total = 0;
  for (const table of [...Object.values(RECORD_TABLES), "imports", "unit_keys", "member_keys"]) {
    total += Number((await db.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }
  return total;
}

/** A second connection pool to the same database and schema, as another process would have. */
async function anotherProcess(db: Database, applicationName = "sbd-other"): Promise<Database> {
  if (db.target === "pglite") return { ...db, close: async () => undefined };
  const url = new URL(process.env.DATABASE_URL as string);
  url.searchParams.set("application_name", applicationName);
  return openDatabase({ url: url.toString(), schema: db.schema });
}

describe.each(TARGETS)("faults on %s", (target) => {
  const test = useTestDatabase(target);

  it("a constraint failure rolls back the whole import, what was written before it included", async () => {
    // A rule the core does not have, so that only the database refuses: the last service breaks it.
    await test.db.pool.query(
      "ALTER TABLE volunteer_services ADD CONSTRAINT test_refuses CHECK (content <> 'refused by the test')",
    );
    const last = records.map((r) => r.kind).lastIndexOf("services");
    const breaking = records.map((r, i) =>
      i === last ? { ...r, record: { ...(r.record as object), content: "refused by the test" } } : r,
    );
    const error = await importRecords(test.db, listSource(breaking), { recordedBy: "t" }).catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error.zh).toContain("已全部撤销");
    expect(error.en).toContain("test_refuses");
    expect(await totalRows(test.db)).toBe(0);
    await test.db.pool.query("ALTER TABLE volunteer_services DROP CONSTRAINT test_refuses");
  });

  it("two concurrent imports of the same file write it once", async () => {
    const other = await anotherProcess(test.db);
    try {
      const results = await Promise.all([
        importRecords(test.db, listSource(records), { recordedBy: "a" }),
        importRecords(other, listSource(records), { recordedBy: "b" }),
      ]);
      expect(results.map((r) => r.newVersions).sort((a, b) => a - b)).toEqual([0, records.length]);
      const services = await test.db.pool.query("SELECT count(*)::int AS n FROM volunteer_services");
      expect(services.rows[0].n).toBe(records.filter((r) => r.kind === "services").length);
    } finally {
      await other.close();
    }
  });

  it("two workers on one run, and a second run at the same time, decide every subject exactly once per run", async () => {
    const first = await startRun(test.db, RUN);
    const second = await startRun(test.db, { ...RUN, asOf: "2019-11-05" });
    const other = await anotherProcess(test.db);
    try {
      const done = await Promise.all([
        workOnRun(test.db, first, { workerId: "a", pageSize: 11 }),
        workOnRun(other, await readRun(other, first.id), { workerId: "b", pageSize: 11 }),
        workOnRun(other, second, { workerId: "c" }),
      ]);
      const subjects =
        records.filter((r) => r.kind === "members").length + records.filter((r) => r.kind === "units").length;
      expect(done[0].decisions + done[1].decisions).toBe(subjects);
      expect(done[0].partitions + done[1].partitions).toBe(4);
      expect(done[2].decisions).toBe(subjects);
      for (const run of [first, second]) {
        const decisions = await listDecisions(test.db, { runId: run.id, limit: 100_000 });
        expect(new Set(decisions.map((d) => `${d.subject.kind} ${d.subject.id}`)).size).toBe(subjects);
        expect(decisions.length).toBe(subjects);
      }
    } finally {
      await other.close();
    }
  });
});

// Only a server has other connections that can end one.
describe.each(TARGETS.filter((t) => t === "server"))("faults only a server has (%s)", (target) => {
  const test = useTestDatabase(target);

  it("an import whose connection is terminated mid-COPY leaves zero rows and says so", async () => {
    const victim = await anotherProcess(test.db, "sbd-import-victim");
    let terminated = false;
    try {
      const error = await importRecords(victim, listSource(records), {
        recordedBy: "t",
        onProgress: async (phase) => {
          if (phase !== "copy" || terminated) return;
          terminated = true;
          await test.db.pool.query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sbd-import-victim'",
          );
        },
      }).catch((e) => e);
      expect(terminated).toBe(true);
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error.exitCode).toBe(2);
      expect(error.zh).toContain("未写入任何记录");
      expect(error.en).toContain("nothing written");
      expect(await totalRows(test.db)).toBe(0);
    } finally {
      await victim.close().catch(() => undefined);
    }
  });

  it("a worker that dies holding a partition leaves it to the others", async () => {
    await importRecords(test.db, listSource(records), { recordedBy: "t" });
    const run = await startRun(test.db, RUN);
    const dying = await anotherProcess(test.db, "sbd-dying-worker");
    const client = await dying.pool.connect();
    client.on("error", () => undefined);
    await client.query("BEGIN");
    const claimed = await client.query(
      "SELECT unit_id FROM run_partitions WHERE run_id = $1 ORDER BY unit_id LIMIT 1 FOR UPDATE SKIP LOCKED",
      [run.id],
    );
    expect(claimed.rows).toHaveLength(1);
    await test.db.pool.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sbd-dying-worker'",
    );
    client.release(true);
    await dying.close().catch(() => undefined);
    const done = await workOnRun(test.db, run, { workerId: "survivor" });
    expect(done.partitions).toBe(4);
  });
});
