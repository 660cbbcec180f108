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
import type { ZipArchive } from "./zipArchive";

export interface StreamingImportOptions {
  /** The file name errors show; defaults to the path's base name. */
  fileName?: string;
  /** The sheets to read; defaults to every input sheet of the data model. */
  sheets?: readonly SheetSpec[];
  /** Called as each sheet is done (for a progress bar): sheets read so far and the workbook's sheet count. */
  onProgress?: (sheetsDone: number, sheetCount: number) => void;
}

/**
 * Reads an input workbook and hands out what it finds as it reads it: each
 * record that passes its row's checks (`{ type: "record", key, sheet, row,
 * record }`), each problem (`{ type: "issue", issue }`, naming file, sheet,
 * cell, value found and value expected) and each notice, in sheet and row
 * order. The same reading, conversion and validation as `importWorkbook`,
 * which is built on this. No record is kept: memory grows only by what
 * exceljs keeps of the file (its shared-strings table) and the compact keys
 * below.
 *
 * What needs every record comes last, once every sheet is read:
 * - The checks across records (duplicate IDs and unique fields, references to
 *   unknown records, loops in the unit or organisation tree, a report to a
 *   community the member never lived in) run over compact keys the import
 *   keeps as it reads: each record's place and its ID, unique and reference
 *   fields, a few short strings per row. Their issues carry `rejects`, the
 *   kind, sheet and row of a record already handed out that `importWorkbook`
 *   leaves out. So act on the records only once the iteration is over (load
 *   them into a staging table, say), or undo the rejected ones then; for
 *   all-or-nothing, accept nothing if any issue came.
 * - Records of a kind that spans rows (a list and its entries: rows with the
 *   same ID are one record) are held until every row is read, as they are only
 *   whole then, and come just before those checks.
 *
 * Leaving the loop early (`break`, `return`, a throw) closes the file and
 * skips the checks across records.
 */
export async function* importWorkbookRecords(
  source: WorkbookSource,
  options: StreamingImportOptions = {},
): AsyncGenerator<ImportEvent, void, undefined> {
  const file = options.fileName ?? (typeof source === "string" ? basename(source) : "workbook.xlsx");
  const specs = options.sheets ?? INPUT_SHEETS;
  const specOf = sheetSpecMatcher(specs);
  const collector = new ImportCollector(file);
  let zip: ZipArchive | undefined;
  try {
    zip = await openWorkbookSource(source);
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
        yield* collector.takeEvents();
      }
      if (sheet.position) options.onProgress?.(sheet.position.index + 1, sheet.position.count);
    }
  } catch (error) {
    collector.issue(
      importIssue({
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
  yield* collector.takeEvents();
  collector.releaseHeld();
  yield* collector.takeEvents();
  crossSheetChecks(collector, specs);
  yield* collector.takeEvents();
}
