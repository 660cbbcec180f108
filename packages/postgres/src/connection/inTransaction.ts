import type pg from "pg";
import type { Database } from "./openDatabase";
import { type Scope, scopeSetting } from "./scope";

/** The role of the migrations that the adapter works as: neither superuser nor BYPASSRLS. */
export const WORKING_ROLE = "shuangbaodao_app";

/**
 * Runs `work` in one transaction as the working role with `scope` set for
 * the row-level security policies; commits when it returns, rolls back when
 * it throws. The role is switched inside the transaction (SET LOCAL ROLE) on
 * both targets: PGlite, and often a server's URL, connect as a superuser,
 * which would pass every policy silently.
 */
export async function inTransaction<T>(
  db: Database,
  scope: Scope,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await db.pool.connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    await client.query(`SET LOCAL ROLE ${WORKING_ROLE}`);
    await client.query("SELECT set_config('shuangbaodao.scope', $1, true)", [scopeSetting(scope)]);
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch {
      broken = true; // the connection is gone (terminated): do not hand it out again
    }
    throw error;
  } finally {
    client.release(broken);
  }
}
