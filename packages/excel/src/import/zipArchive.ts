import { createReadStream, readFileSync } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import { inflateGuard } from "./inflateGuard";
import { sniffFileKind, truncatedZip } from "./sniffFileKind";
import { checkInflation, DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits } from "./workbookLimits";
import { WorkbookRefusal } from "./workbookRefusal";

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
/**
 * Bytes inflated at a time. zlib's default of 16 KB made inflating a
 * workbook 5–15× slower than 64 KB, as much as the XML parse
 * (docs/performance.md, "Reading workbooks").
 */
const INFLATE_CHUNK = 64 * 1024;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Random access to the bytes of a zip file: a file on disk or bytes in memory. */
interface ByteSource {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
  stream(start: number, length: number): Readable;
  close(): Promise<void>;
}

function fileSource(path: string, handle: FileHandle, size: number): ByteSource {
  return {
    size,
    async read(offset, length) {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    },
    stream: (start, length) =>
      length === 0 ? Readable.from([]) : createReadStream(path, { start, end: start + length - 1 }),
    close: () => handle.close(),
  };
}

function memorySource(bytes: Uint8Array): ByteSource {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    size: buffer.length,
    read: async (offset, length) => buffer.subarray(offset, offset + length),
    stream: (start, length) => Readable.from([buffer.subarray(start, start + length)]),
    close: async () => {},
  };
}

/**
 * A zip archive read through its central directory, so every part is found
 * by name whatever order it was stored in, and each part is inflated as a
 * stream. (exceljs's own single-pass unzip can lose entries on Node ≥ 18,
 * exceljs issue #3064; reading by the directory cannot.)
 */
export class ZipArchive {
  /** Bytes inflated so far, over all parts, against `limits.maxTotalBytes`. */
  private inflated = 0;

  private constructor(
    private readonly source: ByteSource,
    private readonly entries: Map<string, ZipEntry>,
    private readonly limits: WorkbookLimits,
  ) {}

  /** Opens a file; what is not a zip (an `.xls`, a CSV, an empty or encrypted file) is refused by name. */
  static async openFile(path: string, limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS): Promise<ZipArchive> {
    const handle = await open(path, "r");
    try {
      const { size } = await handle.stat();
      const source = fileSource(path, handle, size);
      const head = await source.read(0, Math.min(size, 4096));
      sniffFileKind(head, size, () => readFileSync(path));
      return await ZipArchive.fromSource(source, limits);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  static openBytes(bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS): Promise<ZipArchive> {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    sniffFileKind(buffer.subarray(0, 4096), buffer.length, () => buffer);
    return ZipArchive.fromSource(memorySource(bytes), limits);
  }

  private static async fromSource(source: ByteSource, limits: WorkbookLimits): Promise<ZipArchive> {
    let directory: ZipEntry[];
    try {
      directory = await readCentralDirectory(source);
    } catch (error) {
      if (error instanceof WorkbookRefusal) throw error;
      // A read that failed under the directory (a file cut short past its end): its own words are English only.
      throw truncatedZip({
        zh: "无法读取压缩包目录",
        en: `the zip directory cannot be read: ${(error as Error).message}`,
      });
    }
    const entries = new Map<string, ZipEntry>();
    let declared = 0;
    for (const entry of directory) {
      entries.set(partKey(entry.name), entry);
      // What the directory declares is checked before anything is inflated; what is inflated is counted too.
      declared += entry.uncompressedSize;
      checkInflation(entry.name, entry.uncompressedSize, entry.compressedSize, declared, limits);
    }
    return new ZipArchive(source, entries, limits);
  }

  /** Whether the archive has a part (names compare case-insensitively, as OOXML part names do). */
  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /** The inflated content of a part, as a stream. */
  async open(name: string): Promise<Readable> {
    const entry = this.entries.get(partKey(name));
    if (entry === undefined) throw new Error(`The workbook has no part ${name}`);
    const header = await this.source.read(entry.localHeaderOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) {
      throw truncatedZip({
        zh: `部件 ${entry.name} 的压缩头已损坏`,
        en: `bad zip local header for ${entry.name}`,
      });
    }
    const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const raw = this.source.stream(dataStart, entry.compressedSize);
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw new Error(`Unsupported zip compression method ${entry.method}`);
    let partBytes = 0;
    const guard = inflateGuard(entry.name, (bytes) => {
      partBytes += bytes;
      this.inflated += bytes;
      checkInflation(entry.name, partBytes, entry.compressedSize, this.inflated, this.limits);
      // A directory that understates a part's size (to slip past the check at opening) is refused there.
      if (partBytes > entry.uncompressedSize)
        throw truncatedZip({
          zh: `部件 ${entry.name} 解压后超过压缩包目录声明的大小`,
          en: `the part ${entry.name} inflates past the size its directory declares`,
        });
    });
    const inflate = entry.method === DEFLATED ? createInflateRaw({ chunkSize: INFLATE_CHUNK }) : undefined;
    const first = inflate ?? guard;
    raw.on("error", (error) => first.destroy(error));
    inflate?.on("error", (error) => guard.destroy(error));
    // Closing the guarded stream early (a skipped sheet, a refusal) must close the streams under it too.
    guard.on("close", () => {
      inflate?.destroy();
      raw.destroy();
    });
    if (inflate) raw.pipe(inflate).pipe(guard);
    else raw.pipe(guard);
    return guard;
  }

  close(): Promise<void> {
    return this.source.close();
  }
}

function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

async function readCentralDirectory(source: ByteSource): Promise<ZipEntry[]> {
  const tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  let eocd = -1;
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (tail.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0)
    throw truncatedZip({
      zh: "找不到压缩包目录的结尾",
      en: "not a zip file (no end of central directory)",
    });
  let count = tail.readUInt16LE(eocd + 10);
  let size = tail.readUInt32LE(eocd + 12);
  let offset = tail.readUInt32LE(eocd + 16);

  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locatorAt = tailStart + eocd - 20;
    const locator = await source.read(locatorAt, 20);
    if (locator.readUInt32LE(0) === ZIP64_LOCATOR_SIGNATURE) {
      const zip64 = await source.read(Number(locator.readBigUInt64LE(8)), 56);
      if (zip64.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE)
        throw truncatedZip({ zh: "zip64 压缩包目录的结尾已损坏", en: "bad zip64 end of central directory" });
      count = Number(zip64.readBigUInt64LE(32));
      size = Number(zip64.readBigUInt64LE(40));
      offset = Number(zip64.readBigUInt64LE(48));
    }
  }

  const directory = await source.read(offset, size);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw truncatedZip({ zh: "压缩包目录已损坏", en: "bad zip central directory" });
    }
    const method = directory.readUInt16LE(at + 10);
    let compressedSize = directory.readUInt32LE(at + 20);
    let uncompressedSize = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    let localHeaderOffset = directory.readUInt32LE(at + 42);
    const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
    // Zip64 sizes and offsets live in the extra field when the 32-bit ones are saturated.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = directory.readUInt16LE(extra);
      const length = directory.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = Number(directory.readBigUInt64LE(field));
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(directory.readBigUInt64LE(field));
          field += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = Number(directory.readBigUInt64LE(field));
      }
      extra += 4 + length;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    at = extraEnd + commentLength;
  }
  return entries;
}
