import type { RecordKind, RecordSource } from "@shuangbaodao/core";
import { beginScoped } from "../connection/inTransaction";
import type { Database } from "../connection/openDatabase";
import { CITY_SCOPE, type Scope } from "../connection/scope";
import { assertSchemaCurrent } from "../schema/migrate";
import { RECORD_KINDS, RECORD_TABLES } from "../schema/recordTables";
import { heldAt } from "./knownAt";
import { recordJson, rowToRecord } from "./rowToRecord";

export interface DatabaseSourceOptions {
  /** Read what the database held at this instant (ISO date-time); default now. */
  knownAt?: string | undefined;
  /** Whose records to read (row-level security); default the whole city. */
  scope?: Scope;
  /** The kinds to read; default every kind. */
  kinds?: readonly RecordKind[];
  /** Rows per keyset page. */
  pageSize?: number;
}

/**
 * The database as a `RecordSource`: every record version held at `knownAt`,
 * kind by kind in keyset pages of `pageSize` (memory holds one page), each
 * with its table and ID as its place. The whole read is one REPEATABLE READ
 * transaction, so it sees one state of the database.
 */
export function databaseSource(db: Database, options: DatabaseSourceOptions = {}): RecordSource {
  const pageSize = options.pageSize ?? 2000;
  return {
    name: `${db.name} (schema ${db.schema})`,
    async *batches() {
      await assertSchemaCurrent(db);
      const transaction = await beginScoped(db, options.scope ?? CITY_SCOPE, { repeatableRead: true });
      const { client } = transaction;
      let complete = false;
      try {
        const knownAt = options.knownAt ?? (await client.query("SELECT now()::text AS now")).rows[0].now;
        for (const kind of options.kinds ?? RECORD_KINDS) {
          const table = RECORD_TABLES[kind];
          let after = "";
          for (;;) {
            const result = await client.query<{ id: string; record: Record<string, unknown> }>(
              `SELECT t.id, ${recordJson("t")} AS record FROM ${table} AS t
                WHERE ${heldAt("t", "$1::timestamptz")} AND t.id > $2
                ORDER BY t.id LIMIT $3`,
              [knownAt, after, pageSize],
            );
            if (result.rows.length > 0) {
              yield result.rows.map((row) => ({
                kind,
                record: rowToRecord(row.record),
                place: { table, key: row.id },
              }));
            }
            if (result.rows.length < pageSize) break;
            after = result.rows.at(-1)?.id ?? after;
          }
        }
        complete = true;
      } finally {
        // Also when the reader stops early (break, return, a throw): never leave the transaction open.
        await (complete ? transaction.commit() : transaction.rollback());
      }
    },
  };
}
