import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runner } from "node-pg-migrate";
import { DatabaseError } from "../connection/databaseError";
import type { Database } from "../connection/openDatabase";

/** The table in which node-pg-migrate records the migrations applied. */
export const MIGRATIONS_TABLE = "shuangbaodao_migrations";

/**
 * The folder of the package's plain-SQL migrations (`-- Up Migration` /
 * `-- Down Migration`): `migrations/` at the package root, one level above
 * `dist/` when built and two above `src/schema/` in the sources.
 */
export const MIGRATIONS_DIR = findMigrationsDir(dirname(fileURLToPath(import.meta.url)));

function findMigrationsDir(from: string): string {
  const marker = "0001_records_and_decisions.sql";
  for (let dir = from, depth = 0; depth < 4; dir = dirname(dir), depth++) {
    const candidate = join(dir, "migrations");
    if (existsSync(join(candidate, marker))) return candidate;
  }
  // Bundled into another program (the bench): the installed package's folder.
  try {
    const packageJson = createRequire(import.meta.url).resolve("@shuangbaodao/postgres/package.json");
    return join(dirname(packageJson), "migrations");
  } catch {
    return join(from, "..", "migrations");
  }
}

/** The migrations this version of the adapter knows, in order (file names without `.sql`). */
export function knownMigrations(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((name) => name.endsWith(".sql"))
    .map((name) => name.slice(0, -".sql".length))
    .sort();
}

/**
 * Brings the schema to this version's head (`up`, default) or takes back the
 * last `count` migrations (`down`), through node-pg-migrate, which records them
 * in `shuangbaodao_migrations` and holds an advisory lock while it runs.
 * Returns the names of the migrations it ran.
 */
export async function migrate(
  db: Database,
  options: { direction?: "up" | "down"; count?: number } = {},
): Promise<string[]> {
  const client = await db.pool.connect();
  try {
    const ran = await runner({
      dbClient: client,
      dir: MIGRATIONS_DIR,
      direction: options.direction ?? "up",
      ...(options.count === undefined ? {} : { count: options.count }),
      migrationsTable: MIGRATIONS_TABLE,
      schema: db.schema,
      createSchema: true,
      singleTransaction: true,
      advisoryLockMode: "wait",
      log: () => undefined,
    });
    return ran.map((migration) => migration.name);
  } finally {
    // node-pg-migrate leaves its search path on the session; ours is the same schema.
    client.release();
  }
}

/** Which of the known migrations the database has, and which it has that this version does not know. */
export async function schemaStatus(
  db: Database,
): Promise<{ applied: string[]; pending: string[]; unknown: string[] }> {
  const known = knownMigrations();
  const table = await db.pool.query<{ exists: boolean }>("SELECT to_regclass($1) IS NOT NULL AS exists", [
    `${db.schema}.${MIGRATIONS_TABLE}`,
  ]);
  const applied = table.rows[0]?.exists
    ? (
        await db.pool.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY run_on, id`)
      ).rows.map((row) => row.name)
    : [];
  return {
    applied,
    pending: known.filter((name) => !applied.includes(name)),
    unknown: applied.filter((name) => !known.includes(name)),
  };
}

/**
 * Refuses to work on a schema older or newer than this version of the adapter
 * knows, saying what to run. Every entry point calls it before touching a table.
 */
export async function assertSchemaCurrent(db: Database): Promise<void> {
  const status = await schemaStatus(db);
  if (status.unknown.length > 0) {
    throw new DatabaseError(
      `数据库结构比本程序新（有本版本不认识的迁移：${status.unknown.join("、")}）。请升级 shuangbaodao 后再试。`,
      `The database schema is newer than this program (migrations it does not know: ${status.unknown.join(", ")}). Upgrade shuangbaodao and try again.`,
    );
  }
  if (status.pending.length > 0) {
    throw new DatabaseError(
      `数据库结构不是最新（缺少迁移：${status.pending.join("、")}）。请先运行：shuangbaodao db migrate`,
      `The database schema is not up to date (missing migrations: ${status.pending.join(", ")}). Run first: shuangbaodao db migrate`,
    );
  }
}
