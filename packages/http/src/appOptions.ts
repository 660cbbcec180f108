import type { Database } from "@shuangbaodao/postgres";
import type { Logger } from "pino";
import type { TokenFile } from "./auth/tokenFile";
import type { RateLimitOptions } from "./middleware/rateLimit";
import type { NewDecisionId } from "./routes/decisionId";
import type { ReadinessCheck } from "./routes/healthRoutes";

/** How an app is set up; every field has a safe default. */
export interface HttpAppOptions {
  /** The token file's content. Without it there is no authentication: for a server on the loopback only. */
  tokens?: TokenFile;
  /** Where the structured logs go (pino). Default: JSON lines on stdout. */
  logger?: Logger;
  limits?: {
    /** Bytes a JSON body may have (default 4 MiB). */
    jsonBytes?: number;
    /** Bytes an NDJSON stream may have in all (default 1 GiB), and each of its lines (default 1 MiB). */
    ndjsonBytes?: number;
    ndjsonLineBytes?: number;
    /** Milliseconds a request may take until its answer starts (default 30 s). */
    timeoutMs?: number;
  };
  /** Requests per token: sustained per second and burst (default 50/s, burst 100); `false` for none. */
  rateLimit?: RateLimitOptions | false;
  /** Origins allowed to call from a browser; CORS is off without it. */
  corsOrigins?: readonly string[];
  /** The database (`openDatabase` of `@shuangbaodao/postgres`): adds imports, runs, decisions and replay. */
  database?: Database;
  /** Further readiness checks; editions (and the database, when given) are always checked. */
  readiness?: () => Promise<readonly ReadinessCheck[]>;
  /** Seconds on a monotonic clock (default `performance.now() / 1000`); injected by tests. */
  now?: () => number;
  /** Decision IDs (default random UUIDs). */
  newDecisionId?: NewDecisionId;
}

export const DEFAULT_LIMITS = {
  jsonBytes: 4 * 1024 * 1024,
  ndjsonBytes: 1024 * 1024 * 1024,
  ndjsonLineBytes: 1024 * 1024,
  timeoutMs: 30_000,
} as const;

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 50, burst: 100 };
