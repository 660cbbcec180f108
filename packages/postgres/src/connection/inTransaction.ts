import type pg from "pg";
import type { Database } from "./openDatabase";
import { type Scope, scopeSetting } from "./scope";

/** The role of the migrations that the adapter works as: neither superuser nor BYPASSRLS. */
export const WORKING_ROLE = "shuangbaodao_app";

export interface ScopedTransaction {
  client: pg.PoolClient;
  /** Commits and hands the connection back. */
  commit(): Promise<void>;
  /** Rolls back and hands the connection back (dropping it if it is broken). */
  rollback(): Promise<void>;
}

/**
 * Begins a transaction as the working role with `scope` set for the
 * row-level security policies. The role is switched inside the transaction
 * (SET LOCAL ROLE) on both targets: PGlite, and often a server's URL, connect
 * as a superuser, which would pass every policy silently.
 */
export async function beginScoped(
  db: Database,
  scope: Scope,
  options: { repeatableRead?: boolean } = {},
): Promise<ScopedTransaction> {
  const client = await db.pool.connect();
  // A connection ended under a running query fails that query; the event itself needs no one else.
  if (client.listenerCount("error") === 0) client.on("error", () => undefined);
  try {
    await client.query(options.repeatableRead ? "BEGIN ISOLATION LEVEL REPEATABLE READ" : "BEGIN");
    await client.query(`SET LOCAL ROLE ${WORKING_ROLE}`);
    await client.query("SELECT set_config('shuangbaodao.scope', $1, true)", [scopeSetting(scope)]);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    client.release(true);
    throw error;
  }
  return {
    client,
    async commit() {
      try {
        await client.query("COMMIT");
        client.release();
      } catch (error) {
        client.release(true);
        throw error;
      }
    },
    async rollback() {
      try {
        await client.query("ROLLBACK");
        client.release();
      } catch {
        client.release(true); // the connection is gone (terminated): do not hand it out again
      }
    },
  };
}

/** Runs `work` in a scoped transaction (`beginScoped`): commits when it returns, rolls back when it throws. */
export async function inTransaction<T>(
  db: Database,
  scope: Scope,
  work: (client: pg.PoolClient) => Promise<T>,
  options: { repeatableRead?: boolean } = {},
): Promise<T> {
  const transaction = await beginScoped(db, scope, options);
  let result: T;
  try {
    result = await work(transaction.client);
  } catch (error) {
    await transaction.rollback();
    throw error;
  }
  await transaction.commit();
  return result;
}
