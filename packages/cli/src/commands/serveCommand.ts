import { resolve } from "node:path";
import { InputError } from "@shuangbaodao/core";
import { readTokenFile, startServer, type TokenFile } from "@shuangbaodao/http";
import { CliError, FileProblem } from "../cliError";
import type { CliIo } from "../cliIo";
import type { Lang } from "../lang";
import { EXIT, UsageError } from "../usageError";

export interface ServeArgs {
  host: string | undefined;
  port: string | undefined;
  tokens: string | undefined;
  cors: string | undefined;
  databaseUrl?: string | undefined;
  /** The embedded database's folder (default `.shuangbaodao/db`), `memory://` for one not kept. */
  dataDir?: string | undefined;
}

/** The token file, or an error naming the file and each fault in both languages. */
async function tokenFile(path: string): Promise<TokenFile> {
  try {
    return await readTokenFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new FileProblem({ zh: `令牌文件不存在：${path}`, en: `token file not found: ${path}` });
    }
    if (error instanceof InputError) {
      const faults = error.issues.map((i) => `${i.path}: ${i.message}`).join("; ");
      const faultsZh = error.issues.map((i) => `${i.path}：${i.zh}`).join("；");
      throw new FileProblem({
        zh: `令牌文件有错误：${path}：${faultsZh}`,
        en: `token file has errors: ${path}: ${faults}`,
      });
    }
    if (error instanceof SyntaxError) {
      throw new FileProblem({
        zh: `令牌文件不是有效的 JSON：${path}`,
        en: `token file is not valid JSON: ${path}`,
      });
    }
    throw error;
  }
}

/**
 * The database the API's imports, runs and decisions use: a server when
 * `--database-url` (or DATABASE_URL) names one, which must be migrated with
 * `shuangbaodao db migrate` (readyz says so until it is); otherwise the
 * embedded one under the working directory, which is this user's own, so it
 * is migrated here.
 */
async function openServedDatabase(io: CliIo, lang: Lang, args: ServeArgs) {
  const postgres = await import("@shuangbaodao/postgres");
  const url = args.databaseUrl ?? process.env.DATABASE_URL;
  const dataDir = args.dataDir?.startsWith("memory://")
    ? args.dataDir
    : resolve(io.cwd, args.dataDir ?? postgres.DEFAULT_DATA_DIR);
  const database = await postgres.openDatabase({ url, dataDir });
  if (!url) {
    const ran = await postgres.migrate(database);
    if (ran.length > 0) {
      io.stderr(
        lang === "zh"
          ? `已应用迁移：${ran.join("、")}（${database.name}）\n`
          : `Migrations applied: ${ran.join(", ")} (${database.name})\n`,
      );
    }
  }
  return database;
}

/** Resolves when the process is asked to stop (Ctrl-C or a service manager's SIGTERM). */
function stopSignal(): Promise<void> {
  return new Promise((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 8080;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError({ zh: `端口无效：${text}`, en: `not a valid port: ${text}` });
  }
  return port;
}

/**
 * `shuangbaodao serve`: the HTTP API (`@shuangbaodao/http`) on this machine
 * (127.0.0.1:8080 unless told otherwise). Logs go to stdout as JSON lines;
 * where it listens goes to stderr. Runs until stopped.
 */
export async function serveCommand(
  io: CliIo,
  lang: Lang,
  args: ServeArgs,
  stop = stopSignal(),
): Promise<number> {
  const port = parsePort(args.port);
  const tokens = args.tokens === undefined ? undefined : await tokenFile(resolve(io.cwd, args.tokens));
  const corsOrigins = args.cors
    ?.split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  const host = args.host ?? "127.0.0.1";
  if (!tokens && !["127.0.0.1", "::1", "localhost"].includes(host)) {
    throw new UsageError({
      zh: `没有令牌文件时只能监听本机；要监听 ${host}，请用 --tokens 指定令牌文件`,
      en: `without a token file the server listens on this machine only; give --tokens to listen on ${host}`,
    });
  }
  const database = await openServedDatabase(io, lang, args);
  const server = await startServer({
    port,
    host,
    database,
    ...(tokens && { tokens }),
    ...(corsOrigins?.length && { corsOrigins }),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EADDRINUSE" && error.code !== "EACCES" && error.code !== "EADDRNOTAVAIL") throw error;
    throw new CliError(
      {
        zh: `无法在 ${host}:${port} 上监听（${error.code}）`,
        en: `cannot listen on ${host}:${port} (${error.code})`,
      },
      EXIT.usage,
    );
  });
  io.stderr(
    lang === "zh"
      ? `双报到 API 已启动：${server.url}（参考文档 ${server.url}/reference）${tokens ? "" : "；未配置令牌，仅本机可访问"}\n`
      : `shuangbaodao API listening on ${server.url} (reference ${server.url}/reference)${tokens ? "" : "; no token file, this machine only"}\n`,
  );
  await stop;
  await server.close();
  await database.close();
  return EXIT.done;
}
