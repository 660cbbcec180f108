import type { RecordKind, RecordSource } from "@shuangbaodao/core";
import type pg from "pg";
import { DatabaseError } from "../connection/databaseError";
import { inTransaction } from "../connection/inTransaction";
import type { Database } from "../connection/openDatabase";
import { CITY_SCOPE, type Scope } from "../connection/scope";
import { contentSha256 } from "../digest/contentSha256";
import { assertSchemaCurrent } from "../schema/migrate";
import { MEMBER_KINDS, RECORD_KINDS, RECORD_TABLES, VERSION_COLUMNS } from "../schema/recordTables";
import { copyRows } from "./copyRows";
import { columnText, copyLine } from "./copyText";
import {
  columnList,
  createStagingTable,
  type RecordColumn,
  recordColumns,
  stagingTable,
} from "./stagingTables";
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
 * and row, and nothing is written); then each kind's records go by COPY,
 * column by column, into a temporary staging table shaped like its record
 * table, and from there, in the same transaction, into the record table (a
 * COPY cannot go there directly: COPY FROM refuses a table with row-level
 * security). A record equal to its current version is left alone (so a
 * re-import changes nothing); a changed one becomes a new version and the old
 * one is marked superseded. Records missing from an import stay as they are.
 */
export async function importRecords(
  db: Database,
  source: RecordSource,
  options: ImportOptions,
): Promise<ImportResult> {
  await assertSchemaCurrent(db);
  const dataset = await validateRecords(counted(source, options.onProgress));
  const kinds = RECORD_KINDS.filter((kind) => dataset[kind].length > 0);
  const total = kinds.reduce((sum, kind) => sum + dataset[kind].length, 0);
  try {
    return await inTransaction(db, options.scope ?? CITY_SCOPE, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1 || current_schema()))", [IMPORT_LOCK]);
      const columns = await recordColumns(client, kinds);
      const unitOfMember = new Map<string, string>();
      for (const member of dataset.members) unitOfMember.set(member.id, member.unitId);
      const hashes: string[] = [];
      let copiedBefore = 0;
      for (const kind of kinds) {
        const kindColumns = columns.get(kind) ?? [];
        await createStagingTable(client, kind);
        await copyRows(
          db,
          client,
          `${stagingTable(kind)} (${columnList([...kindColumns.map((c) => c.name), ...STAGED_VERSION_COLUMNS])})`,
          stagingLines(
            kind,
            dataset[kind] as unknown as Record<string, unknown>[],
            kindColumns,
            unitOfMember,
            hashes,
          ),
          (copied) => options.onProgress?.("copy", copiedBefore + copied, total),
        );
        copiedBefore += dataset[kind].length;
      }
      await options.onProgress?.("write", 0, total);
      const importId = await insertImport(
        client,
        source.name,
        contentSha256(hashes),
        options.recordedBy,
        total,
      );
      if (dataset.units.length > 0) {
        await client.query(
          `INSERT INTO unit_keys (id) SELECT id FROM ${stagingTable("units")} ON CONFLICT DO NOTHING`,
        );
      }
      if (dataset.members.length > 0) {
        await client.query(
          `INSERT INTO member_keys (id) SELECT id FROM ${stagingTable("members")} ON CONFLICT DO NOTHING`,
        );
      }
      let newVersions = 0;
      for (const kind of kinds) {
        newVersions += await writeKind(client, kind, columns.get(kind) ?? [], importId);
        await options.onProgress?.("write", newVersions, total);
      }
      await client.query("UPDATE imports SET new_versions = $2 WHERE id = $1", [importId, newVersions]);
      return {
        importId,
        source: source.name,
        records: total,
        newVersions,
        unchanged: total - newVersions,
      };
    });
  } catch (error) {
    throw asImportFault(error, source.name);
  }
}

/** The version columns a staged row carries; the others are set when it is written. */
const STAGED_VERSION_COLUMNS = ["scope_unit_id", "content_sha256"];

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

/**
 * The COPY lines of one kind's records, made as COPY asks for them (so that
 * the hashing and formatting here overlap the server's parsing of the lines
 * before); each record's content hash is kept in `hashes`, in order.
 */
function* stagingLines(
  kind: RecordKind,
  records: readonly Record<string, unknown>[],
  columns: readonly RecordColumn[],
  unitOfMember: Map<string, string>,
  hashes: string[],
): Generator<string> {
  for (const record of records) {
    const sha256 = contentSha256(record);
    hashes.push(sha256);
    yield copyLine([
      ...columns.map((column) => columnText(record[column.field], column.form)),
      scopeUnitOf(kind, record, unitOfMember),
      sha256,
    ]);
  }
}

/** The unit whose officers may see the record: its own unit, its member's, none for a community's event. */
function scopeUnitOf(kind: RecordKind, record: Record<string, unknown>, unitOfMember: Map<string, string>) {
  if (kind === "units") return record.id as string;
  if (kind === "communityEvents") return null;
  if (MEMBER_KINDS.has(kind)) return unitOfMember.get(record.memberId as string) ?? null;
  return record.unitId as string;
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
 * One kind from its staging table into its record table: the records that
 * are new or differ from their current version are picked first, with their
 * next version number; then those current versions are superseded and the
 * new versions inserted. Returns how many were inserted.
 *
 * The picking is its own statement on purpose: an INSERT that looks up its
 * own table row by row (the current version, the highest version) rescans
 * the pages it is writing, which made an import quadratic in its size.
 */
async function writeKind(
  client: pg.PoolClient,
  kind: RecordKind,
  columns: readonly RecordColumn[],
  importId: string,
): Promise<number> {
  const table = RECORD_TABLES[kind];
  const staging = stagingTable(kind);
  const changedTable = `sbd_changed_${table}`;
  const changed = await client.query(
    `CREATE TEMPORARY TABLE ${changedTable} ON COMMIT DROP AS
     SELECT s.id, coalesce(t.version, 0) + 1 AS version
       FROM ${staging} AS s
       LEFT JOIN ${table} AS t ON t.id = s.id AND t.superseded_at IS NULL
      WHERE t.id IS NULL OR t.content_sha256 <> s.content_sha256`,
  );
  if (!changed.rowCount) return 0;
  await client.query(
    `UPDATE ${table} AS t SET superseded_at = now()
       FROM ${changedTable} AS c
      WHERE c.version > 1 AND t.id = c.id AND t.superseded_at IS NULL`,
  );
  const names = columns.map((column) => column.name);
  const inserted = await client.query(
    `INSERT INTO ${table} (${columnList([...names, ...VERSION_COLUMNS])})
     SELECT ${names.map((name) => `s.${columnList([name])}`).join(", ")},
            c.version, now(), NULL, $1::bigint, s.scope_unit_id, s.content_sha256
       FROM ${staging} AS s JOIN ${changedTable} AS c ON c.id = s.id`,
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
