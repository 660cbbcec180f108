import { pino } from "pino";
import { createApp, type HttpAppOptions } from "../../src/index";

/** An app whose logs are captured as parsed JSON lines, with a clock that only tests move. */
export function testApp(options: HttpAppOptions = {}) {
  const logLines: Record<string, unknown>[] = [];
  const rawLog: string[] = [];
  const logger = pino(
    { level: "info" },
    {
      write(line: string) {
        rawLog.push(line);
        logLines.push(JSON.parse(line));
      },
    },
  );
  const clock = { seconds: 0 };
  let decisions = 0;
  const app = createApp({
    logger,
    now: () => clock.seconds,
    newDecisionId: () => `d-${++decisions}`,
    ...options,
  });
  return { app, logLines, rawLog, clock };
}

/** A JSON POST request's init. */
export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}

/** A JSON answer's body, read loosely: the tests check its fields one by one. */
// biome-ignore lint/suspicious/noExplicitAny: a test reads whatever fields it checks
export async function bodyOf(res: Response): Promise<any> {
  return res.json();
}
