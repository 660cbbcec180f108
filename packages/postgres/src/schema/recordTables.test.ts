import { AuditDataset } from "@shuangbaodao/core";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { TARGETS, useTestDatabase } from "../../test/targets";
import { columnOf, RECORD_KINDS, RECORD_TABLES, VERSION_COLUMNS } from "./recordTables";

type Introspectable = { def: { type: string; innerType?: Introspectable; element?: Introspectable } };

/** The record schema of a kind: `AuditDataset.shape[kind]` is `array(record).default([])`. */
function recordSchema(kind: string): z.ZodObject {
  const collection = (AuditDataset.shape as Record<string, Introspectable>)[kind] as Introspectable;
  return collection.def.innerType?.def.element as unknown as z.ZodObject;
}

/** The model's fields as columns: name and whether it may be absent (optional, so a NULL column). */
function modelColumns(kind: string): string[] {
  return Object.entries(recordSchema(kind).shape)
    .map(([field, schema]) => {
      const optional = (schema as unknown as Introspectable).def.type === "optional";
      return `${columnOf(field)}${optional ? " NULL" : " NOT NULL"}`;
    })
    .sort();
}

describe.each(TARGETS)("the tables mirror the core's zod model on %s", (target) => {
  const test = useTestDatabase(target);

  it("has a table for every kind of record the core reads", () => {
    expect(RECORD_KINDS.sort()).toEqual(Object.keys(AuditDataset.shape).sort());
  });

  it.each(RECORD_KINDS)(
    "%s: every field has a column and every column a field, NULL exactly when optional",
    async (kind) => {
      const result = await test.db.pool.query<{ column_name: string; is_nullable: string }>(
        `SELECT column_name, is_nullable FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1`,
        [RECORD_TABLES[kind]],
      );
      const columns = result.rows
        .filter((row) => !(VERSION_COLUMNS as readonly string[]).includes(row.column_name))
        .map((row) => `${row.column_name}${row.is_nullable === "YES" ? " NULL" : " NOT NULL"}`)
        .sort();
      expect(columns).toEqual(modelColumns(kind));
    },
  );
});
