import { resolve } from "node:path";
import { writeTemplate } from "@shuangbaodao/excel";
import type { CliIo } from "../cliIo";
import type { Lang } from "../lang";
import { EXIT } from "../usageError";

/** `shuangbaodao template [--out 双报到-模板.xlsx]`: the blank input workbook. */
export async function templateCommand(io: CliIo, lang: Lang, out: string | undefined): Promise<number> {
  const path = resolve(io.cwd, out ?? "shuangbaodao-template.xlsx");
  await writeTemplate(path);
  io.stdout(lang === "zh" ? `已生成模板：${path}\n` : `Template written: ${path}\n`);
  return EXIT.done;
}
