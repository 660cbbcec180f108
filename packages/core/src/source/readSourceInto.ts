import type { AuditDataset } from "../audit/auditDataset";
import { valueAt } from "../editions/leafPaths";
import { formatPath } from "../model/formatPath";
import type { InputIssue } from "../model/inputIssue";
import { unknownNameIssue } from "../model/unknownKeyIssue";
import { checkInput, InputError, ISSUES_KEPT, IssueList, type UnknownKeys } from "../model/validate";
import { passedCheckRecord } from "./checkRecord";
import { type CheckedIssue, RecordChecker } from "./recordChecker";
import { RECORD_KINDS } from "./recordRelations";
import { RECORD_SCHEMAS } from "./recordSchemas";
import type { RecordKind, RecordSource, SourcedRecord } from "./recordSource";
import { unreadableIssue } from "./unreadableIssue";

export interface ReadSourceOptions {
  /** Keys a record's schema does not know: refused (the default) or stripped. */
  unknownKeys?: UnknownKeys;
  /**
   * The most issues the `InputError` keeps whole ({@link ISSUES_KEPT}), the
   * rest counted by where they are; `Infinity` keeps every one, for a caller
   * that holds the whole input in memory anyway and must know each record
   * refused.
   */
  keepIssues?: number;
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
 * is validated with its kind's schema ({@link RECORD_SCHEMAS}) as it comes
 * (unless the source's adapter checked it already with `checkRecord`),
 * then every record that passed is checked across records by one
 * {@link RecordChecker} (duplicates, unknown references, cycles). Every
 * problem becomes one issue at its path (`services[3].date`), with the
 * record's kind, index among the records of its kind as read, field and the
 * place the source gave; if there is any, one `InputError` lists them (the
 * first {@link ISSUES_KEPT} whole, the rest counted by where they are) and the
 * sink's records must not be used. Each record that passed its schema is
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
  // Only the first issues are kept whole, the rest counted: a column wrong in every row of a city's workbook is half a million.
  const keep = options.keepIssues ?? ISSUES_KEPT;
  const checker = new RecordChecker({ keep });
  const issues = new IssueList(keep);
  for await (const batch of source.batches()) {
    for (const item of batch) {
      if (!Object.hasOwn(RECORD_SCHEMAS, item.kind)) {
        issues.add(unknownKindIssue(item));
        continue;
      }
      const { kind, record, place } = item;
      const index = counts.get(kind) ?? 0;
      counts.set(kind, index + 1);
      // A record the adapter checked with `checkRecord` passed this very schema: not checked twice.
      const result = passedCheckRecord(kind, record)
        ? { ok: true as const, value: record }
        : checkInput(RECORD_SCHEMAS[kind], record, unknownKeys, [kind, index]);
      if (result.ok) {
        sink(kind, result.value as AuditDataset[typeof kind][number], index);
        checker.add(kind, index, result.value as Record<string, unknown>, place);
      } else {
        checker.addFailed(kind, record);
        for (const issue of result.issues) {
          const value = fieldText(record, issue.field);
          issues.add({
            ...issue,
            ...(value !== undefined && { value }),
            ...(place !== undefined && { place }),
          });
        }
      }
    }
  }
  const all = new IssueList(keep);
  for (const item of source.unreadable?.() ?? []) all.add(unreadableIssue(item));
  all.addOmitted(source.omittedUnreadable?.() ?? []);
  for (const issue of issues.kept) all.add(issue);
  all.addOmitted(issues.omitted());
  for (const issue of checker.issues()) all.add(checkedIssue(issue));
  all.addOmitted(checker.omitted());
  if (all.total > 0) throw new InputError(source.name, all.kept, { omitted: all.omitted(), keep });
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

function unknownKindIssue({ kind, place }: SourcedRecord): InputIssue {
  return {
    path: "(root)",
    ...unknownNameIssue("unknown-kind", String(kind), RECORD_KINDS),
    ...(place !== undefined && { place }),
  };
}
