import { randomUUID } from "node:crypto";
import { assessMember, assessUnitYear, type Edition, getEdition } from "@shuangbaodao/core";
import type pg from "pg";
import { beginScoped, inTransaction } from "../connection/inTransaction";
import type { Database } from "../connection/openDatabase";
import { CITY_SCOPE, type Scope } from "../connection/scope";
import { contentSha256 } from "../digest/contentSha256";
import { heldAt } from "../read/knownAt";
import { loadMemberBundles, loadUnitBundle, readUnits } from "../read/loadBundles";
import { assertSchemaCurrent } from "../schema/migrate";
import { editionSha256, LIBRARY_VERSION } from "./libraryVersion";

export interface RunRequest {
  /** The edition's ID; there is no default edition. */
  edition: string;
  year: number;
  /** Judge the year as it stood on this day (YYYY-MM-DD); without it, everything on record. */
  asOf?: string | undefined;
  /** Read the records as the database held them at this instant (ISO date-time); default the run's start. */
  knownAt?: string | undefined;
  /** Whose records to assess (row-level security); default the whole city. */
  scope?: Scope;
  /** Who asked for the run, kept with each decision. */
  recordedBy: string;
}

export interface Run {
  id: string;
  edition: Edition;
  editionSha256: string;
  year: number;
  asOf: string | null;
  knownAt: string;
  scope: Scope;
  recordedBy: string;
  /** Its unit partitions, as many as units the scope saw at known-at. */
  partitions: number;
}

/**
 * Starts a run: records what is asked (edition with its content's SHA-256,
 * year, as-of, known-at, scope) and one partition per unit that any worker,
 * in this process or another, may then claim with `workOnRun`.
 */
export async function startRun(db: Database, request: RunRequest): Promise<Run> {
  await assertSchemaCurrent(db);
  const edition = getEdition(request.edition);
  const scope = request.scope ?? CITY_SCOPE;
  const id = randomUUID();
  return inTransaction(db, scope, async (client) => {
    const knownAt: string = request.knownAt ?? (await client.query("SELECT now()::text AS now")).rows[0].now;
    const run: Run = {
      id,
      edition,
      editionSha256: editionSha256(edition),
      year: request.year,
      asOf: request.asOf ?? null,
      knownAt,
      scope,
      recordedBy: request.recordedBy,
      partitions: 0,
    };
    await client.query(
      `INSERT INTO runs (id, edition_id, edition_version, edition_sha256, library_version, year, as_of, known_at, scope, started_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        edition.id,
        edition.version,
        run.editionSha256,
        LIBRARY_VERSION,
        run.year,
        run.asOf,
        knownAt,
        scope,
        run.recordedBy,
      ],
    );
    // The units in the scope, as held then, and any unit a member in it names. Every officer reads
    // the whole unit tree (the core checks it), so the scope is asked here, as the policies ask it.
    const partitions = await client.query(
      `INSERT INTO run_partitions (run_id, unit_id)
       SELECT $1, unit_id FROM (
         SELECT t.id AS unit_id FROM units AS t WHERE ${heldAt("t", "$2::timestamptz")}
            AND ((SELECT sbd_sees_all()) OR t.id::text = ANY ((SELECT sbd_visible_units())::text[]))
         UNION
         SELECT t.unit_id FROM members AS t WHERE ${heldAt("t", "$2::timestamptz")}
       ) AS seen`,
      [id, knownAt],
    );
    return { ...run, partitions: partitions.rowCount ?? 0 };
  });
}

/** Reads a run back, for a worker that did not start it. */
export async function readRun(db: Database, runId: string): Promise<Run> {
  const result = await db.pool.query(
    `SELECT id, edition_id, edition_version, edition_sha256, year, as_of, known_at::text AS known_at, scope, started_by,
       (SELECT count(*)::int FROM run_partitions WHERE run_id = runs.id) AS partitions
       FROM runs WHERE id = $1`,
    [runId],
  );
  const row = result.rows[0];
  if (!row) throw new Error(`no run ${runId}`);
  return {
    id: row.id,
    edition: getEdition(row.edition_id),
    editionSha256: row.edition_sha256,
    year: row.year,
    asOf: row.as_of,
    knownAt: row.known_at,
    scope: row.scope,
    recordedBy: row.started_by,
    partitions: row.partitions,
  };
}

export interface WorkOptions {
  /** Names this worker in `run_partitions.claimed_by` (host, process, thread). */
  workerId?: string;
  /** Members per keyset page within a unit: what memory holds at once. */
  pageSize?: number;
  /** Called after each unit partition with the decisions written so far by this worker. */
  onProgress?: (done: { partitions: number; decisions: number }) => void;
}

/**
 * Works on a run until no partition is left: claims one unit partition at a
 * time with FOR UPDATE SKIP LOCKED, assesses the unit and its members in
 * keyset pages, writes their decisions and marks the partition done, all in
 * one transaction. Another worker skips a claimed partition; if this worker
 * dies, its transaction rolls back and the lock goes with its connection, so
 * the partition is free again for the others. No unit is decided twice in a
 * run (a unique key on run, subject kind and subject stands behind that).
 */
export async function workOnRun(
  db: Database,
  run: Run,
  options: WorkOptions = {},
): Promise<{ partitions: number; decisions: number }> {
  const workerId = options.workerId ?? `pid ${process.pid}`;
  const pageSize = options.pageSize ?? 500;
  const done = { partitions: 0, decisions: 0 };
  for (;;) {
    const transaction = await beginScoped(db, run.scope);
    const { client } = transaction;
    try {
      await preferLz4(client);
      const claimed = await client.query<{ unit_id: string }>(
        `SELECT unit_id FROM run_partitions WHERE run_id = $1 AND done_at IS NULL
          ORDER BY unit_id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [run.id],
      );
      const unitId = claimed.rows[0]?.unit_id;
      if (unitId === undefined) {
        await client.query(
          `UPDATE runs SET finished_at = now() WHERE id = $1 AND finished_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM run_partitions WHERE run_id = $1 AND done_at IS NULL)`,
          [run.id],
        );
        await transaction.commit();
        return done;
      }
      const decisions = await assessPartition(client, run, unitId, pageSize);
      await client.query(
        `UPDATE run_partitions SET claimed_by = $3, claimed_at = now(), done_at = clock_timestamp(), decisions = $4
          WHERE run_id = $1 AND unit_id = $2`,
        [run.id, unitId, workerId, decisions],
      );
      await transaction.commit();
      done.partitions += 1;
      done.decisions += decisions;
      options.onProgress?.(done);
    } catch (error) {
      await transaction.rollback();
      throw error;
    }
  }
}

/**
 * Decisions' verdicts are several kB of JSON each, compressed as they are
 * stored: LZ4 where the server has it, several times faster than the default
 * pglz (the TOAST compression is the largest part of writing a decision).
 * For this transaction only; a server or PGlite without LZ4 keeps its default.
 */
async function preferLz4(client: pg.ClientBase): Promise<void> {
  await client.query(
    `SELECT set_config('default_toast_compression', 'lz4', true)
       FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)`,
  );
}

async function assessPartition(
  client: pg.ClientBase,
  run: Run,
  unitId: string,
  pageSize: number,
): Promise<number> {
  const when = { year: run.year, ...(run.asOf !== null && { asOf: run.asOf }) };
  const units = await readUnits(client, run.knownAt);
  const unit = await loadUnitBundle(client, unitId, run.knownAt, units);
  let written = unit
    ? await insertDecisions(client, [
        decisionRow(run, "unit", unitId, unitId, unit, assessUnitYear(unit, run.edition, when).verdicts),
      ])
    : 0;
  // Pipelined: the next page is asked for before this one is assessed, and this page's decisions are
  // written while the next is assessed, so the server reads and writes while this thread assesses.
  const pageAfter = async (after: string) => {
    const page = await client.query<{ id: string }>(
      `SELECT t.id FROM members AS t WHERE ${heldAt("t", "$1::timestamptz")} AND t.unit_id = $2 AND t.id > $3
        ORDER BY t.id LIMIT $4`,
      [run.knownAt, unitId, after, pageSize],
    );
    const ids = page.rows.map((r) => r.id);
    return { ids, bundles: ids.length ? await loadMemberBundles(client, ids, run.knownAt, units) : [] };
  };
  let next = pageAfter("");
  let writing: Promise<number> = Promise.resolve(0);
  try {
    for (;;) {
      const page = await next;
      const full = page.ids.length === pageSize;
      if (full) next = pageAfter(page.ids.at(-1) ?? "");
      const rows: DecisionRow[] = [];
      for (const [index, bundle] of page.bundles.entries()) {
        const { verdicts } = assessMember(bundle, run.edition, when);
        rows.push(decisionRow(run, "member", bundle.member.id, unitId, bundle, verdicts));
        // Now and then let the connection send what is queued (the next page's statements).
        if (index % 50 === 49) await new Promise(setImmediate);
      }
      written += await writing;
      writing = insertDecisions(client, rows);
      if (!full) break;
    }
    return written + (await writing);
  } catch (error) {
    // Let the statements still queued settle (their failure is this one's) before the caller rolls back.
    await Promise.allSettled([writing, next]);
    throw error;
  }
}

interface DecisionRow {
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
  recorded_by: string;
  verdicts: unknown;
}

/** A decision: what was decided, from exactly which records (their SHA-256), under what, when and by whom. */
function decisionRow(
  run: Run,
  kind: "member" | "unit",
  subjectId: string,
  unitId: string,
  records: unknown,
  verdicts: unknown,
): DecisionRow {
  return {
    id: randomUUID(),
    run_id: run.id,
    subject_kind: kind,
    subject_id: subjectId,
    scope_unit_id: unitId,
    year: run.year,
    edition_id: run.edition.id,
    edition_version: run.edition.version,
    edition_sha256: run.editionSha256,
    library_version: LIBRARY_VERSION,
    records_sha256: contentSha256(records),
    as_of: run.asOf,
    known_at: run.knownAt,
    recorded_by: run.recordedBy,
    verdicts,
  };
}

/** The decisions' columns and their types, in the order of the INSERT. */
const DECISION_COLUMNS = [
  ["id", "uuid"],
  ["run_id", "uuid"],
  ["subject_kind", "text"],
  ["subject_id", "text"],
  ["scope_unit_id", "text"],
  ["year", "integer"],
  ["edition_id", "text"],
  ["edition_version", "text"],
  ["edition_sha256", "text"],
  ["library_version", "text"],
  ["records_sha256", "text"],
  ["as_of", "date"],
  ["known_at", "timestamptz"],
  ["recorded_by", "text"],
] as const;

// Each field taken out of the array's elements as it is: `jsonb_to_recordset`
// would print each verdicts document to text and parse it again (the verdicts
// are most of a decision's bytes, several kB each).
const INSERT_DECISIONS = `INSERT INTO decisions (${DECISION_COLUMNS.map(([name]) => name).join(", ")}, verdicts)
  SELECT ${DECISION_COLUMNS.map(([name, type]) => `(e->>'${name}')::${type}`).join(", ")}, e->'verdicts'
    FROM jsonb_array_elements($1::jsonb) AS e`;

async function insertDecisions(client: pg.ClientBase, rows: DecisionRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await client.query(INSERT_DECISIONS, [JSON.stringify(rows)]);
  return result.rowCount ?? 0;
}

/**
 * Assesses everything the scope sees: starts a run and works on it in this
 * process until it is done. Other processes may join with `workOnRun`.
 */
export async function assessRun(
  db: Database,
  request: RunRequest,
  options: WorkOptions = {},
): Promise<{ runId: string; partitions: number; decisions: number }> {
  const run = await startRun(db, request);
  const done = await workOnRun(db, run, options);
  return { runId: run.id, ...done };
}
