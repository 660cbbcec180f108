import type { AuditDataset } from "../audit/auditDataset";
import { type ReadSourceOptions, readSourceInto } from "./readSourceInto";
import { RECORD_KINDS } from "./recordRelations";
import type { RecordKind, RecordSource } from "./recordSource";

type Lists = { [K in RecordKind]: AuditDataset[K][number][] };

/**
 * Reads a source into a validated `AuditDataset`, all or nothing: the shared
 * checks of {@link readSourceInto} (each record validated with its kind's
 * schema, then checked across records, every problem one located issue of one
 * `InputError`), with every record that passed kept in its kind's list. The
 * result equals `validate(AuditDataset, …)` of the same records.
 */
export async function readSource(
  source: RecordSource,
  options: ReadSourceOptions = {},
): Promise<AuditDataset> {
  const lists = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as unknown as Lists;
  await readSourceInto(source, (kind, record) => (lists[kind] as unknown[]).push(record), options);
  return lists;
}
