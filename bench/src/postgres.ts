/**
 * `npm run bench:postgres`: the Postgres adapter's rows for docs/performance.md.
 * Each measurement runs in a child process of its own (peak RSS is per process).
 *
 *   import vs bare COPY: 200k services into the server (DATABASE_URL), our
 *     import (core checks + COPY column by column into typed staging +
 *     versioned insert) against a bare COPY of the same rows from a prepared
 *     CSV (into a table with nothing on it, and into one like
 *     volunteer_services: its CHECKs, indexes and foreign keys), same run;
 *     PGlite beside it.
 *   db assess vs in-memory: 100k members, decisions written, against
 *     assessMember over the same bundles in memory.
 *   rss: peak RSS of db assess alone (a fresh process) at 100k and 1M members on the server.
 *
 * BENCH_QUICK=1 divides every N by 10; BENCH_ONLY=import,assess,rss picks sections.
 */
import { spawn } from "node:child_process";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import {
  AuditDataset,
  assessMember,
  getEdition,
  groupByMember,
  type RecordKind,
  type SourcedRecord,
  validate,
} from "@shuangbaodao/core";
import {
  type Database,
  importRecords,
  migrate,
  openDatabase,
  startRun,
  workOnRun,
} from "@shuangbaodao/postgres";
import { from as copyFrom } from "pg-copy-streams";

const quick = process.env.BENCH_QUICK === "1";
const scale = (n: number) => (quick ? Math.round(n / 10) : n);
const EDITION = "zhengzhou-2019";

/** A synthetic city: 100 units, members with one residence and one report, `servicesPerMember` services each. */
function city(members: number, servicesPerMember: number, first = 0): SourcedRecord[] {
  const records: SourcedRecord[] = [];
  const add = (kind: RecordKind, record: unknown) => records.push({ kind, record });
  for (let u = 0; u < 100; u++) add("units", { id: `u${u}`, name: `单位${u}` });
  for (let i = first; i < first + members; i++) {
    const id = `m${String(i).padStart(7, "0")}`;
    const community = `c${i % 500}`;
    add("members", { id, name: `党员${i}`, unitId: `u${i % 100}`, branchId: `b${i % 100}`, inService: true });
    add("residences", {
      id: `r${id}`,
      memberId: id,
      communityId: community,
      communityName: `社区${i % 500}`,
      district: "金水区",
      from: "2015-01-01",
    });
    add("reports", {
      id: `p${id}`,
      memberId: id,
      date: `2019-10-${String(10 + (i % 20)).padStart(2, "0")}`,
      communityId: community,
    });
    for (let s = 0; s < servicesPerMember; s++) {
      add("services", {
        id: `s${id}-${s}`,
        memberId: id,
        date: `2019-${String(1 + (s % 12)).padStart(2, "0")}-15`,
        communityId: community,
        postCode: 1 + (s % 14),
        content: "清扫楼道",
      });
    }
  }
  return records;
}

const source = (records: SourcedRecord[]) => ({
  name: "bench",
  async *batches() {
    for (let i = 0; i < records.length; i += 5000) yield records.slice(i, i + 5000);
  },
});

async function freshDatabase(target: "server" | "pglite"): Promise<Database & { drop(): Promise<void> }> {
  const schema = `sbd_bench_${process.pid}`;
  const db =
    target === "server"
      ? await openDatabase({ url: process.env.DATABASE_URL, schema })
      : await openDatabase({ dataDir: "memory://" });
  await migrate(db);
  return {
    ...db,
    drop: async () => {
      if (target === "server") await db.pool.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** Import of the services (units and members already there, sent along unchanged) vs a bare COPY of them. */
async function importVsCopy(options: { target: "server" | "pglite"; members: number }) {
  const records = city(options.members, 10);
  const services = records.filter((r) => r.kind === "services");
  const db = await freshDatabase(options.target);
  try {
    await importRecords(db, source(records.filter((r) => r.kind !== "services")), { recordedBy: "bench" });
    const start = process.hrtime.bigint();
    const result = await importRecords(db, source(records), { recordedBy: "bench" });
    const importSeconds = seconds(start);
    let copySeconds: number | null = null;
    let tableCopySeconds: number | null = null;
    if (options.target === "server") {
      const { importId } = result;
      // Bare: the rows into a table with no constraint, no index, no policy.
      await db.pool.query(
        "CREATE TABLE bare_services (id text, member_id text, date date, community_id text, post_code integer, content text, used_public_power boolean, used_unit_resources boolean)",
      );
      // Same table: the rows, with the version columns a prepared file would carry, into a table like
      // volunteer_services (its domains, CHECKs, indexes and foreign keys; no row-level security).
      await db.pool.query(
        `CREATE TABLE table_services (LIKE volunteer_services INCLUDING ALL);
         ALTER TABLE table_services ADD FOREIGN KEY (member_id) REFERENCES member_keys (id),
                                    ADD FOREIGN KEY (import_id) REFERENCES imports (id)`,
      );
      const fields = (r: Record<string, string | number>) =>
        `${r.id},${r.memberId},${r.date},${r.communityId},${r.postCode},${r.content},false,false`;
      const csv = services.map((s) => `${fields(s.record as Record<string, string | number>)}\n`).join("");
      const tableCsv = services
        .map((s) => {
          const r = s.record as Record<string, string | number>;
          return `${fields(r)},1,2019-12-01T00:00:00Z,,${importId},u0,${"0".repeat(64)}\n`;
        })
        .join("");
      const copy = async (table: string, text: string) => {
        const client = await db.pool.connect();
        try {
          const start = process.hrtime.bigint();
          await pipeline(
            Readable.from([text]),
            client.query(copyFrom(`COPY ${table} FROM STDIN (FORMAT csv)`)),
          );
          return seconds(start);
        } finally {
          client.release();
        }
      };
      copySeconds = await copy("bare_services", csv);
      tableCopySeconds = await copy("table_services", tableCsv);
    }
    return {
      target: options.target,
      services: services.length,
      newVersions: result.newVersions,
      importSeconds,
      importRowsPerSecond: services.length / importSeconds,
      copySeconds,
      ratio: copySeconds === null ? null : copySeconds / importSeconds,
      tableCopySeconds,
      tableRatio: tableCopySeconds === null ? null : tableCopySeconds / importSeconds,
    };
  } finally {
    await db.drop();
  }
}

/** db assess (read, assess, write decisions) vs assessMember over the same bundles in memory; peak RSS. */
async function assessVsMemory(options: { target: "server" | "pglite"; members: number; memory: boolean }) {
  const records = city(options.members, 4);
  const db = await freshDatabase(options.target);
  try {
    await importRecords(db, source(records), { recordedBy: "bench" });
    let memoryRate: number | null = null;
    if (options.memory) {
      const byKind: Record<string, unknown[]> = {};
      for (const r of records) {
        const list = byKind[r.kind] ?? [];
        list.push(r.record);
        byKind[r.kind] = list;
      }
      const dataset = validate(AuditDataset, byKind);
      const bundles = [...groupByMember(dataset)];
      const edition = getEdition(EDITION);
      const start = process.hrtime.bigint();
      for (const bundle of bundles) assessMember(bundle, edition, { year: 2019 });
      memoryRate = bundles.length / seconds(start);
    }
    records.length = 0;
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const start = process.hrtime.bigint();
    const run = await startRun(db, { edition: EDITION, year: 2019, recordedBy: "bench" });
    const done = await workOnRun(db, run);
    const assessSeconds = seconds(start);
    clearInterval(timer);
    return {
      target: options.target,
      members: options.members,
      decisions: done.decisions,
      assessSeconds,
      dbRate: options.members / assessSeconds,
      memoryRate,
      ratio: memoryRate === null ? null : options.members / assessSeconds / memoryRate,
      rssBeforeMb: rssBefore / 2 ** 20,
      peakRssDuringAssessMb: peak / 2 ** 20,
    };
  } finally {
    await db.drop();
  }
}

/**
 * Peak RSS of `db assess` alone, on the server: one child imports the city into a schema it leaves
 * behind (by imports of 100k members, so that 1M never sit in memory at once), a fresh child assesses
 * it and drops it, so that the import's memory is not in the assessing process's RSS.
 */
async function populate(options: { members: number }) {
  const schema = `sbd_bench_rss_${process.pid}`;
  const db = await openDatabase({ url: process.env.DATABASE_URL, schema });
  try {
    await migrate(db);
    for (let first = 0; first < options.members; first += 100_000) {
      const records = city(Math.min(100_000, options.members - first), 4, first);
      await importRecords(db, source(records), { recordedBy: "bench" });
    }
    return { schema, members: options.members };
  } finally {
    await db.close();
  }
}

async function assessOnly(options: { schema: string; members: number }) {
  const db = await openDatabase({ url: process.env.DATABASE_URL, schema: options.schema });
  try {
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    let peakHeap = 0;
    const timer = setInterval(() => {
      const usage = process.memoryUsage();
      peak = Math.max(peak, usage.rss);
      peakHeap = Math.max(peakHeap, usage.heapUsed);
    }, 50);
    const start = process.hrtime.bigint();
    const run = await startRun(db, { edition: EDITION, year: 2019, recordedBy: "bench" });
    const done = await workOnRun(db, run);
    const assessSeconds = seconds(start);
    clearInterval(timer);
    return {
      target: "server",
      members: options.members,
      decisions: done.decisions,
      assessSeconds,
      dbRate: options.members / assessSeconds,
      rssBeforeMb: rssBefore / 2 ** 20,
      peakRssDuringAssessMb: peak / 2 ** 20,
      peakHeapUsedMb: peakHeap / 2 ** 20,
    };
  } finally {
    await db.pool.query(`DROP SCHEMA ${options.schema} CASCADE`);
    await db.close();
  }
}

const experiments = { importVsCopy, assessVsMemory, populate, assessOnly } as Record<
  string,
  (options: never) => Promise<unknown>
>;

function child(name: string, options: object): Promise<unknown> {
  process.stderr.write(`· ${name} ${JSON.stringify(options)} … `);
  return new Promise((resolve) => {
    const proc = spawn(
      process.execPath,
      ["--expose-gc", fileURLToPath(import.meta.url), name, JSON.stringify(options)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    proc.stdout.on("data", (d) => {
      out += d;
    });
    proc.on("close", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      process.stderr.write(code === 0 ? "done\n" : `failed (${code})\n`);
      const result = code === 0 ? JSON.parse(last) : { name, options, failed: code };
      // Each result as soon as it is in, so that a long run's first rows survive its end.
      console.log(JSON.stringify(result));
      resolve(result);
    });
  });
}

const [name, json] = process.argv.slice(2);
if (name) {
  const experiment = experiments[name];
  if (!experiment) throw new Error(`unknown ${name}`);
  console.log(JSON.stringify(await experiment(JSON.parse(json ?? "{}") as never)));
} else {
  if (!process.env.DATABASE_URL) console.error("DATABASE_URL is not set: the server rows are left out");
  const server = process.env.DATABASE_URL ? (["server"] as const) : [];
  const results: unknown[] = [];
  const only = process.env.BENCH_ONLY?.split(",");
  const wants = (name: string) => !only || only.includes(name);
  if (wants("import")) {
    for (const target of server)
      results.push(await child("importVsCopy", { target, members: scale(20_000) }));
    results.push(await child("importVsCopy", { target: "pglite", members: scale(20_000) }));
  }
  if (wants("assess")) {
    for (const target of server)
      results.push(await child("assessVsMemory", { target, members: scale(100_000), memory: true }));
    results.push(await child("assessVsMemory", { target: "pglite", members: scale(100_000), memory: true }));
  }
  if (wants("rss") && server.length > 0) {
    for (const members of [scale(100_000), scale(1_000_000)]) {
      const populated = (await child("populate", { members })) as { schema?: string };
      if (populated.schema) results.push(await child("assessOnly", { schema: populated.schema, members }));
    }
  }
  process.stderr.write(`${results.length} measurements\n`);
}
