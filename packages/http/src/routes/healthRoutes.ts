import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { EDITIONS } from "@shuangbaodao/core";
import type { AppEnv } from "../appEnv";
import { ApiProblem } from "../problems/apiProblem";
import { AnswerMeta, answerMeta } from "./answerMeta";
import { jsonAnswer, problemResponses } from "./openApiResponses";

/** One thing the server needs before it can answer (editions, database…). */
export interface ReadinessCheck {
  name: string;
  ok: boolean;
  /** Why not, in both languages, when not ok. */
  detail?: { zh: string; en: string };
}

const Check = z.object({ name: z.string(), ok: z.boolean() });

const healthz = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["health"],
  summary: "Alive",
  responses: { 200: jsonAnswer(AnswerMeta.extend({ status: z.literal("ok") }), "The process answers") },
});

const readyz = createRoute({
  method: "get",
  path: "/readyz",
  tags: ["health"],
  summary: "Ready: editions loaded (and, with a database, reachable and migrated)",
  responses: {
    200: jsonAnswer(AnswerMeta.extend({ status: z.literal("ready"), checks: z.array(Check) }), "Ready"),
    ...problemResponses(503),
  },
});

/** The editions check: every shipped edition loaded. */
function editionsCheck(): ReadinessCheck {
  return EDITIONS.size > 0
    ? { name: "editions", ok: true }
    : { name: "editions", ok: false, detail: { zh: "未加载任何版本。", en: "No edition is loaded." } };
}

export function registerHealthRoutes(
  app: OpenAPIHono<AppEnv>,
  moreChecks: () => Promise<readonly ReadinessCheck[]>,
): void {
  app.openapi(healthz, (c) => c.json({ ...answerMeta(c), status: "ok" as const }, 200));
  app.openapi(readyz, async (c) => {
    const checks = [editionsCheck(), ...(await moreChecks())];
    const failed = checks.filter((check) => !check.ok);
    if (failed.length > 0) {
      throw new ApiProblem("not-ready", {
        zh: failed.map((f) => f.detail?.zh ?? f.name).join(" "),
        en: failed.map((f) => f.detail?.en ?? f.name).join(" "),
      });
    }
    return c.json(
      { ...answerMeta(c), status: "ready" as const, checks: checks.map(({ name, ok }) => ({ name, ok })) },
      200,
    );
  });
}
