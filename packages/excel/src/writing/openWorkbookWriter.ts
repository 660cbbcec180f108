import { type EventEmitter, once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { memoiseStyles } from "./memoiseStyles";
import { SheetPartStream } from "./sheetPartStream";

/** The deflater's output buffer: as large as a table's piece of XML, which deflates to a seventh of that. */
const DEFLATE_OUTPUT_BYTES = 1 << 18;

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
  /** Parts opened now go into the zip only once complete. */
  holding = false;
  /** The parts in the zip's queue that it has not read to the end yet, oldest first. */
  readonly unzipped: SheetPartStream[] = [];

  _openStream(path: string): SheetPartStream {
    const stream = new SheetPartStream();
    const zip = (this as unknown as { zip: ZipAppender }).zip;
    // The zip takes its entries one after the other: a part written last must not stand in front.
    if (this.holding) stream.once("finish", () => zip.append(stream, { name: path }));
    else {
      this.unzipped.push(stream);
      stream.once("end", () => this.unzipped.splice(this.unzipped.indexOf(stream), 1));
      zip.append(stream, { name: path });
    }
    return stream;
  }
}

/**
 * Waits until the zip has read all but the last `behind` parts queued
 * (held parts aside). exceljs commits a sheet into its part at once, and the
 * zip reads the parts one after the other: a thousand small sheets written
 * in a row (the statistics forms) otherwise wait in memory for the zip, all
 * of them (30 MB of a 100k-member report's peak; docs/performance.md).
 */
export async function untilZipped(writer: ExcelJS.stream.xlsx.WorkbookWriter, behind = 1): Promise<void> {
  if (!(writer instanceof PacedWorkbookWriter))
    throw new Error("The writer was not made by openWorkbookWriter");
  while (writer.unzipped.length > behind) {
    const oldest = writer.unzipped[0] as SheetPartStream;
    await whileWriting(writer, (signal) => once(oldest, "end", { signal }));
  }
}

/**
 * Waits for `wait` (the zip to read a part, room in a part) while the
 * workbook is written, or fails with the zip's or the target's error: once
 * either has failed the zip reads no more, and the wait would never end (a
 * full disk left the report hanging). `wait` is given a signal to stop
 * listening once the race is decided.
 */
export async function whileWriting<T>(
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
  wait: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const { zip, stream: target } = writer as unknown as { zip: EventEmitter; stream: Writable };
  if (target.errored) throw target.errored;
  const waiting = new AbortController();
  const { signal } = waiting;
  const failure = (source: EventEmitter) =>
    once(source, "error", { signal }).then(([error]) => Promise.reject(error));
  try {
    return await Promise.race([wait(signal), failure(zip), failure(target)]);
  } finally {
    waiting.abort();
  }
}

/**
 * Runs `open` (adding a worksheet, say) so that the parts it opens enter the
 * zip only when they are complete: the sheet keeps its place among the tabs
 * but can be written last (a summary whose counts are known at the end)
 * without holding up the sheets after it. exceljs opens a sheet's part as
 * soon as the sheet is added; held, the part is kept in memory until done,
 * so hold only small sheets.
 */
export function withPartsHeld<T>(writer: ExcelJS.stream.xlsx.WorkbookWriter, open: () => T): T {
  if (!(writer instanceof PacedWorkbookWriter))
    throw new Error("The writer was not made by openWorkbookWriter");
  writer.holding = true;
  try {
    return open();
  } finally {
    writer.holding = false;
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
  const writer = new PacedWorkbookWriter({
    ...(typeof target === "string" ? { filename: target } : { stream: target }),
    useStyles: true,
    useSharedStrings: true,
    // Room for what a whole piece of a table (256 KB) deflates to, so the zip compresses it in one
    // trip to libuv's threads, not a trip per 16 KB (Node's default): docs/performance.md, "The zip's turn".
    zip: { zlib: { chunkSize: DEFLATE_OUTPUT_BYTES } },
  });
  memoiseStyles(writer);
  return writer;
}
