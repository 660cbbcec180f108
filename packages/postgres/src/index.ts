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
export { type Decision, getDecision, listDecisions } from "./decisions/decisions";
export { editionSha256, LIBRARY_VERSION } from "./decisions/libraryVersion";
export { compareVerdicts, type Replay, replayDecision, type VerdictDrift } from "./decisions/replayDecision";
export {
  assessRun,
  type Run,
  type RunRequest,
  readRun,
  startRun,
  type WorkOptions,
  workOnRun,
} from "./decisions/runs";
export { runWithWorkers } from "./decisions/runWithWorkers";
export { type ImportOptions, type ImportResult, importRecords } from "./import/importRecords";
export { type ImportProblem, ImportRejected } from "./import/importRejected";
export { type DatabaseSourceOptions, databaseSource } from "./read/databaseSource";
export {
  assertSchemaCurrent,
  knownMigrations,
  MIGRATIONS_TABLE,
  migrate,
  schemaStatus,
} from "./schema/migrate";
export { RECORD_TABLES } from "./schema/recordTables";
export { fileSource } from "./sources/fileSource";
