import { INPUT_SHEETS } from "../spec/inputSheets";
import { checkWithCore } from "./checkWithCore";
import { ImportCollector } from "./importCollector";
import { importEventBatches, type StreamingImportOptions, workbookFileName } from "./importEventBatches";
import type { ImportedRecords } from "./importedRecords";
import type { ImportIssue, ImportNotice } from "./importIssue";
import type { WorkbookSource } from "./openWorkbookSource";

export type { ImportedRecords, WorkbookSource };

/**
 * - `all-or-nothing` (the default): any error and the import returns no records.
 * - `collect`: the valid records plus every error, for fixing a file in one pass.
 */
export type ImportMode = "all-or-nothing" | "collect";

export interface ImportOptions extends StreamingImportOptions {
  mode?: ImportMode;
}

/** An all-or-nothing import: the records only when there was no error at all. */
export type StrictImportResult =
  | { ok: true; records: ImportedRecords; issues: []; notices: ImportNotice[] }
  | { ok: false; records: undefined; issues: ImportIssue[]; notices: ImportNotice[] };

/** A collecting import: the valid records and every error. */
export interface CollectedImportResult {
  ok: boolean;
  records: ImportedRecords;
  issues: ImportIssue[];
  notices: ImportNotice[];
}

/**
 * Imports an input workbook with the streaming reader and returns the
 * records, so memory grows with the records kept, not with the file (for
 * records handed out as they are read, see `importWorkbookRecords`; both read
 * the same events). Sheets are matched by name and columns by header; each row is
 * validated with the core schema of its kind, then the core's `readSource`
 * checks the records across sheets, as it does for every input path. Every
 * problem names file, sheet, cell, value found and value expected.
 */
export async function importWorkbook(
  source: WorkbookSource,
  options: ImportOptions & { mode: "collect" },
): Promise<CollectedImportResult>;
export async function importWorkbook(
  source: WorkbookSource,
  options?: ImportOptions & { mode?: "all-or-nothing" },
): Promise<StrictImportResult>;
export async function importWorkbook(
  source: WorkbookSource,
  options: ImportOptions = {},
): Promise<StrictImportResult | CollectedImportResult> {
  const specs = options.sheets ?? INPUT_SHEETS;
  const collector = new ImportCollector(workbookFileName(source, options));
  const byKind = new Map<string, unknown[]>(specs.map((spec) => [spec.key, []]));
  const issues: ImportIssue[] = [];
  const notices: ImportNotice[] = [];
  for await (const batch of importEventBatches(source, options, collector)) {
    for (const event of batch) {
      if (event.type === "record") (byKind.get(event.key) as unknown[]).push(event.record);
      else if (event.type === "notice") notices.push(event.notice);
      else issues.push(event.issue);
    }
  }
  const checked = await checkWithCore(byKind, collector, specs);
  for (const issue of checked.issues) issues.push(issue);

  const records: Record<string, unknown[]> = {};
  for (const [key, list] of byKind) {
    const indexes = checked.rejected.get(key);
    records[key] = indexes === undefined ? list : list.filter((_, index) => !indexes.has(index));
  }
  if (options.mode === "collect") {
    return { ok: issues.length === 0, records: records as ImportedRecords, issues, notices };
  }
  return issues.length === 0
    ? { ok: true, records: records as ImportedRecords, issues: [], notices }
    : { ok: false, records: undefined, issues, notices };
}

/** Thrown by {@link importWorkbookOrThrow}: every issue of the import. */
export class WorkbookImportError extends Error {
  constructor(readonly issues: readonly ImportIssue[]) {
    super(
      `${issues.length} problem(s) in the workbook; nothing was imported.\n${issues
        .slice(0, 20)
        .map((issue) => issue.message.en)
        .join("\n")}`,
    );
    this.name = "WorkbookImportError";
  }
}

/** An all-or-nothing import that throws {@link WorkbookImportError} instead of returning the issues. */
export async function importWorkbookOrThrow(
  source: WorkbookSource,
  options: Omit<ImportOptions, "mode"> = {},
): Promise<ImportedRecords> {
  const result = await importWorkbook(source, { ...options, mode: "all-or-nothing" });
  if (!result.ok) throw new WorkbookImportError(result.issues);
  return result.records;
}
