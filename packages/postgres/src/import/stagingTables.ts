import type { RecordKind } from "@shuangbaodao/core";
import type pg from "pg";
import { quoteIdentifier } from "../connection/openDatabase";
import { fieldOf, RECORD_TABLES, VERSION_COLUMNS } from "../schema/recordTables";

/** How a column's value is written in COPY text: as itself, as an array literal, or as JSON. */
export type ColumnForm = "scalar" | "array" | "json";

/** One column of a record table that a record's field fills. */
export interface RecordColumn {
  /** The column's name, as the catalog has it (`community_name`, `from`). */
  name: string;
  /** The record's field it holds (`communityName`). */
  field: string;
  form: ColumnForm;
}

/**
 * The record columns of each kind's table (every column but the version
 * columns), in the table's order, read from the catalog: the migrations, not
 * a list here, say what a table holds.
 */
export async function recordColumns(
  client: pg.PoolClient,
  kinds: readonly RecordKind[],
): Promise<Map<RecordKind, RecordColumn[]>> {
  const { rows } = await client.query<{ table: string; name: string; type: string }>(
    `SELECT c.relname AS "table", a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute AS a JOIN pg_class AS c ON c.oid = a.attrelid
      WHERE a.attrelid = ANY ($1::regclass[]) AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
    [kinds.map((kind) => RECORD_TABLES[kind])],
  );
  const versionColumns: ReadonlySet<string> = new Set(VERSION_COLUMNS);
  const columns = new Map<RecordKind, RecordColumn[]>();
  for (const kind of kinds) {
    columns.set(
      kind,
      rows
        .filter((row) => row.table === RECORD_TABLES[kind] && !versionColumns.has(row.name))
        .map((row) => ({ name: row.name, field: fieldOf(row.name), form: formOf(row.type) })),
    );
  }
  return columns;
}

function formOf(type: string): ColumnForm {
  if (type.endsWith("[]")) return "array";
  return type === "jsonb" ? "json" : "scalar";
}

/** The staging table of a kind: `sbd_stage_volunteer_services`. */
export function stagingTable(kind: RecordKind): string {
  return `sbd_stage_${RECORD_TABLES[kind]}`;
}

/**
 * Creates the kind's staging table for this transaction: the columns and
 * types (domains included, so COPY already checks them) of its record table,
 * with no constraint, index or policy, so that COPY into it costs little.
 */
export async function createStagingTable(client: pg.PoolClient, kind: RecordKind): Promise<void> {
  await client.query(
    `CREATE TEMPORARY TABLE ${stagingTable(kind)} ON COMMIT DROP AS SELECT * FROM ${RECORD_TABLES[kind]} WITH NO DATA`,
  );
}

/** `"id", "member_id", …`: column names as SQL identifiers (they come from the catalog, never from input). */
export function columnList(names: readonly string[]): string {
  return names.map(quoteIdentifier).join(", ");
}
