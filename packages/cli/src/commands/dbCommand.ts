import { userInfo } from "node:os";
import { resolve } from "node:path";
import { CliError, EXIT } from "../cliError";
import type { CliIo } from "../cliIo";
import { writeJson } from "../jsonPieces";
import type { Lang } from "../lang";
import { progressBar } from "../progressBar";
import { UsageError } from "../usageError";

export interface DbCommandOptions {
  action: string | undefined;
  argument: string | undefined;
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  year: string | undefined;
  edition: string | undefined;
  asOf: string | undefined;
  knownAt: string | undefined;
  run: string | undefined;
  workers: string | undefined;
  json: boolean;
}

/**
 * `shuangbaodao db migrate | import FILE | assess | replay ID | decisions`:
 * records and decisions in a database — the embedded one under
 * `.shuangbaodao/db` unless `--database-url` (or DATABASE_URL) names a server.
 */
export async function dbCommand(io: CliIo, lang: Lang, options: DbCommandOptions): Promise<number> {
  const postgres = await import("@shuangbaodao/postgres");
  const say = (zh: string, en: string) => io.stdout(`${lang === "zh" ? zh : en}\n`);
  const url = options.databaseUrl ?? process.env.DATABASE_URL;
  const where = {
    url,
    dataDir: options.dataDir ? resolve(io.cwd, options.dataDir) : resolve(io.cwd, postgres.DEFAULT_DATA_DIR),
  };
  const workers = options.workers === undefined ? 1 : Number(options.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    throw missing("--workers 应为 1 到 64 的整数", "--workers must be a whole number from 1 to 64");
  }
  const db = await postgres.openDatabase(where);
  const by = safeUserName();
  try {
    switch (options.action) {
      case "migrate": {
        const ran = await postgres.migrate(db);
        say(
          ran.length ? `已应用迁移：${ran.join("、")}（${db.name}）` : `数据库结构已是最新（${db.name}）`,
          ran.length
            ? `Migrations applied: ${ran.join(", ")} (${db.name})`
            : `The schema is up to date (${db.name})`,
        );
        return EXIT.done;
      }
      case "import": {
        if (!options.argument)
          throw missing(
            "import 需要文件：db import 文件.xlsx|文件.ndjson",
            "import needs a file: db import FILE.xlsx|FILE.ndjson",
          );
        const source = await postgres.fileSource(resolve(io.cwd, options.argument));
        const bar = progressBar(io, lang === "zh" ? "写入" : "Writing");
        const result = await postgres.importRecords(db, source, {
          recordedBy: by,
          onProgress: (phase, done, total) => {
            if (phase === "write" && total) bar.update(done, total);
          },
        });
        bar.end();
        if (options.json) writeJson(io.stdout, result);
        else
          say(
            `已导入 ${result.source}：${result.records} 条记录，新增或更正 ${result.newVersions} 条，未变 ${result.unchanged} 条（导入编号 ${result.importId}）`,
            `Imported ${result.source}: ${result.records} records, ${result.newVersions} new or corrected, ${result.unchanged} unchanged (import ${result.importId})`,
          );
        return EXIT.done;
      }
      case "assess": {
        const year = Number(options.year);
        if (!options.year || !Number.isInteger(year))
          throw missing("assess 需要 --year，例如 --year 2019", "assess needs --year, e.g. --year 2019");
        if (!options.edition)
          throw missing(
            "assess 需要 --edition（见 shuangbaodao editions）",
            "assess needs --edition (see shuangbaodao editions)",
          );
        const run = await postgres.startRun(db, {
          edition: options.edition,
          year,
          asOf: options.asOf,
          knownAt: options.knownAt,
          recordedBy: by,
        });
        const bar = progressBar(io, lang === "zh" ? "评估" : "Assessing");
        const done = await postgres.runWithWorkers(db, where, run, workers, (progress) =>
          bar.update(progress.partitions, run.partitions),
        );
        bar.end();
        if (options.json) writeJson(io.stdout, { runId: run.id, knownAt: run.knownAt, ...done });
        else
          say(
            `评估完成：运行 ${run.id}，${done.partitions} 个单位分区，${done.decisions} 项决定（按 ${run.knownAt} 时数据库所知）`,
            `Assessed: run ${run.id}, ${done.partitions} unit partitions, ${done.decisions} decisions (as the database knew it at ${run.knownAt})`,
          );
        return EXIT.done;
      }
      case "decisions": {
        const decisions = await postgres.listDecisions(db, {
          ...(options.run && { runId: options.run }),
          limit: 1000,
        });
        if (options.json) {
          writeJson(io.stdout, decisions);
          return EXIT.done;
        }
        for (const d of decisions) {
          io.stdout(
            `${d.id}  ${d.subject.kind} ${d.subject.id}  ${d.year}  ${d.edition.id}@${d.edition.version}  ${d.recordedAt}\n`,
          );
        }
        say(`共 ${decisions.length} 项决定`, `${decisions.length} decision(s)`);
        return EXIT.done;
      }
      case "replay": {
        if (!options.argument)
          throw missing("replay 需要决定编号：db replay 编号", "replay needs a decision ID: db replay ID");
        const replay = await postgres.replayDecision(db, options.argument);
        if (options.json) writeJson(io.stdout, replay);
        else {
          const d = replay.decision;
          say(
            `决定 ${d.id}（${d.subject.kind} ${d.subject.id}，${d.year}）`,
            `Decision ${d.id} (${d.subject.kind} ${d.subject.id}, ${d.year})`,
          );
          if (replay.inputDrift)
            say("  输入已变：记录的哈希与当时不同", "  Input drift: the records no longer hash as they did");
          if (replay.editionDrift) say("  版本内容已变", "  Edition drift: the edition's content changed");
          if (replay.libraryDrift)
            say(
              `  程序库版本已变：${replay.libraryDrift.stored} → ${replay.libraryDrift.replayed}`,
              `  Library changed: ${replay.libraryDrift.stored} → ${replay.libraryDrift.replayed}`,
            );
          for (const drift of replay.verdictDrift) {
            const status = (v: unknown) => String((v as { status?: unknown } | null)?.status ?? "—");
            say(
              `  结论变化 ${drift.ruleId}：${status(drift.stored)} → ${status(drift.replayed)}`,
              `  Verdict drift ${drift.ruleId}: ${status(drift.stored)} → ${status(drift.replayed)}`,
            );
          }
          say(
            replay.identical ? "  重放一致" : "  重放不一致",
            replay.identical ? "  Replay identical" : "  Replay differs",
          );
        }
        return replay.identical ? EXIT.done : EXIT.inputErrors;
      }
      default:
        throw missing(
          `未知的 db 子命令：${options.action ?? "（无）"}；可用：migrate、import、assess、replay、decisions`,
          `unknown db subcommand: ${options.action ?? "(none)"}; use migrate, import, assess, replay or decisions`,
        );
    }
  } catch (error) {
    // A refused input and a fault of the database both exit 1, said why; 2 is wrong usage only.
    if (error instanceof postgres.DatabaseError)
      throw new CliError({ zh: error.zh, en: error.en }, EXIT.inputErrors);
    if (error instanceof CliError) throw error;
    // The core refuses an unknown edition or bad input in words of its own.
    if (["InputError", "EditionError"].includes((error as Error).name)) {
      const message = (error as Error).message;
      throw new CliError({ zh: message, en: message }, EXIT.inputErrors);
    }
    const message = (error as Error).message;
    throw new CliError({ zh: `数据库出错：${message}`, en: `Database error: ${message}` }, EXIT.inputErrors);
  } finally {
    await db.close();
  }
}

function missing(zh: string, en: string): UsageError {
  return new UsageError({ zh, en });
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}
