import type { Database } from "@shuangbaodao/postgres";
import type { Logger } from "pino";
import type { TokenFile } from "./auth/tokenFile";
import type { AdmissionOptions } from "./middleware/admission";
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
    /** Bytes an import upload (NDJSON or workbook) may have (default 256 MiB): an import is checked whole in memory. */
    importBytes?: number;
    /** Milliseconds a request may take until its answer starts (default 30 s). */
    timeoutMs?: number;
  };
  /**
   * Admission control for `/v1`: requests handled at once (default 8), how many may wait behind them
   * (default 256) and for how long (default 10 s); past either, 503 with `Retry-After`. `false` for none.
   */
  admission?: Partial<AdmissionOptions> | false;
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
  /** Decision IDs of answered (not stored) assessments (default: the SHA-256 of the question, `questionDecisionId`). */
  newDecisionId?: NewDecisionId;
}

export const DEFAULT_LIMITS = {
  jsonBytes: 4 * 1024 * 1024,
  ndjsonBytes: 1024 * 1024 * 1024,
  ndjsonLineBytes: 1024 * 1024,
  importBytes: 256 * 1024 * 1024,
  timeoutMs: 30_000,
} as const;

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 50, burst: 100 };

export const DEFAULT_ADMISSION: AdmissionOptions = { concurrency: 8, queue: 256, maxWaitMs: 10_000 };
