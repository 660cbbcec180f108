import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { AppEnv } from "../appEnv";

/**
 * One structured line per request: request ID, method, route pattern (not the
 * path's values or query), status, duration and the token's ID. Never the
 * token, and nothing of the body: names, addresses and records stay out.
 */
export function accessLog(now: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = now();
    try {
      await next();
    } finally {
      c.get("logger").info(
        {
          requestId: c.get("requestId"),
          method: c.req.method,
          route: routePath(c, -1),
          status: c.res.status,
          durationMs: Math.round((now() - started) * 1000) / 1000,
          tokenId: c.get("principal")?.tokenId ?? null,
        },
        "request",
      );
    }
  };
}
