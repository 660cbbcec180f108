import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits } from "./workbookLimits";
import { WorkbookRefusal } from "./workbookRefusal";
import { ZipArchive } from "./zipArchive";

/** A path that names no file, or a folder, said as such (not as a zip error). */
async function checkPath(path: string): Promise<void> {
  const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
    throw error;
  });
  if (found === undefined)
    throw new WorkbookRefusal(
      "file-not-found",
      { zh: "文件不存在", en: "the file does not exist" },
      {
        zh: "一个已有的 .xlsx 文件：请检查路径和文件名",
        en: "an existing .xlsx file: check the path and the name",
      },
    );
  if (!found.isFile())
    throw new WorkbookRefusal(
      "not-a-file",
      { zh: "这是文件夹，不是文件", en: "this is a folder, not a file" },
      { zh: "文件夹中的一个 .xlsx 文件", en: "an .xlsx file in the folder" },
    );
}

/** A workbook to import: a file path, a readable stream, or the file's bytes. */
export type WorkbookSource = string | Readable | Uint8Array;

/**
 * Opens a workbook for reading by part. A stream is first written to a
 * temporary file (a zip is read from its end), so memory stays flat whatever
 * the size; `close` removes it.
 */
export async function openWorkbookSource(
  source: WorkbookSource,
  limits: WorkbookLimits = DEFAULT_WORKBOOK_LIMITS,
): Promise<ZipArchive> {
  if (typeof source === "string") {
    await checkPath(source);
    return ZipArchive.openFile(source, limits);
  }
  if (!(source instanceof Readable)) return ZipArchive.openBytes(source, limits);
  const dir = await mkdtemp(join(tmpdir(), "shuangbaodao-import-"));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    const path = join(dir, "workbook.xlsx");
    await pipeline(source, createWriteStream(path));
    const zip = await ZipArchive.openFile(path, limits);
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
