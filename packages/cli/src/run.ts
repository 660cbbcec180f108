import { parseArgs } from "node:util";
import { bothLanguages, CliError, EXIT } from "./cliError";
import type { CliIo } from "./cliIo";
import { assessCommand } from "./commands/assessCommand";
import { dbCommand } from "./commands/dbCommand";
import { editionsCommand } from "./commands/editionsCommand";
import { sampleCommand } from "./commands/sampleCommand";
import { serveCommand } from "./commands/serveCommand";
import { templateCommand } from "./commands/templateCommand";
import { type Lang, parseLang } from "./lang";
import { optionProblem } from "./optionProblem";
import { UsageError } from "./usageError";

const USAGE = {
  zh: `用法：
  shuangbaodao template [--out 模板.xlsx]
  shuangbaodao assess <工作簿.xlsx> --year 2019 [--edition zhengzhou-2019] [--as-of 日期] [--overdue-since 日期]
                      [--seed 种子 --sampling-date 日期 [--stratify branch]] [--out report.xlsx] [--json]
  shuangbaodao sample draw <工作簿.xlsx> --unit 单位编号 --year 2019 --seed 种子 --sampling-date 日期 [--stratify branch] [--must-visit a,b] [--out sample.json] [--json]
  shuangbaodao sample verify <工作簿.xlsx> <sample.json> [--json]
  shuangbaodao editions [--json]
  shuangbaodao db migrate | import <文件.xlsx|文件.ndjson> | assess --edition … --year 2019 [--as-of 日期] [--known-at 时刻] [--workers N]
                 | replay <决定编号> | decisions [--run 运行编号]   [--database-url postgres://…] [--data-dir 目录] [--json]
                 （默认使用内嵌数据库 .shuangbaodao/db；db 的退出码：0 完成；1 输入被拒、重放不一致或数据库出错（已说明原因）；2 用法错误）
  shuangbaodao serve [--host 127.0.0.1] [--port 8080] [--tokens 令牌文件.json] [--cors 来源,…] [--database-url …] [--data-dir 目录]
通用选项：--lang zh|en；--force 替换已有的输出文件（输入文件永不覆盖）；
  --allow-missing-sheets 允许缺少「单位」或「党员」表；--allow-no-members 允许没有党员记录
退出码：0 完成；1 输入或文件有错误（已列出）；2 用法错误
`,
  en: `Usage:
  shuangbaodao template [--out template.xlsx]
  shuangbaodao assess <workbook.xlsx> --year 2019 [--edition zhengzhou-2019] [--as-of DATE] [--overdue-since DATE]
                      [--seed SEED --sampling-date DATE [--stratify branch]] [--out report.xlsx] [--json]
  shuangbaodao sample draw <workbook.xlsx> --unit UNIT --year 2019 --seed SEED --sampling-date DATE [--stratify branch] [--must-visit a,b] [--out sample.json] [--json]
  shuangbaodao sample verify <workbook.xlsx> <sample.json> [--json]
  shuangbaodao editions [--json]
  shuangbaodao db migrate | import <FILE.xlsx|FILE.ndjson> | assess --edition … --year 2019 [--as-of DATE] [--known-at INSTANT] [--workers N]
                 | replay <DECISION> | decisions [--run RUN]   [--database-url postgres://…] [--data-dir DIR] [--json]
                 (the embedded database .shuangbaodao/db by default; db exit codes: 0 done; 1 input refused, replay differs or the database failed (said why); 2 wrong usage)
  shuangbaodao serve [--host 127.0.0.1] [--port 8080] [--tokens tokens.json] [--cors ORIGIN,…] [--database-url …] [--data-dir DIR]
Common options: --lang zh|en; --force replaces an existing output file (an input is never overwritten);
  --allow-missing-sheets accepts a workbook without the 单位 or 党员 sheet; --allow-no-members one without members
Exit codes: 0 done; 1 the input or a file has errors (listed); 2 wrong usage
`,
};

const OPTIONS = {
  lang: { type: "string" },
  year: { type: "string" },
  edition: { type: "string" },
  "as-of": { type: "string" },
  "overdue-since": { type: "string" },
  out: { type: "string" },
  json: { type: "boolean", default: false },
  seed: { type: "string" },
  "sampling-date": { type: "string" },
  stratify: { type: "string" },
  unit: { type: "string" },
  "must-visit": { type: "string" },
  "database-url": { type: "string" },
  "data-dir": { type: "string" },
  "known-at": { type: "string" },
  run: { type: "string" },
  workers: { type: "string" },
  force: { type: "boolean", default: false },
  "allow-missing-sheets": { type: "boolean", default: false },
  "allow-no-members": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  host: { type: "string" },
  port: { type: "string" },
  tokens: { type: "string" },
  cors: { type: "string" },
} as const;

/** `--lang` read before the options are parsed, so that a parse error is explained in the language asked for. */
function langBeforeParsing(argv: readonly string[]): Lang {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (at < 0) return "zh";
  const value = argv[at]?.includes("=") ? argv[at]?.split("=")[1] : argv[at + 1];
  return value === "en" ? "en" : "zh";
}

/** Runs one command line; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Lang = langBeforeParsing(argv);
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    lang = parseLang(values.lang);
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === "help") {
      io.stdout(USAGE[lang]);
      return command === undefined && !values.help ? EXIT.usage : EXIT.done;
    }
    switch (command) {
      case "template":
        return await templateCommand(io, lang, { out: values.out, force: values.force });
      case "editions":
        return editionsCommand(io, lang, values.json);
      case "assess":
        return await assessCommand(io, lang, {
          workbook: rest[0],
          year: values.year,
          edition: values.edition,
          asOf: values["as-of"],
          overdueSince: values["overdue-since"],
          out: values.out,
          force: values.force,
          json: values.json,
          allow: { missingSheets: values["allow-missing-sheets"], noMembers: values["allow-no-members"] },
          seed: values.seed,
          samplingDate: values["sampling-date"],
          stratify: values.stratify,
        });
      case "sample":
        return await sampleCommand(io, lang, {
          action: rest[0],
          workbook: rest[1],
          sampleFile: rest[2],
          unit: values.unit,
          year: values.year,
          edition: values.edition,
          seed: values.seed,
          samplingDate: values["sampling-date"],
          stratify: values.stratify,
          mustVisit: values["must-visit"],
          out: values.out,
          force: values.force,
          json: values.json,
          allow: { missingSheets: values["allow-missing-sheets"], noMembers: values["allow-no-members"] },
        });
      case "db":
        return await dbCommand(io, lang, {
          action: rest[0],
          argument: rest[1],
          databaseUrl: values["database-url"],
          dataDir: values["data-dir"],
          year: values.year,
          edition: values.edition,
          asOf: values["as-of"],
          knownAt: values["known-at"],
          run: values.run,
          workers: values.workers,
          json: values.json,
        });
      case "serve":
        return await serveCommand(io, lang, {
          host: values.host,
          port: values.port,
          tokens: values.tokens,
          cors: values.cors,
          databaseUrl: values["database-url"],
          dataDir: values["data-dir"],
        });
      default:
        throw new UsageError({ zh: `未知命令：${command}`, en: `unknown command: ${command}` });
    }
  } catch (error) {
    // parseArgs reports unknown options and missing values with a code of its own, in English only.
    if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      const text = optionProblem(error as Error & { code: string }, Object.keys(OPTIONS));
      io.stderr(`${bothLanguages(lang, text)}\n${USAGE[lang]}`);
      return EXIT.usage;
    }
    if (!(error instanceof CliError)) throw error;
    io.stderr(bothLanguages(lang, error.text));
    if (error instanceof UsageError) io.stderr(`\n${USAGE[lang]}`);
    return error.exitCode;
  }
}
