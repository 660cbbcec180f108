import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../appEnv";
import { ApiProblem } from "../problems/apiProblem";

export interface RateLimitOptions {
  /** Requests a token may make per second, sustained. */
  perSecond: number;
  /** Requests a token may make at once after being idle. */
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per caller (by token ID): `burst` requests at once, refilled
 * at `perSecond`. An empty bucket answers 429 with `Retry-After` in whole
 * seconds. `now` is in seconds, injected so tests need no clock.
 */
export function rateLimit(options: RateLimitOptions, now: () => number): MiddlewareHandler<AppEnv> {
  const buckets = new Map<string, Bucket>();
  return async (c, next) => {
    const key = c.get("principal").tokenId;
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: options.burst, at: t };
    bucket.tokens = Math.min(options.burst, bucket.tokens + (t - bucket.at) * options.perSecond);
    bucket.at = t;
    buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond));
      throw new ApiProblem(
        "too-many-requests",
        {
          zh: `此令牌的请求超过每秒 ${options.perSecond} 次的上限，请 ${retryAfter} 秒后重试。`,
          en: `This token exceeds ${options.perSecond} requests a second; retry in ${retryAfter} s.`,
        },
        { headers: { "Retry-After": String(retryAfter) } },
      );
    }
    bucket.tokens -= 1;
    return next();
  };
}
