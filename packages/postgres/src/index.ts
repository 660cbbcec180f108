export { DatabaseError } from "./connection/databaseError";
export { inTransaction, WORKING_ROLE } from "./connection/inTransaction";
export {
  type Database,
  DEFAULT_DATA_DIR,
  DEFAULT_SCHEMA,
  type OpenDatabaseOptions,
  openDatabase,
} from "./connection/openDatabase";
export { CITY_SCOPE, type Scope } from "./connection/scope";
export {
  assertSchemaCurrent,
  knownMigrations,
  MIGRATIONS_TABLE,
  migrate,
  schemaStatus,
} from "./schema/migrate";
export { RECORD_TABLES } from "./schema/recordTables";
