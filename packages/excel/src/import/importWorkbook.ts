import { INPUT_SHEETS } from "../spec/inputSheets";
import { importEventBatches, type StreamingImportOptions } from "./importEventBatches";
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

/** The records of one kind as they came, with where each was read, to leave out the ones rejected at the end. */
interface KindRecords {
  records: unknown[];
  sheets: string[];
  rows: number[];
}

const placeKey = (sheet: string, row: number) => `${row}\u0000${sheet}`;

/**
 * Imports an input workbook with exceljs's streaming reader and returns the
 * records, so memory grows with the records kept, not with the file (for
 * records handed out as they are read, see `importWorkbookRecords`; both read
 * the same events). Sheets are matched by name and columns by header; each row is
 * validated with the core schema of its kind, then the sheets are checked
 * against each other. Every problem names file, sheet, cell, value found and
 * value expected.
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
  const byKind = new Map<string, KindRecords>(
    specs.map((spec) => [spec.key, { records: [], sheets: [], rows: [] }]),
  );
  const rejected = new Map<string, Set<string>>();
  const issues: ImportIssue[] = [];
  const notices: ImportNotice[] = [];
  for await (const batch of importEventBatches(source, options)) {
    for (const event of batch) {
      if (event.type === "record") {
        const kind = byKind.get(event.key) as KindRecords;
        kind.records.push(event.record);
        kind.sheets.push(event.sheet);
        kind.rows.push(event.row);
      } else if (event.type === "notice") {
        notices.push(event.notice);
      } else {
        issues.push(event.issue);
        const { rejects } = event;
        if (rejects === undefined) continue;
        let places = rejected.get(rejects.key);
        if (places === undefined) {
          places = new Set();
          rejected.set(rejects.key, places);
        }
        places.add(placeKey(rejects.sheet, rejects.row));
      }
    }
  }

  const records: Record<string, unknown[]> = {};
  for (const [key, kind] of byKind) {
    const places = rejected.get(key);
    records[key] =
      places === undefined
        ? kind.records
        : kind.records.filter(
            (_, index) => !places.has(placeKey(kind.sheets[index] as string, kind.rows[index] as number)),
          );
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
