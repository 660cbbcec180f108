import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type BilingualText, FileProblem } from "./cliError";

/** What the system says when a file cannot be written, in an office's words: not a fault of the program. */
const WRITE_FAILURES: Record<string, BilingualText> = {
  ENOSPC: { zh: "磁盘空间不足", en: "no space left on the device" },
  EDQUOT: { zh: "超出磁盘配额", en: "the disk quota is used up" },
  EACCES: { zh: "没有写入该文件夹的权限", en: "no permission to write in that folder" },
  EPERM: { zh: "没有写入该文件夹的权限", en: "no permission to write in that folder" },
  EROFS: { zh: "该位置是只读的", en: "that place is read-only" },
  EIO: { zh: "读写设备出错", en: "the device failed to read or write" },
};

/**
 * Writes a file in full or not at all: `write` fills a temporary file beside
 * the target (same folder, so the rename stays on one file system), which is
 * renamed into place only once complete. A failure, or Ctrl-C while writing,
 * removes the temporary file and leaves any earlier file as it was; the
 * system's refusals (a full disk, no permission) are said in both languages.
 */
export async function writeAtomically(target: string, write: (path: string) => Promise<void>): Promise<void> {
  const partial = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString("hex")}.partial`);
  // 128 + the signal's number, as a shell reports a command stopped by Ctrl-C (130) or kill (143).
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(partial, { force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    await write(partial);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    const reason = WRITE_FAILURES[(error as NodeJS.ErrnoException).code ?? ""];
    if (reason === undefined) throw error;
    throw new FileProblem({
      zh: `无法写入「${target}」：${reason.zh}；没有留下不完整的文件，原有文件（如有）保持不变`,
      en: `could not write ${target}: ${reason.en}; no partial file is left, and any earlier file is as it was`,
    });
  } finally {
    process.removeListener("SIGINT", interrupted);
    process.removeListener("SIGTERM", interrupted);
  }
}
