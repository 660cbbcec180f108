import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { type Database, openDatabase, quoteIdentifier } from "../src/connection/openDatabase";
import { migrate } from "../src/schema/migrate";

/** The targets every adapter test runs on: PGlite always, the server when DATABASE_URL is set (as in .ci/run). */
export const TARGETS: ReadonlyArray<"pglite" | "server"> = process.env.DATABASE_URL
  ? ["pglite", "server"]
  : ["pglite"];

/**
 * A migrated database of the target for one test file: PGlite from the run's
 * prepared data folder, or a schema of its own on the server, dropped after.
 */
export async function openTestDatabase(target: "pglite" | "server"): Promise<Database> {
  if (target === "pglite") {
    const dump = new Blob([readFileSync(inject("preparedPglite"))]);
    return openDatabase({ dataDir: "memory://", loadDataDir: dump });
  }
  const schema = `sbd_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const db = await openDatabase({ url: process.env.DATABASE_URL, schema });
  await migrate(db);
  return {
    ...db,
    close: async () => {
      await db.pool.query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
      await db.close();
    },
  };
}

/** Opens the target's database before the file's tests and closes (and drops) it after; read `.db` inside tests. */
export function useTestDatabase(target: "pglite" | "server"): { db: Database } {
  const holder = {} as { db: Database };
  beforeAll(async () => {
    holder.db = await openTestDatabase(target);
  });
  afterAll(async () => {
    await holder.db?.close();
  });
  return holder;
}
