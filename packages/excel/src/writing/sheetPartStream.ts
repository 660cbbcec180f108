import { PassThrough, type TransformCallback } from "node:stream";
import type ExcelJS from "exceljs";

/** How much of a sheet's XML may wait for the zip before a table writer waits in turn. */
const HIGH_WATER_MARK = 1 << 20;
/**
 * Pieces smaller than this are joined before the zip takes them: exceljs
 * writes a row at a time, and the deflater takes each piece on a trip to
 * libuv's threads and back, the main thread idle meanwhile.
 */
const JOINED_BYTES = 1 << 16;

/** exceljs's StringBuf, which its worksheet writer hands to its part stream. */
interface StringBufLike {
  toBuffer(): Buffer;
}

function isStringBuf(chunk: unknown): chunk is StringBufLike {
  return (
    typeof chunk === "object" &&
    chunk !== null &&
    !Buffer.isBuffer(chunk) &&
    typeof (chunk as Partial<StringBufLike>).toBuffer === "function"
  );
}

/**
 * The zip entry of one worksheet, in place of exceljs's own `StreamBuf`.
 * `StreamBuf` takes every write and never says "wait", so a sheet written in
 * one synchronous loop sits in memory whole until the zip gets to it
 * (750 MB of XML for a million verdict rows). This is a plain Node stream:
 * `write` returns false once a megabyte is waiting, and a long table waits
 * for its `drain` (`whileWriting`) until the zip has taken it.
 */
export class SheetPartStream extends PassThrough {
  /** Pieces under JOINED_BYTES waiting to be joined, and their size. */
  readonly #pieces: Buffer[] = [];
  #piecesBytes = 0;

  constructor() {
    super({ highWaterMark: HIGH_WATER_MARK });
    // exceljs's workbook writer waits for this event from an uncommitted sheet's stream.
    this.on("finish", () => this.emit("zipped"));
  }

  override write(chunk: unknown, ...rest: unknown[]): boolean {
    // exceljs reuses its StringBuf for the next write; toBuffer() returns a copy.
    const data = isStringBuf(chunk) ? chunk.toBuffer() : chunk;
    return (super.write as (chunk: unknown, ...rest: unknown[]) => boolean).call(this, data, ...rest);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.#piecesBytes === 0 && chunk.length >= JOINED_BYTES) {
      done(null, chunk);
      return;
    }
    this.#pieces.push(chunk);
    this.#piecesBytes += chunk.length;
    if (this.#piecesBytes >= JOINED_BYTES) this.#pushPieces();
    done();
  }

  override _flush(done: TransformCallback): void {
    this.#pushPieces();
    done();
  }

  #pushPieces(): void {
    if (this.#piecesBytes === 0) return;
    this.push(this.#pieces.length === 1 ? this.#pieces[0] : Buffer.concat(this.#pieces, this.#piecesBytes));
    this.#pieces.length = 0;
    this.#piecesBytes = 0;
  }
}

/** The part stream of a sheet from a writer made by `openWorkbookWriter`. */
export function sheetPartStream(sheet: ExcelJS.Worksheet): SheetPartStream {
  // `stream` is the streaming worksheet writer's (untyped) getter for its zip entry.
  const stream = (sheet as unknown as { stream?: unknown }).stream;
  if (!(stream instanceof SheetPartStream)) {
    throw new Error("The sheet was not added to a workbook writer from openWorkbookWriter");
  }
  return stream;
}
