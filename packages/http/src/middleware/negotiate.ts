import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../appEnv";
import { ApiProblem } from "../problems/apiProblem";

/** Whether an `Accept` header allows a media type (`type/subtype`, `type/*`, `*\/*`, q > 0). */
export function accepts(accept: string | undefined, mediaType: string): boolean {
  if (accept === undefined || accept.trim() === "") return true;
  const [type] = mediaType.split("/");
  return accept.split(",").some((part) => {
    const [range = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) return false;
    return range === "*/*" || range === `${type}/*` || range === mediaType;
  });
}

const JSON_TYPES = ["application/json", "application/problem+json"];

/**
 * 406 when the caller's `Accept` allows none of the types a route answers in:
 * JSON (and problem+json for refusals), or NDJSON for a streamed request.
 */
export function negotiate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const accept = c.req.header("Accept");
    const streamed = (c.req.header("Content-Type") ?? "").toLowerCase().startsWith("application/x-ndjson");
    const offered = streamed ? ["application/x-ndjson", ...JSON_TYPES] : JSON_TYPES;
    if (!offered.some((type) => accepts(accept, type))) {
      throw new ApiProblem("not-acceptable", {
        zh: `无法以 Accept 所列的格式回答；可用：${offered.join(", ")}。`,
        en: `Cannot answer in a format Accept lists; available: ${offered.join(", ")}.`,
      });
    }
    return next();
  };
}
