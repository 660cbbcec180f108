import { fieldOf, VERSION_COLUMNS } from "../schema/recordTables";

/** SQL: a record table's row as JSON without the version columns (`to_jsonb(t) - ARRAY[…]`). */
export function recordJson(alias: string): string {
  return `to_jsonb(${alias}) - ARRAY[${VERSION_COLUMNS.map((c) => `'${c}'`).join(", ")}]`;
}

/** A row's JSON (`recordJson`) as the core's record: field names, no nulls (absent optional fields). */
export function rowToRecord(row: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (value !== null) record[fieldOf(column)] = value;
  }
  return record;
}
