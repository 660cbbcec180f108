import { basename } from "node:path";
import type { CommunityVisit, Dataset, FindingsPublication, UnitDataset, Visit } from "@shuangbaodao/core";
import type { SheetSpec } from "../spec/columnSpec";
import { INPUT_SHEETS, isAuxiliarySheet, sheetSpecMatcher } from "../spec/inputSheets";
import { crossSheetChecks } from "./crossSheetChecks";
import { ImportCollector } from "./importCollector";
import { type ImportIssue, type ImportNotice, importIssue } from "./importIssue";
import { openWorkbookSource, type WorkbookSource } from "./openWorkbookSource";
import { readRecordSheet } from "./readRecordSheet";
import { streamWorksheets } from "./streamWorksheets";
import type { ZipArchive } from "./zipArchive";

export type { WorkbookSource };

/**
 * The records of an import, one list per record kind: the member programme's
 * `Dataset`, the unit programme's `UnitDataset` (which share `units`), and the
 * spot checks' visits and published findings.
 */
export type ImportedRecords = Dataset &
  Omit<UnitDataset, "units"> & {
    visits: Visit[];
    communityVisits: CommunityVisit[];
    findings: FindingsPublication[];
  };

/**
 * - `all-or-nothing` (the default): any error and the import returns no records.
 * - `collect`: the valid records plus every error, for fixing a file in one pass.
 */
export type ImportMode = "all-or-nothing" | "collect";

export interface ImportOptions {
  mode?: ImportMode;
  /** The file name errors show; defaults to the path's base name. */
  fileName?: string;
  /** The sheets to read; defaults to every input sheet of the data model. */
  sheets?: readonly SheetSpec[];
  /** Called as each sheet is done (for a progress bar): sheets read so far and the workbook's sheet count. */
  onProgress?: (sheetsDone: number, sheetCount: number) => void;
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
 * Imports an input workbook with exceljs's streaming reader, so memory grows
 * with the records kept, not with the file. Sheets are matched by name and columns by
 * header; each row is validated with the core schema of its kind, then the
 * sheets are checked against each other. Every problem names file, sheet, cell,
 * value found and value expected.
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
  const file = options.fileName ?? (typeof source === "string" ? basename(source) : "workbook.xlsx");
  const specs = options.sheets ?? INPUT_SHEETS;
  const collector = new ImportCollector(file);
  await readSheets(source, specs, collector, options.onProgress);

  const rejected = crossSheetChecks(collector, specs);
  const records: Record<string, unknown[]> = {};
  for (const spec of specs) {
    const skip = rejected.get(spec.key);
    const all = collector.kind(spec.key).records;
    records[spec.key] = skip === undefined ? all : all.filter((_, index) => !skip.has(index));
  }
  const { issues, notices } = collector;
  if (options.mode === "collect") {
    return { ok: issues.length === 0, records: records as ImportedRecords, issues, notices };
  }
  return issues.length === 0
    ? { ok: true, records: records as ImportedRecords, issues: [], notices }
    : { ok: false, records: undefined, issues, notices };
}

async function readSheets(
  source: WorkbookSource,
  specs: readonly SheetSpec[],
  collector: ImportCollector,
  onProgress?: ImportOptions["onProgress"],
) {
  const specOf = sheetSpecMatcher(specs);
  let zip: ZipArchive | undefined;
  try {
    zip = await openWorkbookSource(source);
    for await (const sheet of streamWorksheets(zip)) {
      const spec = specOf(sheet.name);
      if (spec !== undefined) {
        await readRecordSheet(sheet, spec, collector);
      } else if (!isAuxiliarySheet(sheet.name)) {
        collector.notices.push({
          file: collector.file,
          sheet: sheet.name,
          message: {
            zh: `未识别的工作表「${sheet.name}」，已忽略`,
            en: `sheet "${sheet.name}" is not known and was ignored`,
          },
        });
      }
      if (sheet.position) onProgress?.(sheet.position.index + 1, sheet.position.count);
    }
  } catch (error) {
    collector.issues.push(
      importIssue({
        kind: "unreadable-file",
        file: collector.file,
        sheet: "",
        expected: { zh: "Excel 工作簿（.xlsx）", en: "an Excel workbook (.xlsx)" },
        problem: {
          zh: `无法读取文件（${(error as Error).message}）`,
          en: `the file cannot be read (${(error as Error).message})`,
        },
      }),
    );
  } finally {
    await zip?.close();
  }
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
