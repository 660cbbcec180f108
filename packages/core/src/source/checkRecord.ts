import type { z } from "zod";
import type { AuditDataset } from "../audit/auditDataset";
import { deepFreeze } from "../collections/deepFreeze";
import { compiledSchema } from "../model/compiledSchema";
import { RECORD_SCHEMAS } from "./recordSchemas";
import type { RecordKind } from "./recordSource";

/** The records {@link checkRecord} made, each with the kind whose schema it passed. */
const checked = new WeakMap<object, RecordKind>();

/**
 * Checks one record of a kind with the kind's schema ({@link RECORD_SCHEMAS},
 * compiled), the check `readSourceInto` runs on every record: for an adapter
 * that must check a row as it reads it (the workbook import names the cell
 * of each problem). A record that passes is frozen, deeply, and remembered,
 * so that `readSourceInto` hands it on without checking it a second time
 * (the same schema on the same record: 3.7–6.6 s for the 1.5 million
 * records of 100k members; docs/performance.md, "A cell's plain shape, and
 * each record checked once"). Zod's own result, so that the adapter can say
 * its issues in its own places.
 */
export function checkRecord<K extends RecordKind>(
  kind: K,
  input: unknown,
): z.ZodSafeParseResult<AuditDataset[K][number]> {
  const result = compiledSchema(RECORD_SCHEMAS[kind]).safeParse(input);
  if (result.success && typeof result.data === "object" && result.data !== null) {
    deepFreeze(result.data);
    checked.set(result.data, kind);
  }
  return result as z.ZodSafeParseResult<AuditDataset[K][number]>;
}

/** Whether `record` is one {@link checkRecord} passed as a record of `kind` (and, frozen, unchanged since). */
export function passedCheckRecord(kind: RecordKind, record: unknown): boolean {
  return typeof record === "object" && record !== null && checked.get(record) === kind;
}
