import { EDITIONS } from "@shuangbaodao/core";
import type { CliIo } from "../cliIo";
import type { Lang } from "../lang";
import { EXIT } from "../usageError";

/** `shuangbaodao editions [--json]`: the shipped editions, their documents and (with --json) every parameter. */
export function editionsCommand(io: CliIo, lang: Lang, json: boolean): number {
  const editions = [...EDITIONS.values()];
  if (json) {
    io.stdout(`${JSON.stringify(editions, null, 2)}\n`);
    return EXIT.done;
  }
  for (const e of editions) {
    const parent = e.parentId
      ? lang === "zh"
        ? `（在 ${e.parentId} 基础上收紧）`
        : ` (tightens ${e.parentId})`
      : "";
    io.stdout(`${e.id} ${e.version}${parent}\n  ${e.title[lang]}\n  ${e.documents.join(", ")}\n`);
  }
  return EXIT.done;
}
