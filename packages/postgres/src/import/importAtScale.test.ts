import { type AuditDataset, type RecordKind, readSource, type SourcedRecord } from "@shuangbaodao/core";
import { describe, expect, it } from "vitest";
import { collect, listSource } from "../../test/exampleSource";
import { TARGETS, useTestDatabase } from "../../test/targets";
import type { Database } from "../connection/openDatabase";
import { databaseSource } from "../read/databaseSource";
import { importRecords } from "./importRecords";
import { ImportRejected } from "./importRejected";

/** Two units with a member each, then `services` services of those members (the last ones of u2's member). */
function records(services: number): SourcedRecord[] {
  const list: SourcedRecord[] = [
    { kind: "units", record: { id: "u1", name: "单位{一}" } },
    { kind: "units", record: { id: "u2", name: '单位"二"\\' } },
    {
      kind: "members",
      record: {
        id: "m1",
        name: "党员,一\\",
        unitId: "u1",
        inService: true,
        cadreCandidateYears: [2018, 2019],
      },
    },
    { kind: "members", record: { id: "m2", name: "党员二", unitId: "u2", inService: false } },
  ];
  for (let i = 0; i < services; i++) {
    list.push({
      kind: "services",
      record: {
        id: `s${i}`,
        memberId: i < services - 10 ? "m1" : "m2",
        date: "2019-05-15",
        communityId: `c${i % 7}`,
        postCode: 1 + (i % 14),
        content: i % 2 ? "清扫楼道" : "文明\\N劝导\\",
      },
    });
  }
  return list.map((r, i) => ({ ...r, place: { file: "big.ndjson", line: i + 1 } }));
}

/** The records the core read, as a source again (so that `collect` sorts them like the database's). */
function arraySourceOf(dataset: AuditDataset) {
  const kinds: RecordKind[] = ["units", "members", "services"];
  return listSource(kinds.flatMap((kind) => dataset[kind].map((record) => ({ kind, record }))));
}

async function serviceRows(db: Database): Promise<number> {
  return Number((await db.pool.query("SELECT count(*) AS n FROM volunteer_services")).rows[0].n);
}

// Rows enough for the COPY to go in many chunks on both targets (PGlite's are ~1 MB, ~10k rows).
describe.each(TARGETS)("a large import on %s", (target) => {
  const test = useTestDatabase(target);

  it("refuses a file whose bad row is at line 150,000, at that line, writing nothing", async () => {
    const bad = records(150_000 - 4);
    bad[149_999] = {
      ...(bad[149_999] as SourcedRecord),
      record: { ...(bad[149_999]?.record as object), postCode: 16 },
    };
    const error = await importRecords(test.db, listSource(bad, "big.ndjson"), { recordedBy: "t" }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ImportRejected);
    expect(error.problems).toEqual([
      expect.objectContaining({ place: { file: "big.ndjson", line: 150_000 }, field: "postCode" }),
    ]);
    expect(await serviceRows(test.db)).toBe(0);
  });

  it("writes nothing when the database refuses a file of 20,000 records after staging them all (a unit outside the importer's scope)", async () => {
    const error = await importRecords(test.db, listSource(records(20_000)), {
      recordedBy: "u1",
      scope: { units: ["u1"] },
    }).catch((e) => e);
    expect(error?.en).toMatch(/outside your scope|row-level security/);
    expect(await serviceRows(test.db)).toBe(0);
    expect(Number((await test.db.pool.query("SELECT count(*) AS n FROM units")).rows[0].n)).toBe(0);
  });

  it("stores a first import of 20,000 records column by column as the core read them, then a re-import changes nothing", async () => {
    const all = records(20_000);
    const first = await importRecords(test.db, listSource(all), { recordedBy: "t" });
    expect(first).toMatchObject({ records: all.length, newVersions: all.length });
    const readBack = await collect(databaseSource(test.db, { kinds: ["units", "members", "services"] }));
    const core = await collect(arraySourceOf(await readSource(listSource(all))));
    expect(readBack).toEqual(core);
    const again = await importRecords(test.db, listSource(all), { recordedBy: "t" });
    expect(again).toMatchObject({ newVersions: 0, unchanged: all.length });
    expect(await serviceRows(test.db)).toBe(20_000);
  }, 180_000);
});
