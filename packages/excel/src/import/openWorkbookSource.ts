import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ZipArchive } from "./zipArchive";

/** A workbook to import: a file path, a readable stream, or the file's bytes. */
export type WorkbookSource = string | Readable | Uint8Array;

/**
 * Opens a workbook for reading by part. A stream is first written to a
 * temporary file (a zip is read from its end), so memory stays flat whatever
 * the size; `close` removes it.
 */
export async function openWorkbookSource(source: WorkbookSource): Promise<ZipArchive> {
  if (typeof source === "string") return ZipArchive.openFile(source);
  if (!(source instanceof Readable)) return ZipArchive.openBytes(source);
  const dir = await mkdtemp(join(tmpdir(), "shuangbaodao-import-"));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    const path = join(dir, "workbook.xlsx");
    await pipeline(source, createWriteStream(path));
    const zip = await ZipArchive.openFile(path);
    const close = zip.close.bind(zip);
    zip.close = async () => {
      await close();
      await removeDir();
    };
    return zip;
  } catch (error) {
    await removeDir();
    throw error;
  }
}
