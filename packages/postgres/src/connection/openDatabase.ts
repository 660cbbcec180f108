import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import pg from "pg";

/** Where the embedded database keeps its files unless told otherwise: under the working directory. */
export const DEFAULT_DATA_DIR = ".shuangbaodao/db";

/** The schema the adapter's tables live in, on both targets. */
export const DEFAULT_SCHEMA = "shuangbaodao";

export interface OpenDatabaseOptions {
  /** A PostgreSQL 15+ server (`postgres://…`); without it, the embedded PGlite database. */
  url?: string | undefined;
  /** The embedded database's folder (default `.shuangbaodao/db`), or `memory://` for one that is not kept. */
  dataDir?: string | undefined;
  /** A prepared data folder (from `PGlite.dumpDataDir`) to start the embedded database from. */
  loadDataDir?: Blob | undefined;
  /** The schema of the tables (default `shuangbaodao`). */
  schema?: string | undefined;
}

/**
 * One database, on either target, behind one `pg.Pool`: every query of the
 * adapter goes through `pool`. `pglite` is set on the embedded target only,
 * for the one thing its pool cannot do (COPY, see `copyRows`).
 */
export interface Database {
  readonly pool: pg.Pool;
  readonly target: "pglite" | "server";
  readonly pglite: PGlite | undefined;
  readonly schema: string;
  /** What is open, for messages: `PGlite .shuangbaodao/db` or the server URL without its password. */
  readonly name: string;
  close(): Promise<void>;
}

// Dates stay the text the core reads (`2019-10-01`), not a JS Date in the host's zone.
const DATE_OID = 1082;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE_OID
      ? (text: string) => text
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Opens the embedded database (default) or a server; the tables are made by `migrate`. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const searchPath = `-c search_path=${quoteIdentifier(schema)}`;
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, options: searchPath, types, max: 4 });
    // An idle connection the server ended (restart, pg_terminate_backend) is dropped by the pool; the next query opens another.
    pool.on("error", () => undefined);
    return {
      pool,
      target: "server",
      pglite: undefined,
      schema,
      name: withoutPassword(options.url),
      close: () => pool.end(),
    };
  }
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(resolve(dataDir), { recursive: true });
  const pglite = await PGlite.create({
    dataDir: inMemory ? dataDir : resolve(dataDir),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  // PGlite is one session, which the pool's one connection shares: set its search path once.
  await pglite.exec(`SET search_path TO ${quoteIdentifier(schema)}`);
  const pool = new pg.Pool({ ...createPgConfig(pglite), types });
  return {
    pool,
    target: "pglite",
    pglite,
    schema,
    name: `PGlite ${dataDir}`,
    close: async () => {
      await pool.end();
      await pglite.close();
    },
  };
}

/** A schema name as SQL; the name comes from the caller's configuration, never from records. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres server";
  }
}
