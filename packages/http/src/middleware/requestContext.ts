import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { Logger } from "pino";
import type { AppEnv } from "../appEnv";
import { pickLanguage } from "../language";
import { LIBRARY_VERSION } from "../libraryVersion";

/** A caller's request ID is taken when it is short and plain; anything else is replaced, not echoed. */
const CALLER_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const HEADER = {
  requestId: "X-Request-Id",
  library: "X-Shuangbaodao-Version",
  editionId: "X-Shuangbaodao-Edition",
  editionVersion: "X-Shuangbaodao-Edition-Version",
} as const;

/**
 * Sets what every answer carries: the request ID (`X-Request-Id`, taken from
 * the caller or made), the language by `Accept-Language`, the library version
 * and, once a route has named it, the edition ID and version.
 */
export function requestContext(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const callerId = c.req.header(HEADER.requestId);
    const requestId = callerId && CALLER_REQUEST_ID.test(callerId) ? callerId : randomUUID();
    c.set("requestId", requestId);
    c.set("lang", pickLanguage(c.req.header("Accept-Language")));
    c.set("edition", undefined);
    c.set("logger", logger);
    await next();
    c.res.headers.set(HEADER.requestId, requestId);
    c.res.headers.set(HEADER.library, LIBRARY_VERSION);
    const edition = c.get("edition");
    if (edition) {
      c.res.headers.set(HEADER.editionId, edition.id);
      c.res.headers.set(HEADER.editionVersion, edition.version);
    }
    c.res.headers.append("Vary", "Accept-Language");
  };
}
