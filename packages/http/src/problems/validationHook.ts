import type { RouteConfig } from "@hono/zod-openapi";
import { InputError, validate } from "@shuangbaodao/core";
import type { z } from "zod";
import type { Bilingual } from "./apiProblem";
import { inputProblem, REQUEST_BODY } from "./inputProblem";

const PLACES: Record<string, Bilingual> = {
  json: REQUEST_BODY,
  query: { zh: "查询参数", en: "query" },
  param: { zh: "路径参数", en: "path parameters" },
  header: { zh: "请求头", en: "headers" },
};

/** The schema a route declares for one part of the request. */
function schemaOf(route: RouteConfig, target: string): z.ZodType | undefined {
  const request = route.request;
  if (target === "json") {
    const media = request?.body?.content["application/json"] as { schema?: z.ZodType } | undefined;
    return media?.schema;
  }
  if (target === "query") return request?.query as z.ZodType | undefined;
  if (target === "param") return request?.params as z.ZodType | undefined;
  return undefined;
}

/**
 * A route's validation hook: a request part that fails the core's schema is
 * handed to the core's own `validate`, so the 422 problem lists the core's
 * located issues in its own words (English and Chinese, with codes and "did
 * you mean" for unknown keys), never words of this adapter.
 */
export function coreChecks(route: RouteConfig) {
  return (result: { success: boolean; data?: unknown; target: string }): undefined => {
    if (result.success) return undefined;
    const place = PLACES[result.target] ?? REQUEST_BODY;
    const schema = schemaOf(route, result.target);
    try {
      if (schema) validate(schema, result.data, place.en);
    } catch (error) {
      if (error instanceof InputError) throw inputProblem(error, place);
      throw error;
    }
    // The core accepted what the route's parse refused: should not happen; refuse without rewording.
    throw inputProblem(new InputError(place.en, []), place);
  };
}
