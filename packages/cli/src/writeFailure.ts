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

/** What could not be written (`无法写入「…」`), and what is left after the failure. */
export interface WriteAttempt extends BilingualText {
  after: BilingualText;
}

/**
 * The system's refusal to write (a full disk, no permission) as a file
 * problem in both languages (exit 1); `undefined` for any other error,
 * which is the program's own.
 */
export function writeFailure(error: unknown, attempt: WriteAttempt): FileProblem | undefined {
  const reason = WRITE_FAILURES[(error as NodeJS.ErrnoException | undefined)?.code ?? ""];
  if (reason === undefined) return undefined;
  return new FileProblem({
    zh: `${attempt.zh}：${reason.zh}；${attempt.after.zh}`,
    en: `${attempt.en}: ${reason.en}; ${attempt.after.en}`,
  });
}
