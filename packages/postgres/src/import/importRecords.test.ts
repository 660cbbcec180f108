import { AuditDataset } from "@shuangbaodao/core";
import { describe, expect, it } from "vitest";
import { collect, exampleSourcedRecords, listSource } from "../../test/exampleSource";
import { TARGETS, useTestDatabase } from "../../test/targets";
import type { Database } from "../connection/openDatabase";
import { databaseSource } from "../read/databaseSource";
import { RECORD_TABLES } from "../schema/recordTables";
import { importRecords } from "./importRecords";
import { ImportRejected } from "./importRejected";

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...Object.values(RECORD_TABLES), "imports", "unit_keys", "member_keys"]) {
    counts[table] = Number((await db.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }
  return counts;
}

/** The records as the core reads them: what goes in must come out. */
async function parsedByKind(records: ReturnType<typeof exampleSourcedRecords>) {
  const parsed = AuditDataset.parse(await collect(listSource(records)));
  return Object.fromEntries(Object.entries(parsed).filter(([, list]) => list.length > 0));
}

describe.each(TARGETS)("import on %s", (target) => {
  const test = useTestDatabase(target);
  const records = exampleSourcedRecords();

  it("refuses a file with one bad record at its line and field, writing nothing", async () => {
    const at = records.findIndex((r) => r.kind === "services") + 3;
    const bad = records.map((r, i) =>
      i === at ? { ...r, record: { ...(r.record as object), date: "2019-02-30" } } : r,
    );
    const before = await rowCounts(test.db);
    const error = await importRecords(test.db, listSource(bad), { recordedBy: "tester" }).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect(error.problems).toEqual([
      expect.objectContaining({ place: { file: "example.ndjson", line: at + 1 }, field: "date" }),
    ]);
    expect(error.zh).toContain("未写入任何记录");
    expect(error.en).toContain(`example.ndjson line ${at + 1} field date`);
    expect(await rowCounts(test.db)).toEqual(before);
  });

  it("refuses a file wrong throughout with its first 1,000 problems and the rest counted, writing nothing", async () => {
    const bad = records.map((r) =>
      r.kind === "services" ? { ...r, record: { ...(r.record as object), date: "2019-02-30" } } : r,
    );
    const services = bad.filter((r) => r.kind === "services");
    const many = [
      ...bad,
      ...Array.from({ length: 1_200 }, (_, i) => ({
        ...services[0],
        record: { ...(services[0]?.record as object), id: `s-bad-${i}` },
      })),
    ];
    const before = await rowCounts(test.db);
    const error = await importRecords(test.db, listSource(many as typeof records), {
      recordedBy: "tester",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect(error.problems).toHaveLength(1_000);
    expect(error.problemCount).toBe(services.length + 1_200);
    expect(error.omitted).toEqual([
      { code: "invalid-value", kind: "services", field: "date", count: services.length + 200 },
    ]);
    expect(error.zh).toContain(`${services.length + 1_200} 个问题`);
    expect(await rowCounts(test.db)).toEqual(before);
  });

  it("stores every record and reads back exactly what the core read", async () => {
    const result = await importRecords(test.db, listSource(records), { recordedBy: "tester" });
    expect(result).toMatchObject({ records: records.length, newVersions: records.length, unchanged: 0 });
    const readBack = await collect(databaseSource(test.db, { pageSize: 37 }));
    expect(AuditDataset.parse(readBack)).toEqual(AuditDataset.parse(await collect(listSource(records))));
    expect(Object.keys(readBack).sort()).toEqual(Object.keys(await parsedByKind(records)).sort());
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await rowCounts(test.db);
    const result = await importRecords(test.db, listSource(records), { recordedBy: "tester" });
    expect(result).toMatchObject({ newVersions: 0, unchanged: records.length });
    expect(await rowCounts(test.db)).toEqual({ ...before, imports: (before.imports ?? 0) + 1 });
  });

  it("keeps a changed record as a new version and reads the old one as known before", async () => {
    const { rows } = await test.db.pool.query("SELECT now()::text AS now");
    const knownBefore = rows[0].now as string;
    const index = records.findIndex((r) => r.kind === "services");
    const service = records[index]?.record as { id: string; content: string };
    const changed = records.map((r, i) =>
      i === index ? { ...r, record: { ...service, content: "改正后的服务内容" } } : r,
    );
    const result = await importRecords(test.db, listSource(changed), { recordedBy: "corrector" });
    expect(result.newVersions).toBe(1);
    const versions = await test.db.pool.query(
      "SELECT version, content, superseded_at IS NOT NULL AS superseded FROM volunteer_services WHERE id = $1 ORDER BY version",
      [service.id],
    );
    expect(versions.rows).toEqual([
      { version: 1, content: service.content, superseded: true },
      { version: 2, content: "改正后的服务内容", superseded: false },
    ]);
    const then = await collect(databaseSource(test.db, { knownAt: knownBefore, kinds: ["services"] }));
    const now = await collect(databaseSource(test.db, { kinds: ["services"] }));
    const find = (list: unknown[] | undefined) => list?.find((s) => (s as { id: string }).id === service.id);
    expect(find(then.services)).toMatchObject({ content: service.content });
    expect(find(now.services)).toMatchObject({ content: "改正后的服务内容" });
  });
});
