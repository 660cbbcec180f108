import { InputError, readSource, type SourcedRecord } from "@shuangbaodao/core";
import type { SheetSpec } from "../spec/columnSpec";
import { coreIssuesInWorkbook, isCoreKind } from "./coreIssueInWorkbook";
import type { ImportCollector } from "./importCollector";
import type { ImportIssue } from "./importIssue";

/** What the core found wrong across the records, in the workbook's words, and the records it rules out by kind and index. */
export interface CoreCheckResult {
  issues: ImportIssue[];
  rejected: Map<string, Set<number>>;
}

/**
 * Runs the core's `readSource` (the checks every input path shares:
 * duplicates, unknown references, loops) over the records an import kept, by
 * kind in reading order, and says each issue by sheet and cell. Kinds the
 * core does not read (community visits, findings) are not handed over.
 */
export async function checkWithCore(
  records: ReadonlyMap<string, readonly unknown[]>,
  collector: ImportCollector,
  specs: readonly SheetSpec[],
): Promise<CoreCheckResult> {
  const rejected = new Map<string, Set<number>>();
  try {
    // Every record refused must be known, to leave it out of a collecting import: no issue is only counted.
    await readSource(
      {
        name: collector.file,
        async *batches() {
          for (const [kind, list] of records) {
            if (isCoreKind(kind)) yield list.map((record): SourcedRecord => ({ kind, record }));
          }
        },
      },
      { keepIssues: Number.POSITIVE_INFINITY },
    );
    return { issues: [], rejected };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const { kind, index } of error.issues) {
      if (kind === undefined || index === undefined) continue;
      let indexes = rejected.get(kind);
      if (indexes === undefined) {
        indexes = new Set();
        rejected.set(kind, indexes);
      }
      indexes.add(index);
    }
    const issues = coreIssuesInWorkbook(error, collector, specs);
    return { issues, rejected };
  }
}
