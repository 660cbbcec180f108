import type { PathIssue } from "../model/pathIssue";
import { type CheckedIssue, RecordChecker, type RecordCheckerOptions } from "./recordChecker";
import { RECORD_KINDS } from "./recordRelations";
import type { RecordKind } from "./recordSource";

/** Any subset of an audit dataset's collections, as validated. */
export type RecordCollections = { readonly [K in RecordKind]?: readonly object[] };

/**
 * The cross-record checks of a whole dataset (a `Dataset`, `UnitDataset` or
 * `AuditDataset`, validated): its records fed to one {@link RecordChecker}
 * kind by kind, in order, each issue at its path (`services[3].memberId`).
 * The zod schemas and the io-ts codecs both report these, and `readSource`
 * runs the same checker over a stream, so no input path can check
 * differently.
 */
export function datasetIssues(
  collections: RecordCollections,
  options: RecordCheckerOptions = {},
): PathIssue[] {
  const checker = new RecordChecker(options);
  for (const kind of RECORD_KINDS) {
    const records = collections[kind];
    if (records === undefined) continue;
    for (let index = 0; index < records.length; index++) {
      checker.add(kind, index, records[index] as Record<string, unknown>);
    }
  }
  return checker.issues().map(atPath);
}

function atPath({ kind, index, field, code, message, zh }: CheckedIssue): PathIssue {
  // A list element's index stays a number, as the schemas' paths have it (`attendedEventIds[1]`).
  const steps = field.split(".").map((step) => (/^\d+$/.test(step) ? Number(step) : step));
  return { path: [kind, index, ...steps], code, message, zh };
}
