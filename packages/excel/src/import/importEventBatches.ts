import { basename } from "node:path";
import type { SheetSpec } from "../spec/columnSpec";
import { INPUT_SHEETS, isAuxiliarySheet, sheetSpecMatcher } from "../spec/inputSheets";
import { crossSheetChecks } from "./crossSheetChecks";
import { ImportCollector } from "./importCollector";
import type { ImportEvent } from "./importEvent";
import { importIssue } from "./importIssue";
import { openWorkbookSource, type WorkbookSource } from "./openWorkbookSource";
import { readRecordSheet } from "./readRecordSheet";
import { streamWorksheets } from "./streamWorksheets";
import { DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits } from "./workbookLimits";
import { WorkbookRefusal } from "./workbookRefusal";
import type { ZipArchive } from "./zipArchive";

export interface StreamingImportOptions {
  /** The file name errors show; defaults to the path's base name. */
  fileName?: string;
  /** The sheets to read; defaults to every input sheet of the data model. */
  sheets?: readonly SheetSpec[];
  /** How far the workbook may inflate before it is refused (defaults: `DEFAULT_WORKBOOK_LIMITS`). */
  limits?: Partial<WorkbookLimits>;
  /** Called as each sheet is done (for a progress bar): sheets read so far and the workbook's sheet count. */
  onProgress?: (sheetsDone: number, sheetCount: number) => void;
}

/**
 * What {@link importWorkbookRecords} hands out, in batches as the rows give
 * them (a few hundred events at a time): the form `importWorkbook` reads, as
 * one hop of an async generator per event costs a promise.
 */
export async function* importEventBatches(
  source: WorkbookSource,
  options: StreamingImportOptions = {},
): AsyncGenerator<readonly ImportEvent[], void, undefined> {
  const file = options.fileName ?? (typeof source === "string" ? basename(source) : "workbook.xlsx");
  const specs = options.sheets ?? INPUT_SHEETS;
  const specOf = sheetSpecMatcher(specs);
  const collector = new ImportCollector(file);
  let zip: ZipArchive | undefined;
  try {
    zip = await openWorkbookSource(source, { ...DEFAULT_WORKBOOK_LIMITS, ...options.limits });
    for await (const sheet of streamWorksheets(zip)) {
      const spec = specOf(sheet.name);
      if (spec !== undefined) {
        yield* readRecordSheet(sheet, spec, collector);
      } else if (!isAuxiliarySheet(sheet.name)) {
        collector.notice({
          file,
          sheet: sheet.name,
          message: {
            zh: `未识别的工作表「${sheet.name}」，已忽略`,
            en: `sheet "${sheet.name}" is not known and was ignored`,
          },
        });
        yield collector.takeEvents();
      }
      if (sheet.position) options.onProgress?.(sheet.position.index + 1, sheet.position.count);
    }
  } catch (error) {
    collector.issue(
      error instanceof WorkbookRefusal
        ? importIssue({ kind: error.kind, file, sheet: "", expected: error.expected, problem: error.problem })
        : importIssue({
            kind: "unreadable-file",
            file,
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
  yield collector.takeEvents();
  collector.releaseHeld();
  yield collector.takeEvents();
  crossSheetChecks(collector, specs);
  yield collector.takeEvents();
}
