import { basename } from "node:path";
import type { SheetSpec } from "../spec/columnSpec";
import { INPUT_SHEETS, isAuxiliarySheet, sheetSpecMatcher } from "../spec/inputSheets";
import { ImportCollector } from "./importCollector";
import type { ImportEvent } from "./importEvent";
import { importIssue } from "./importIssue";
import { openWorkbookSource, type WorkbookSource } from "./openWorkbookSource";
import { readRecordSheet } from "./readRecordSheet";
import { streamWorksheets } from "./streamWorksheets";
import { DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits } from "./workbookLimits";
import { WorkbookRefusal } from "./workbookRefusal";
import type { ZipArchive } from "./zipArchive";

/** What every assessment needs: the units and their members. A workbook without them is not ours. */
export const REQUIRED_SHEETS: readonly string[] = ["units", "members"];

export interface StreamingImportOptions {
  /** The file name errors show; defaults to the path's base name. */
  fileName?: string;
  /** The sheets to read; defaults to every input sheet of the data model. */
  sheets?: readonly SheetSpec[];
  /**
   * The record kinds whose sheets must be present (by `SheetSpec.key`); an
   * absent one is an issue naming the sheets that were found and not read.
   * None by default, so that a register alone (services, say) can be imported;
   * an assessment passes {@link REQUIRED_SHEETS}.
   */
  requiredSheets?: readonly string[];
  /** How far the workbook may inflate before it is refused (defaults: `DEFAULT_WORKBOOK_LIMITS`). */
  limits?: Partial<WorkbookLimits>;
  /** Called as each sheet is done (for a progress bar): sheets read so far and the workbook's sheet count. */
  onProgress?: (sheetsDone: number, sheetCount: number) => void;
}

/**
 * What {@link importWorkbookRecords} hands out, in batches as the rows give
 * them (a few hundred events at a time): the form `importWorkbook` reads, as
 * one hop of an async generator per event costs a promise. The checks across
 * records are not here: the core's `readSource` runs them for every input
 * path; the `collector` passed in keeps what names a record's cell then.
 */
export async function* importEventBatches(
  source: WorkbookSource,
  options: StreamingImportOptions = {},
  collector = new ImportCollector(workbookFileName(source, options)),
): AsyncGenerator<readonly ImportEvent[], void, undefined> {
  const { file } = collector;
  const specs = options.sheets ?? INPUT_SHEETS;
  const specOf = sheetSpecMatcher(specs);
  let zip: ZipArchive | undefined;
  let opened = false;
  const notRead: string[] = [];
  try {
    zip = await openWorkbookSource(source, { ...DEFAULT_WORKBOOK_LIMITS, ...options.limits });
    opened = true;
    for await (const sheet of streamWorksheets(zip)) {
      const spec = specOf(sheet.name);
      if (spec !== undefined) {
        yield* readRecordSheet(sheet, spec, collector);
      } else if (!isAuxiliarySheet(sheet.name)) {
        notRead.push(sheet.name);
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
  if (opened) checkRequiredSheets(collector, specs, options.requiredSheets ?? [], notRead);
  yield collector.takeEvents();
  collector.releaseHeld();
  yield collector.takeEvents();
}

/** The file name errors show: the option, else the path's base name. */
export function workbookFileName(source: WorkbookSource, options: StreamingImportOptions): string {
  return options.fileName ?? (typeof source === "string" ? basename(source) : "workbook.xlsx");
}

/** A required sheet that was not found is an issue, naming the sheets that were there and not read (a renamed 党员 sheet). */
function checkRequiredSheets(
  collector: ImportCollector,
  specs: readonly SheetSpec[],
  required: readonly string[],
  notRead: readonly string[],
): void {
  const others = notRead.map((name) => `「${name}」`).join("、");
  const othersEn = notRead.map((name) => `"${name}"`).join(", ");
  for (const spec of specs) {
    if (!required.includes(spec.key) || collector.originsOf(spec.key) !== undefined) continue;
    collector.issue(
      importIssue({
        kind: "missing-sheet",
        file: collector.file,
        sheet: spec.name,
        expected: {
          zh: `名为「${spec.name}」的工作表（模板见 shuangbaodao template）；若确实不需要，请明确允许缺表`,
          en: `a sheet named "${spec.name}" or "${spec.aliases[0] ?? spec.key}" (see shuangbaodao template); if it is truly not needed, allow missing sheets explicitly`,
        },
        problem: {
          zh: `工作簿中没有此表${others ? `（未读取的工作表：${others}，是否改了名？）` : ""}`,
          en: `the workbook has no such sheet${othersEn ? ` (sheets not read: ${othersEn}; was one renamed?)` : ""}`,
        },
      }),
    );
  }
}
