import type { AuditDataset, RecordKind, RecordSource } from "@shuangbaodao/core";
import type pg from "pg";
import { DatabaseError } from "../connection/databaseError";
import { inTransaction } from "../connection/inTransaction";
import type { Database } from "../connection/openDatabase";
import { CITY_SCOPE, type Scope } from "../connection/scope";
import { contentSha256 } from "../digest/contentSha256";
import { assertSchemaCurrent } from "../schema/migrate";
import { columnOf, MEMBER_KINDS, RECORD_KINDS, RECORD_TABLES } from "../schema/recordTables";
import { copyLine, copyRows } from "./copyRows";
import { validateRecords } from "./validateRecords";

export interface ImportOptions {
  /** Who imports, kept with the import and with every version it writes. */
  recordedBy: string;
  /** Whose records the import may write (row-level security); default the whole city. */
  scope?: Scope;
  /** Called as the import goes: records read, rows copied into staging, rows written; may pause the import. */
  onProgress?: (phase: "read" | "copy" | "write", done: number, total?: number) => void | Promise<void>;
}

export interface ImportResult {
  importId: string;
  source: string;
  /** Records read and checked. */
  records: number;
  /** New records and new versions of changed ones. */
  newVersions: number;
  /** Records equal to their current version, so not written again. */
  unchanged: number;
}

// One advisory lock for every import into a schema (advisory locks are
// database-wide, hence the schema in the key): imports into it run one after
// the other, so two imports of the same file cannot both find a record new.
const IMPORT_LOCK = "shuangbaodao.import";

/**
 * Imports everything a source hands out, all or nothing: the core checks
 * every record first (one problem anywhere, located by file and line or sheet
 * and row, and nothing is written); then the records go by COPY into a
 * temporary staging table and from there, in the same transaction, into the
 * record tables. A record equal to its current version is left alone (so a
 * re-import changes nothing); a changed one becomes a new version and the old
 * one is marked superseded. Records missing from an import stay as they are.
 */
export async function importRecords(
  db: Database,
  source: RecordSource,
  options: ImportOptions,
): Promise<ImportResult> {
  await assertSchemaCurrent(db);
  const rows = stagingRows(await validateRecords(counted(source, options.onProgress)));
  const sourceSha256 = contentSha256(rows.map((row) => row.sha256));
  try {
    return await inTransaction(db, options.scope ?? CITY_SCOPE, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1 || current_schema()))", [IMPORT_LOCK]);
      await client.query(
        `CREATE TEMPORARY TABLE sbd_staging (
           kind text NOT NULL, id text NOT NULL, scope_unit_id text, sha256 text NOT NULL, record jsonb NOT NULL
         ) ON COMMIT DROP`,
      );
      await copyRows(
        db,
        client,
        "sbd_staging",
        rows.map((row) => copyLine([row.kind, row.id, row.scopeUnitId, row.sha256, row.json])),
        (copied) => options.onProgress?.("copy", copied, rows.length),
      );
      // Without an index and statistics the planner joins each table to staging by nested loops: quadratic.
      await client.query("CREATE INDEX ON sbd_staging (kind, id)");
      await client.query("ANALYZE sbd_staging");
      await client.query(
        `CREATE TEMPORARY TABLE sbd_changed (
           id text NOT NULL, version integer NOT NULL, scope_unit_id text, sha256 text NOT NULL, record jsonb NOT NULL
         ) ON COMMIT DROP`,
      );
      await options.onProgress?.("write", 0, rows.length);
      const importId = await insertImport(client, source.name, sourceSha256, options.recordedBy, rows.length);
      await client.query(
        "INSERT INTO unit_keys (id) SELECT id FROM sbd_staging WHERE kind = 'units' ON CONFLICT DO NOTHING",
      );
      await client.query(
        "INSERT INTO member_keys (id) SELECT id FROM sbd_staging WHERE kind = 'members' ON CONFLICT DO NOTHING",
      );
      let newVersions = 0;
      for (const kind of RECORD_KINDS) {
        newVersions += await writeKind(client, kind, importId);
        await options.onProgress?.("write", newVersions, rows.length);
      }
      await client.query("UPDATE imports SET new_versions = $2 WHERE id = $1", [importId, newVersions]);
      return {
        importId,
        source: source.name,
        records: rows.length,
        newVersions,
        unchanged: rows.length - newVersions,
      };
    });
  } catch (error) {
    throw asImportFault(error, source.name);
  }
}

interface StagingRow {
  kind: RecordKind;
  id: string;
  scopeUnitId: string | null;
  sha256: string;
  json: string;
}

/** The source, reporting how many records it has handed out. */
function counted(source: RecordSource, onProgress: ImportOptions["onProgress"]): RecordSource {
  return {
    ...source,
    name: source.name,
    async *batches() {
      let read = 0;
      for await (const batch of source.batches()) {
        read += batch.length;
        await onProgress?.("read", read);
        yield batch;
      }
    },
  };
}

function stagingRows(dataset: AuditDataset): StagingRow[] {
  const unitOfMember = new Map<string, string>();
  for (const member of dataset.members) unitOfMember.set(member.id, member.unitId);
  const rows: StagingRow[] = [];
  for (const kind of RECORD_KINDS) {
    for (const record of dataset[kind] as unknown as Record<string, unknown>[]) {
      rows.push({
        kind,
        id: record.id as string,
        scopeUnitId: scopeUnitOf(kind, record, unitOfMember),
        sha256: contentSha256(record),
        json: snakeCaseJson(record),
      });
    }
  }
  return rows;
}

/** The unit whose officers may see the record: its own unit, its member's, none for a community's event. */
function scopeUnitOf(kind: RecordKind, record: Record<string, unknown>, unitOfMember: Map<string, string>) {
  if (kind === "units") return record.id as string;
  if (kind === "communityEvents") return null;
  if (MEMBER_KINDS.has(kind)) return unitOfMember.get(record.memberId as string) ?? null;
  return record.unitId as string;
}

/** The record with its top-level keys as column names, for jsonb_populate_record. */
function snakeCaseJson(record: Record<string, unknown>): string {
  const columns: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) columns[columnOf(field)] = value;
  return JSON.stringify(columns);
}

async function insertImport(
  client: pg.PoolClient,
  name: string,
  sha256: string,
  recordedBy: string,
  records: number,
): Promise<string> {
  const result = await client.query<{ id: string }>(
    `INSERT INTO imports (source_name, source_sha256, recorded_by, records, new_versions)
     VALUES ($1, $2, $3, $4, 0) RETURNING id`,
    [name, sha256, recordedBy, records],
  );
  return String(result.rows[0]?.id);
}

/**
 * One kind from staging into its table: the records that are new or differ
 * from their current version are picked first, with their next version
 * number; then those current versions are superseded and the new versions
 * inserted. Returns how many were inserted.
 *
 * The picking is its own statement on purpose: an INSERT that looks up its
 * own table row by row (the current version, the highest version) rescans
 * the pages it is writing, which made an import quadratic in its size.
 */
async function writeKind(client: pg.PoolClient, kind: RecordKind, importId: string): Promise<number> {
  const table = RECORD_TABLES[kind];
  await client.query("TRUNCATE sbd_changed");
  const changed = await client.query(
    `INSERT INTO sbd_changed (id, version, scope_unit_id, sha256, record)
     SELECT s.id, coalesce(t.version, 0) + 1, s.scope_unit_id, s.sha256, s.record
       FROM sbd_staging AS s
       LEFT JOIN ${table} AS t ON t.id = s.id AND t.superseded_at IS NULL
      WHERE s.kind = $1 AND (t.id IS NULL OR t.content_sha256 <> s.sha256)`,
    [kind],
  );
  if (!changed.rowCount) return 0;
  await client.query(
    `UPDATE ${table} AS t SET superseded_at = now()
       FROM sbd_changed AS c
      WHERE c.version > 1 AND t.id = c.id AND t.superseded_at IS NULL`,
  );
  const inserted = await client.query(
    // The function in FROM, not `(f(…)).*` in the select list, which calls it once per column.
    `INSERT INTO ${table}
     SELECT r.* FROM sbd_changed AS c
      CROSS JOIN LATERAL jsonb_populate_record(NULL::${table}, c.record || jsonb_build_object(
              'version', c.version,
              'recorded_at', now(),
              'import_id', $1::bigint,
              'scope_unit_id', c.scope_unit_id,
              'content_sha256', c.sha256)) AS r`,
    [importId],
  );
  return inserted.rowCount ?? 0;
}

/** A fault of the database during an import, said in both languages; the transaction was rolled back. */
function asImportFault(error: unknown, source: string): Error {
  if (error instanceof DatabaseError) return error;
  const message = (error as Error).message ?? String(error);
  const code = (error as { code?: string }).code;
  if (code === "42501") {
    return new DatabaseError(
      `导入被拒绝，未写入任何记录（${source}）：其中有不属于您权限范围内单位的记录（${message}）`,
      `Import refused, nothing written (${source}): it has records of units outside your scope (${message})`,
      { cause: error },
    );
  }
  return new DatabaseError(
    `导入失败，已全部撤销，未写入任何记录（${source}）：${message}`,
    `Import failed and was rolled back, nothing written (${source}): ${message}`,
    { fault: true, cause: error },
  );
}
