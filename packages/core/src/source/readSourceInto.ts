import type { AuditDataset } from "../audit/auditDataset";
import { valueAt } from "../editions/leafPaths";
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

/**
 * Where each record that passed its own schema goes, with its kind and index
 * among the records of its kind as read: kept in lists (`readSource`), spilled
 * to disk, counted. The records are not checked across yet when they arrive:
 * only once `readSourceInto` resolves are they all or nothing.
 */
export type RecordSink = <K extends RecordKind>(
  kind: K,
  record: AuditDataset[K][number],
  index: number,
) => void;

/**
 * Reads a source through the shared checks, all or nothing: each record
 * is validated with its kind's schema ({@link RECORD_SCHEMAS}) as it comes,
 * then every record that passed is checked across records by one
 * {@link RecordChecker} (duplicates, unknown references, cycles). Every
 * problem becomes one issue at its path (`services[3].date`), with the
 * record's kind, index among the records of its kind as read, field and the
 * place the source gave; if there is any, one `InputError` lists them all and
 * the sink's records must not be used. Each record that passed its schema is
 * handed to `sink` as it comes and not kept here: only what the cross-record
 * checks need is (IDs and references), so a source of any size can be read.
 */
export async function readSourceInto(
  source: RecordSource,
  sink: RecordSink,
  options: ReadSourceOptions = {},
): Promise<void> {
  const unknownKeys = options.unknownKeys ?? "refuse";
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
        sink(kind, result.value as AuditDataset[typeof kind][number], index);
        checker.add(kind, index, result.value as Record<string, unknown>, place);
      } else {
        checker.addFailed(kind, record);
        for (const issue of result.issues) {
          const value = fieldText(record, issue.field);
          issues.push({
            ...issue,
            ...(value !== undefined && { value }),
            ...(place !== undefined && { place }),
          });
        }
      }
    }
  }
  // Joined with concat, not spread into push/unshift: a workbook with a bad cell in each of
  // 478,200 rows overflowed the call stack with that many arguments.
  const all = (source.unreadable?.() ?? [])
    .map(unreadableIssue)
    .concat(issues, checker.issues().map(checkedIssue));
  if (all.length > 0) throw new InputError(source.name, all);
}

/** The value at a field's path (`unitId`, `online.activityDate`) when it is text: the value an issue quotes. */
function fieldText(record: unknown, field: string | undefined): string | undefined {
  if (field === undefined || typeof record !== "object" || record === null) return undefined;
  const value = valueAt(record, field);
  return typeof value === "string" ? value : undefined;
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
