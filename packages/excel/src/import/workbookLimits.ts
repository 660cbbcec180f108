import { WorkbookRefusal } from "./workbookRefusal";

/**
 * How far a workbook may inflate: what an upload endpoint faces first is a
 * small file that unzips to gigabytes. Real workbooks inflate 5–15× (the
 * bundled example 5.4×, LibreOffice's 7.6×); the ratio is only applied past
 * `ratioFloorBytes`, as a tiny part of empty styled cells may compress better.
 */
export interface WorkbookLimits {
  /** Most bytes one part (a sheet, the shared strings) may inflate to. */
  maxPartBytes: number;
  /** Most bytes all parts together may inflate to. */
  maxTotalBytes: number;
  /** Most a part may inflate relative to its compressed size. */
  maxRatio: number;
  /** Parts smaller than this (inflated) are not held to the ratio. */
  ratioFloorBytes: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_WORKBOOK_LIMITS: WorkbookLimits = {
  maxPartBytes: 512 * MIB,
  maxTotalBytes: 2048 * MIB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MIB,
};

const mib = (bytes: number) => `${(bytes / MIB).toFixed(1)} MB`;

const SMALLER = {
  zh: "更小的工作簿：把记录分到几个文件中，或删去多余的空行和格式",
  en: "a smaller workbook: split the records over several files, or remove unused rows and formatting",
};

/** Refuses a part (or the whole) that would inflate past a limit, saying which limit and by how much. */
export function checkInflation(
  part: string,
  inflated: number,
  compressed: number,
  totalInflated: number,
  limits: WorkbookLimits,
): void {
  if (inflated > limits.maxPartBytes)
    throw new WorkbookRefusal(
      "too-large",
      {
        zh: `工作簿的部件 ${part} 解压后超过 ${mib(limits.maxPartBytes)} 的上限，已停止读取`,
        en: `the workbook's part ${part} inflates past the limit of ${mib(limits.maxPartBytes)}; reading stopped`,
      },
      SMALLER,
    );
  if (inflated > limits.ratioFloorBytes && inflated > compressed * limits.maxRatio)
    throw new WorkbookRefusal(
      "too-large",
      {
        zh: `工作簿的部件 ${part} 压缩比超过 ${limits.maxRatio}:1（${mib(compressed)} 解压到 ${mib(inflated)} 以上），疑为“压缩炸弹”，已停止读取`,
        en: `the workbook's part ${part} inflates more than ${limits.maxRatio}:1 (${mib(compressed)} to over ${mib(inflated)}), like a zip bomb; reading stopped`,
      },
      SMALLER,
    );
  if (totalInflated > limits.maxTotalBytes)
    throw new WorkbookRefusal(
      "too-large",
      {
        zh: `工作簿解压后总量超过 ${mib(limits.maxTotalBytes)} 的上限，已停止读取`,
        en: `the workbook inflates past the limit of ${mib(limits.maxTotalBytes)} in all; reading stopped`,
      },
      SMALLER,
    );
}
