import { inTransaction } from "../connection/inTransaction";
import type { Database } from "../connection/openDatabase";
import { CITY_SCOPE, type Scope } from "../connection/scope";
import { assertSchemaCurrent } from "../schema/migrate";

/** A stored decision, as `db assess` wrote it. */
export interface Decision {
  id: string;
  runId: string;
  subject: { kind: "member" | "unit"; id: string };
  unitId: string;
  year: number;
  edition: { id: string; version: string; sha256: string };
  libraryVersion: string;
  recordsSha256: string;
  asOf: string | null;
  knownAt: string;
  recordedAt: string;
  recordedBy: string;
  /** The verdicts exactly as the core gave them (stored as JSONB). */
  verdicts: unknown[];
}

const COLUMNS = `id, run_id, subject_kind, subject_id, scope_unit_id, year, edition_id, edition_version, edition_sha256,
  library_version, records_sha256, as_of, to_json(known_at) #>> '{}' AS known_at,
  to_json(recorded_at) #>> '{}' AS recorded_at, recorded_by, verdicts`;

/** One decision by its ID, if the scope may see it. */
export async function getDecision(
  db: Database,
  id: string,
  options: { scope?: Scope } = {},
): Promise<Decision | undefined> {
  await assertSchemaCurrent(db);
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const rows = await inTransaction(db, options.scope ?? CITY_SCOPE, (client) =>
    client.query<StoredRow>(`SELECT ${COLUMNS} FROM decisions WHERE id = $1`, [id]),
  );
  return rows.rows[0] ? toDecision(rows.rows[0]) : undefined;
}

/** The decisions the scope sees, newest first, optionally of one run or one subject. */
export async function listDecisions(
  db: Database,
  options: { scope?: Scope; runId?: string; subjectId?: string; limit?: number } = {},
): Promise<Decision[]> {
  await assertSchemaCurrent(db);
  const result = await inTransaction(db, options.scope ?? CITY_SCOPE, (client) =>
    client.query<StoredRow>(
      `SELECT ${COLUMNS} FROM decisions
        WHERE ($1::uuid IS NULL OR run_id = $1) AND ($2::text IS NULL OR subject_id = $2)
        ORDER BY recorded_at DESC, subject_kind DESC, subject_id LIMIT $3`,
      [options.runId ?? null, options.subjectId ?? null, options.limit ?? 100],
    ),
  );
  return result.rows.map(toDecision);
}

interface StoredRow {
  id: string;
  run_id: string;
  subject_kind: "member" | "unit";
  subject_id: string;
  scope_unit_id: string;
  year: number;
  edition_id: string;
  edition_version: string;
  edition_sha256: string;
  library_version: string;
  records_sha256: string;
  as_of: string | null;
  known_at: string;
  recorded_at: string;
  recorded_by: string;
  verdicts: unknown[];
}

function toDecision(row: StoredRow): Decision {
  return {
    id: row.id,
    runId: row.run_id,
    subject: { kind: row.subject_kind, id: row.subject_id },
    unitId: row.scope_unit_id,
    year: row.year,
    edition: { id: row.edition_id, version: row.edition_version, sha256: row.edition_sha256 },
    libraryVersion: row.library_version,
    recordsSha256: row.records_sha256,
    asOf: row.as_of,
    knownAt: row.known_at,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    verdicts: row.verdicts,
  };
}
