import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { writeFailure } from "./writeFailure";

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
    throw (
      writeFailure(error, {
        zh: `无法写入「${target}」`,
        en: `could not write ${target}`,
        after: {
          zh: "没有留下不完整的文件，原有文件（如有）保持不变",
          en: "no partial file is left, and any earlier file is as it was",
        },
      }) ?? error
    );
  } finally {
    process.removeListener("SIGINT", interrupted);
    process.removeListener("SIGTERM", interrupted);
  }
}
