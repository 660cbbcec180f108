#!/usr/bin/env node
import { bothLanguages, EXIT } from "./cliError";
import { processIo } from "./cliIo";
import { limitHeapGrowth } from "./heapGrowth";
import { run } from "./run";

limitHeapGrowth();

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not a failure the CLI knows how to explain: say so plainly; the stack only when asked for.
    const detail = error instanceof Error ? error.message : String(error);
    const lang =
      process.argv.includes("en") && process.argv.some((a) => a.startsWith("--lang")) ? "en" : "zh";
    process.stderr.write(
      bothLanguages(lang, {
        zh: `内部错误：${detail}（请把命令和输入报告给维护者；设置 SHUANGBAODAO_DEBUG=1 可显示详细信息）`,
        en: `internal error: ${detail} (please report the command and its input; set SHUANGBAODAO_DEBUG=1 for details)`,
      }),
    );
    if (process.env.SHUANGBAODAO_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT.inputErrors;
  },
);
