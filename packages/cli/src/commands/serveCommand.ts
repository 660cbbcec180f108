import { resolve } from "node:path";
import { readTokenFile, startServer } from "@shuangbaodao/http";
import type { CliIo } from "../cliIo";
import type { Lang } from "../lang";
import { EXIT, UsageError } from "../usageError";

export interface ServeArgs {
  host: string | undefined;
  port: string | undefined;
  tokens: string | undefined;
  cors: string | undefined;
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
  const tokens = args.tokens === undefined ? undefined : await readTokenFile(resolve(io.cwd, args.tokens));
  const corsOrigins = args.cors
    ?.split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  const server = await startServer({
    port,
    ...(args.host !== undefined && { host: args.host }),
    ...(tokens && { tokens }),
    ...(corsOrigins?.length && { corsOrigins }),
  });
  io.stderr(
    lang === "zh"
      ? `双报到 API 已启动：${server.url}（参考文档 ${server.url}/reference）${tokens ? "" : "；未配置令牌，仅本机可访问"}\n`
      : `shuangbaodao API listening on ${server.url} (reference ${server.url}/reference)${tokens ? "" : "; no token file, this machine only"}\n`,
  );
  await stop;
  await server.close();
  return EXIT.done;
}
