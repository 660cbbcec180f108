import { describe, expect, it } from "vitest";
import { TARGETS, useTestDatabase } from "../../test/targets";
import { inTransaction, WORKING_ROLE } from "../connection/inTransaction";
import { CITY_SCOPE } from "../connection/scope";
import { assertSchemaCurrent, knownMigrations, MIGRATIONS_TABLE, migrate, schemaStatus } from "./migrate";

describe.each(TARGETS)("schema and migrations on %s", (target) => {
  const test = useTestDatabase(target);

  it("records every known migration and accepts the schema at head", async () => {
    expect(await schemaStatus(test.db)).toEqual({ applied: knownMigrations(), pending: [], unknown: [] });
    await expect(assertSchemaCurrent(test.db)).resolves.toBeUndefined();
    expect(await migrate(test.db)).toEqual([]);
  });

  it("works as a role that is neither superuser nor BYPASSRLS, inside every transaction", async () => {
    const row = await inTransaction(test.db, CITY_SCOPE, async (client) => {
      const result = await client.query(
        "SELECT current_user AS role, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user",
      );
      return result.rows[0];
    });
    expect(row).toEqual({ role: WORKING_ROLE, rolsuper: false, rolbypassrls: false });
  });

  it("refuses a schema newer than it knows, saying what to do in both languages", async () => {
    const client = await test.db.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO ${MIGRATIONS_TABLE} (name, run_on) VALUES ('9999_from_the_future', now())`,
      );
      const error = await assertSchemaCurrent({ ...test.db, pool: clientAsPool(client) }).catch((e) => e);
      expect(error.zh).toContain("请升级 shuangbaodao");
      expect(error.en).toContain("9999_from_the_future");
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });

  it("refuses a schema older than it knows and names the command to run", async () => {
    const client = await test.db.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(`DELETE FROM ${MIGRATIONS_TABLE} WHERE name = $1`, [knownMigrations().at(-1)]);
      const error = await assertSchemaCurrent({ ...test.db, pool: clientAsPool(client) }).catch((e) => e);
      expect(error.zh).toContain("shuangbaodao db migrate");
      expect(error.en).toContain("Run first: shuangbaodao db migrate");
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });
});

// The checks read through `pool.query`; inside the test's open transaction they must use its client.
function clientAsPool(client: { query: unknown }) {
  return client as never;
}
