import {
  Dataset,
  groupByMember,
  groupByUnit,
  type MemberRecords,
  type RecordKind,
  UnitDataset,
  type UnitRecords,
  validate,
} from "@shuangbaodao/core";
import type pg from "pg";
import { RECORD_TABLES } from "../schema/recordTables";
import { heldAt } from "./knownAt";
import { recordJson, rowToRecord } from "./rowToRecord";

/** The records of one kind held at `knownAt` that match `condition` (on alias `t`, parameters from `$2`). */
export async function readKind(
  client: pg.ClientBase,
  kind: RecordKind,
  knownAt: string,
  condition: string,
  params: unknown[],
): Promise<Record<string, unknown>[]> {
  const table = RECORD_TABLES[kind];
  const result = await client.query<{ record: Record<string, unknown> }>(
    `SELECT ${recordJson("t")} AS record FROM ${table} AS t
      WHERE ${heldAt("t", "$1::timestamptz")} AND ${condition} ORDER BY t.id`,
    [knownAt, ...params],
  );
  return result.rows.map((row) => rowToRecord(row.record));
}

/** Every unit held at `knownAt` (few: the core's checks need the whole tree). */
export function readUnits(client: pg.ClientBase, knownAt: string) {
  return readKind(client, "units", knownAt, "true", []);
}

const MEMBER_RECORD_KINDS = [
  "residences",
  "reports",
  "postClaims",
  "services",
  "attendances",
  "feedback",
  "selfReports",
] as const;

const MEMBER_BUNDLE_QUERY = memberBundleQuery();

/**
 * The bundles of the given members as the database held them at `knownAt`,
 * made by the core: the records are checked by the core's `Dataset` schema
 * and split by its `groupByMember` (community events go to the members who
 * lived in their community), exactly as for a workbook. One statement reads
 * every kind (one round trip a page, not one a kind).
 */
export async function loadMemberBundles(
  client: pg.ClientBase,
  memberIds: readonly string[],
  knownAt: string,
  units: Record<string, unknown>[],
): Promise<MemberRecords[]> {
  const result = await client.query<{ kind: RecordKind; record: Record<string, unknown> }>(
    MEMBER_BUNDLE_QUERY,
    [knownAt, [...memberIds]],
  );
  const input: Record<string, unknown[]> = { units, members: [], communityEvents: [] };
  for (const kind of MEMBER_RECORD_KINDS) input[kind] = [];
  for (const row of result.rows) input[row.kind]?.push(rowToRecord(row.record));
  return [...groupByMember(validate(Dataset, input, "database records"))];
}

/**
 * The members (`$2`), each kind of their records, and the community events
 * of the communities they lived in or that they attended (the core checks
 * both), as held at `$1`; each kind in ID order, as `readKind` reads it.
 */
function memberBundleQuery(): string {
  const held = (alias: string) => heldAt(alias, "$1::timestamptz");
  const select = (kind: RecordKind, condition: string) =>
    `(SELECT '${kind}' AS kind, ${recordJson("t")} AS record FROM ${RECORD_TABLES[kind]} AS t
       WHERE ${held("t")} AND ${condition} ORDER BY t.id)`;
  return [
    select("members", "t.id = ANY($2::text[])"),
    ...MEMBER_RECORD_KINDS.map((kind) => select(kind, "t.member_id = ANY($2::text[])")),
    select(
      "communityEvents",
      `(t.community_id IN (SELECT r.community_id FROM ${RECORD_TABLES.residences} AS r
                            WHERE ${held("r")} AND r.member_id = ANY($2::text[]))
         OR t.id IN (SELECT a.event_id FROM ${RECORD_TABLES.attendances} AS a
                      WHERE ${held("a")} AND a.member_id = ANY($2::text[])))`,
    ),
  ].join("\nUNION ALL\n");
}

/** One unit's bundle as the database held it at `knownAt`, checked and made by the core. */
export async function loadUnitBundle(
  client: pg.ClientBase,
  unitId: string,
  knownAt: string,
  units: Record<string, unknown>[],
): Promise<UnitRecords | undefined> {
  const input: Record<string, unknown[]> = { units };
  for (const kind of [
    "unitScopes",
    "streetReports",
    "designations",
    "pairings",
    "receipts",
    "activities",
    "lists",
    "inquiryAnswers",
  ] as const) {
    input[kind] = await readKind(client, kind, knownAt, "t.unit_id = $2", [unitId]);
  }
  const dataset = validate(UnitDataset, input, "database records");
  for (const bundle of groupByUnit(dataset)) if (bundle.unit.id === unitId) return bundle;
  return undefined;
}
