import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { SheetPartStream } from "./sheetPartStream";

/** Where a written workbook goes: a file path or a writable stream. */
export type WorkbookTarget = string | Writable;

/** The zip (archiver) a streaming workbook writer appends its parts to; untyped in exceljs. */
interface ZipAppender {
  append(source: NodeJS.ReadableStream, entry: { name: string }): void;
}

/**
 * exceljs's streaming writer with every worksheet part opened as a
 * `SheetPartStream`, so that a long table can wait for the zip instead of
 * piling up in memory. `_openStream` is exceljs's (4.x) internal hook for a
 * new part; the report tests read back every sheet written through it.
 */
class PacedWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  _openStream(path: string): SheetPartStream {
    const stream = new SheetPartStream();
    (this as unknown as { zip: ZipAppender }).zip.append(stream, { name: path });
    return stream;
  }
}

/**
 * A streaming workbook writer. Styles are on (colours, date formats); strings
 * written through exceljs go to the shared-strings table, so every such text
 * cell is stored as `t="s"` text and never as a formula or a formula's string
 * result. Table sheets write their rows themselves, as inline strings
 * (`tableSheet.ts`).
 */
export function openWorkbookWriter(target: WorkbookTarget): ExcelJS.stream.xlsx.WorkbookWriter {
  return new PacedWorkbookWriter({
    ...(typeof target === "string" ? { filename: target } : { stream: target }),
    useStyles: true,
    useSharedStrings: true,
  });
}
