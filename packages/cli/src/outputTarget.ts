import { accessSync, constants, type Stats, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { FileProblem } from "./cliError";
import type { CliIo } from "./cliIo";

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Two paths name the same file (by device and inode, so a link or `./x` is caught too). */
function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Checks where a command will write, before it does any work: the folder
 * exists and can be written to, the target is not one of the command's inputs,
 * and an existing file is replaced only with `--force`. Returns the full path.
 */
export function checkOutputTarget(
  io: CliIo,
  out: string,
  { force, inputs }: { force: boolean; inputs: readonly string[] },
): string {
  const path = resolve(io.cwd, out);
  const folder = dirname(path);
  const folderStats = statOrUndefined(folder);
  if (folderStats === undefined || !folderStats.isDirectory())
    throw new FileProblem({
      zh: `输出文件夹不存在：${folder}（请先创建，或换一个 --out）`,
      en: `the output folder does not exist: ${folder} (create it first, or choose another --out)`,
    });
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new FileProblem({
      zh: `无权写入文件夹：${folder}`,
      en: `the folder cannot be written to: ${folder}`,
    });
  }
  const existing = statOrUndefined(path);
  if (existing === undefined) return path;
  if (existing.isDirectory())
    throw new FileProblem({
      zh: `--out 指向一个文件夹：${path}（请给出文件名，如 ${basename(path)}/report.xlsx）`,
      en: `--out names a folder: ${path} (give a file name, e.g. ${basename(path)}/report.xlsx)`,
    });
  for (const input of inputs) {
    const inputStats = statOrUndefined(resolve(io.cwd, input));
    if (inputStats !== undefined && sameFile(inputStats, existing))
      throw new FileProblem({
        zh: `输出文件就是输入文件：${path}（不会覆盖输入，请换一个 --out）`,
        en: `the output is the input: ${path} (an input is never overwritten; choose another --out)`,
      });
  }
  if (!force)
    throw new FileProblem({
      zh: `文件已存在：${path}（要替换请加 --force，或换一个 --out）`,
      en: `the file exists: ${path} (add --force to replace it, or choose another --out)`,
    });
  return path;
}
