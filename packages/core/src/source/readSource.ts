import type { AuditDataset } from "../audit/auditDataset";
import { formatPath } from "../model/formatPath";
import type { InputIssue } from "../model/inputIssue";
import { unknownNameIssue } from "../model/unknownKeyIssue";
import { checkInput, InputError, type UnknownKeys } from "../model/validate";
import { type CheckedIssue, RecordChecker } from "./recordChecker";
import { RECORD_KINDS } from "./recordRelations";
import { RECORD_SCHEMAS } from "./recordSchemas";
import type { RecordKind, RecordSource, SourcedRecord, UnreadableRecord } from "./recordSource";

export interface ReadSourceOptions {
  /** Keys a record's schema does not know: refused (the default) or stripped. */
  unknownKeys?: UnknownKeys;
}

type Lists = { [K in RecordKind]: AuditDataset[K][number][] };

/**
 * Reads a source into a validated `AuditDataset`, all or nothing: each record
 * is validated with its kind's schema ({@link RECORD_SCHEMAS}) as it comes,
 * then every record that passed is checked across records by one
 * {@link RecordChecker} (duplicates, unknown references, cycles). Every
 * problem becomes one issue at its path (`services[3].date`), with the
 * record's kind, index among the records of its kind as read, field and the
 * place the source gave; if there is any, one `InputError` lists them all and
 * nothing is returned. The result equals `validate(AuditDataset, …)` of the
 * same records.
 */
export async function readSource(
  source: RecordSource,
  options: ReadSourceOptions = {},
): Promise<AuditDataset> {
  const unknownKeys = options.unknownKeys ?? "refuse";
  const lists = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as unknown as Lists;
  const counts = new Map<RecordKind, number>();
  const checker = new RecordChecker();
  const issues: InputIssue[] = [];
  for await (const batch of source.batches()) {
    for (const item of batch) {
      if (!Object.hasOwn(RECORD_SCHEMAS, item.kind)) {
        issues.push(unknownKindIssue(item));
        continue;
      }
      const { kind, record, place } = item;
      const index = counts.get(kind) ?? 0;
      counts.set(kind, index + 1);
      const result = checkInput(RECORD_SCHEMAS[kind], record, unknownKeys, [kind, index]);
      if (result.ok) {
        (lists[kind] as unknown[]).push(result.value);
        checker.add(kind, index, result.value as Record<string, unknown>, place);
      } else {
        checker.addFailed(kind, record);
        for (const issue of result.issues) issues.push(place === undefined ? issue : { ...issue, place });
      }
    }
  }
  issues.unshift(...(source.unreadable?.() ?? []).map(unreadableIssue));
  issues.push(...checker.issues().map(checkedIssue));
  if (issues.length > 0) throw new InputError(source.name, issues);
  return lists;
}

function checkedIssue({ kind, index, field, ...rest }: CheckedIssue): InputIssue {
  return { path: formatPath([kind, index, ...field.split(".")]), kind, index, field, ...rest };
}

/** What a source could not read, at its kind and field when it names them. */
function unreadableIssue(item: UnreadableRecord): InputIssue {
  const path = [item.kind, ...(item.field?.split(".") ?? [])].filter((key) => key !== undefined);
  return {
    path: formatPath(path),
    code: item.unreadable.code ?? "malformed-record",
    message: item.unreadable.message,
    zh: item.unreadable.zh,
    ...(item.kind !== undefined && { kind: item.kind }),
    ...(item.field !== undefined && { field: item.field }),
    ...(item.place !== undefined && { place: item.place }),
  };
}

function unknownKindIssue({ kind, place }: SourcedRecord): InputIssue {
  return {
    path: "(root)",
    ...unknownNameIssue("unknown-kind", String(kind), RECORD_KINDS),
    ...(place !== undefined && { place }),
  };
}
