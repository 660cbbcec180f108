import { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { methodNotAllowed } from "hono/method-not-allowed";
import { timeout } from "hono/timeout";
import { pino } from "pino";
import type { AppEnv } from "./appEnv";
import { DEFAULT_ADMISSION, DEFAULT_LIMITS, DEFAULT_RATE_LIMIT, type HttpAppOptions } from "./appOptions";
import { principalsByHash } from "./auth/tokenFile";
import { databaseReadiness } from "./database/databaseReadiness";
import { registerDatabaseRoutes } from "./database/databaseRoutes";
import { mediaType, NDJSON, XLSX } from "./database/importUpload";
import { accessLog } from "./middleware/accessLog";
import { admission } from "./middleware/admission";
import { authenticate } from "./middleware/authenticate";
import { negotiate } from "./middleware/negotiate";
import { rateLimit } from "./middleware/rateLimit";
import { requestContext } from "./middleware/requestContext";
import { ApiProblem } from "./problems/apiProblem";
import { handleError } from "./problems/handleError";
import { problemResponse } from "./problems/problemResponse";
import { registerDatasetAssessmentRoutes } from "./routes/datasetAssessmentRoutes";
import { questionDecisionId } from "./routes/decisionId";
import { registerEditionRoutes } from "./routes/editionRoutes";
import { registerHealthRoutes } from "./routes/healthRoutes";
import { registerMemberAssessmentRoutes } from "./routes/memberAssessmentRoutes";
import { registerOpenApiDocument } from "./routes/openApiDocument";
import { registerProblemPages } from "./routes/problemPages";
import { registerReferencePage } from "./routes/referencePage";
import { registerRuleRoutes } from "./routes/ruleRoutes";
import { registerSampleRoutes } from "./routes/sampleRoutes";
import { registerUnitAssessmentRoutes } from "./routes/unitAssessmentRoutes";

/**
 * Routes that write to the database answer only when the write is done, and a
 * timeout would not stop it: a caller told "timed out" while its import or run
 * commits would retry it. They are bounded by the upload cap and the server's
 * whole-request limit instead.
 */
const WRITES = new Set(["/v1/imports", "/v1/runs"]);

/** The time until an answer starts, for every route but those that write to the database. */
function answerTimeout(ms: number): MiddlewareHandler<AppEnv> {
  const limit = timeout(ms);
  return async (c, next) => (WRITES.has(c.req.path) ? next() : limit(c, next));
}

/** Streamed bodies (NDJSON, workbook uploads), capped where they are read. */
const STREAMED = new Set([NDJSON, XLSX]);

/** JSON bodies are read whole, so they are capped here; streamed bodies are capped by their readers. */
function jsonBodyLimit(maxSize: number): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({ maxSize });
  return async (c, next) => {
    if (STREAMED.has(mediaType(c.req.header("Content-Type")))) return next();
    return limit(c, next);
  };
}

/**
 * The API as a Hono app, in the manner of tRPC's fetch adapter: each route is
 * a thin translation of one request into one core function and of its result
 * into an answer. Request validation and the OpenAPI document both come from
 * the core's zod schemas; every refusal is an RFC 9457 problem document.
 * Serve it with `startServer`, or call `app.request()` in tests.
 */
export function createApp(options: HttpAppOptions = {}): OpenAPIHono<AppEnv> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const logger = options.logger ?? pino();
  const now = options.now ?? (() => performance.now() / 1000);
  const newDecisionId = options.newDecisionId ?? questionDecisionId;
  const ndjsonLimits = { maxBytes: limits.ndjsonBytes, maxLineBytes: limits.ndjsonLineBytes };
  // Each route with request parts passes its own hook (`coreChecks`); this one only keeps a
  // forgotten hook from answering zod's raw error.
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw new ApiProblem("bad-request", { zh: "请求有误。", en: "The request is not valid." });
    },
  });

  app.onError(handleError);
  app.notFound((c) =>
    problemResponse(
      c,
      new ApiProblem("not-found", {
        zh: "没有这个路径；路径见 /openapi.json。",
        en: "No such path; the paths are in /openapi.json.",
      }),
    ),
  );
  app.use("*", requestContext(logger));
  app.use("*", accessLog(now));
  if (options.corsOrigins?.length) {
    app.use("*", cors({ origin: [...options.corsOrigins], exposeHeaders: ["X-Request-Id", "Retry-After"] }));
  }
  app.use(
    "*",
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problemResponse(
          c,
          new ApiProblem(
            "method-not-allowed",
            { zh: `此路径支持：${methods.join(", ")}。`, en: `This path supports: ${methods.join(", ")}.` },
            { headers: { Allow: methods.join(", ") } },
          ),
        ),
    }),
  );
  app.use(
    "/v1/*",
    authenticate(options.tokens ? principalsByHash(options.tokens) : undefined),
    ...(options.rateLimit === false ? [] : [rateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT, now)]),
    negotiate(),
    ...(options.admission === false ? [] : [admission({ ...DEFAULT_ADMISSION, ...options.admission })]),
    answerTimeout(limits.timeoutMs),
    jsonBodyLimit(limits.jsonBytes),
  );

  const { database, readiness } = options;
  registerHealthRoutes(app, async () => [
    ...(database ? await databaseReadiness(database) : []),
    ...(readiness ? await readiness() : []),
  ]);
  registerEditionRoutes(app);
  registerRuleRoutes(app);
  registerMemberAssessmentRoutes(app, {
    newDecisionId,
    ndjson: ndjsonLimits,
  });
  registerUnitAssessmentRoutes(app, { newDecisionId });
  registerDatasetAssessmentRoutes(app, { newDecisionId });
  registerSampleRoutes(app);
  if (database) registerDatabaseRoutes(app, { database, maxUploadBytes: limits.importBytes });
  registerOpenApiDocument(app);
  registerReferencePage(app);
  registerProblemPages(app);
  return app;
}
