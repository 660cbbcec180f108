import { beforeAll, describe, expect, it } from "vitest";
import { collect, exampleSourcedRecords, listSource } from "../../test/exampleSource";
import { TARGETS, useTestDatabase } from "../../test/targets";
import { getDecision, listDecisions } from "../decisions/decisions";
import { assessRun } from "../decisions/runs";
import { importRecords } from "../import/importRecords";
import { databaseSource } from "../read/databaseSource";
import { RECORD_TABLES } from "../schema/recordTables";
import { inTransaction } from "./inTransaction";
import type { Scope } from "./scope";

// The bundled example: 卫健委 (u-wjw) with three subordinate units.
const UNITS = ["u-wjw", "u-hospital", "u-cdc", "u-supervision"];
// Units and community events are read by every officer (see the next tests).
const SCOPED_TABLES = Object.values(RECORD_TABLES).filter((t) => t !== "community_events" && t !== "units");

describe.each(TARGETS)("row-level security per unit on %s", (target) => {
  const test = useTestDatabase(target);
  const records = exampleSourcedRecords();

  beforeAll(async () => {
    await importRecords(test.db, listSource(records), { recordedBy: "city" });
    await assessRun(test.db, { edition: "zhengzhou-2019-health-commission", year: 2019, recordedBy: "city" });
  });

  const unitsSeen = (scope: Scope) =>
    inTransaction(test.db, scope, async (client) => {
      const seen = new Set<string>();
      for (const table of [...SCOPED_TABLES, "decisions"]) {
        const rows = await client.query(`SELECT DISTINCT scope_unit_id FROM ${table}`);
        for (const row of rows.rows) seen.add(row.scope_unit_id);
      }
      return [...seen].sort();
    });

  it.each(UNITS)("an officer of %s reads that unit's records and decisions only", async (unit) => {
    expect(await unitsSeen({ units: [unit] })).toEqual([unit]);
  });

  it("the organisation (机关党委 of u-wjw) reads all its units; a subordinate's organisation only its own", async () => {
    expect(await unitsSeen({ organisations: ["u-wjw"] })).toEqual([...UNITS].sort());
    expect(await unitsSeen({ organisations: ["u-cdc"] })).toEqual(["u-cdc"]);
  });

  it("a run scoped to a subordinate unit alone decides that unit and its members only", async () => {
    const { runId, decisions } = await assessRun(test.db, {
      edition: "zhengzhou-2019-health-commission",
      year: 2019,
      recordedBy: "cdc",
      scope: { units: ["u-cdc"] },
    });
    const members = records.filter(
      (r) => r.kind === "members" && (r.record as { unitId: string }).unitId === "u-cdc",
    );
    expect(decisions).toBe(members.length + 1);
    const listed = await listDecisions(test.db, { runId, limit: 10_000 });
    expect(new Set(listed.map((d) => d.unitId))).toEqual(new Set(["u-cdc"]));
  });

  it("no scope reads nothing", async () => {
    expect(await unitsSeen({})).toEqual([]);
  });

  it("the database source of a unit hands out that unit's members only", async () => {
    const read = await collect(databaseSource(test.db, { scope: { units: ["u-cdc"] }, kinds: ["members"] }));
    expect(new Set(read.members?.map((m) => (m as { unitId: string }).unitId))).toEqual(new Set(["u-cdc"]));
  });

  it.each(
    UNITS.flatMap((writer) => UNITS.filter((owner) => owner !== writer).map((owner) => [writer, owner])),
  )("an officer of %s cannot import, correct or see a decision of %s", async (writer, owner) => {
    const member = records.find(
      (r) => r.kind === "members" && (r.record as { unitId: string }).unitId === owner,
    );
    const service = records.find(
      (r) =>
        r.kind === "services" &&
        (r.record as { memberId: string }).memberId === (member?.record as { id: string } | undefined)?.id,
    );
    // A corrected record of the other unit's member, beside the unit tree as it is: refused, nothing written.
    const attempt = [
      ...records.filter((r) => r.kind === "units"),
      { ...(member as (typeof records)[number]), record: { ...(member?.record as object), name: "改名" } },
      ...(service ? [service] : []),
    ];
    const error = await importRecords(test.db, listSource(attempt), {
      recordedBy: writer,
      scope: { units: [writer] },
    }).catch((e) => e);
    expect(error?.en).toMatch(/outside your scope|row-level security/);
    const corrected = await inTransaction(test.db, { units: [writer] }, (client) =>
      client.query("UPDATE members SET superseded_at = now() WHERE unit_id = $1", [owner]),
    );
    expect(corrected.rowCount).toBe(0);
    const renamed = await inTransaction(test.db, { units: [writer] }, (client) =>
      client.query("UPDATE units SET superseded_at = now() WHERE id = $1", [owner]),
    );
    expect(renamed.rowCount).toBe(0);
    const [decision] = await listDecisions(test.db, { subjectId: owner });
    expect(decision).toBeDefined();
    expect(await getDecision(test.db, decision?.id ?? "", { scope: { units: [writer] } })).toBeUndefined();
  });

  it("an officer imports a correction of their own unit's member beside the unchanged unit tree", async () => {
    const member = records.find(
      (r) => r.kind === "members" && (r.record as { unitId: string }).unitId === "u-cdc",
    );
    const attempt = [
      ...records.filter((r) => r.kind === "units"),
      {
        ...(member as (typeof records)[number]),
        record: { ...(member?.record as object), branchId: "b-new" },
      },
    ];
    const result = await importRecords(test.db, listSource(attempt), {
      recordedBy: "cdc",
      scope: { units: ["u-cdc"] },
    });
    expect(result).toMatchObject({ newVersions: 1, unchanged: UNITS.length });
  });

  it("an officer's correction of another unit's record is refused, not counted as unchanged", async () => {
    const units = records.filter((r) => r.kind === "units");
    const attempt = units.map((r) =>
      (r.record as { id: string }).id === "u-hospital"
        ? { ...r, record: { ...(r.record as object), name: "改名的医院" } }
        : r,
    );
    await expect(
      importRecords(test.db, listSource(attempt), { recordedBy: "cdc", scope: { units: ["u-cdc"] } }),
    ).rejects.toThrow(/outside your scope/);
    const names = await inTransaction(test.db, { units: ["u-hospital"] }, (client) =>
      client.query("SELECT name FROM units WHERE id = 'u-hospital' AND superseded_at IS NULL"),
    );
    expect(names.rows).toHaveLength(1);
    expect(names.rows[0].name).not.toBe("改名的医院");
  });

  it("only a city-wide scope writes community events, which every officer reads", async () => {
    const event = records.find((r) => r.kind === "communityEvents");
    const visible = await inTransaction(test.db, { units: ["u-cdc"] }, (client) =>
      client.query("SELECT count(*)::int AS n FROM community_events"),
    );
    expect(visible.rows[0].n).toBeGreaterThan(0);
    const error = await inTransaction(test.db, { units: ["u-cdc"] }, (client) =>
      client.query("UPDATE community_events SET superseded_at = now() WHERE id = $1", [
        (event?.record as { id: string } | undefined)?.id,
      ]),
    );
    expect(error.rowCount).toBe(0);
  });
});
