import { writeTemplate } from "@shuangbaodao/excel";
import { EXIT } from "../cliError";
import type { CliIo } from "../cliIo";
import type { Lang } from "../lang";
import { checkOutputTarget } from "../outputTarget";
import { writeAtomically } from "../writeAtomically";

/** `shuangbaodao template [--out 双报到-模板.xlsx] [--force]`: the blank input workbook. */
export async function templateCommand(
  io: CliIo,
  lang: Lang,
  args: { out?: string; force: boolean },
): Promise<number> {
  const path = checkOutputTarget(io, args.out ?? "shuangbaodao-template.xlsx", {
    force: args.force,
    inputs: [],
  });
  await writeAtomically(path, (partial) => writeTemplate(partial));
  io.stdout(lang === "zh" ? `已生成模板：${path}\n` : `Template written: ${path}\n`);
  return EXIT.done;
}
