import type { z } from "@hono/zod-openapi";
import { ProblemDocument } from "../problems/problemDocument";
import { PROBLEM_CONTENT_TYPE } from "../problems/problemResponse";

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: "Malformed JSON",
  401: "No valid bearer token",
  403: "The token lacks the right, or touches a unit outside its scope",
  404: "Not found",
  406: "Accept allows no format the route answers in",
  413: "Body too large",
  415: "Content-Type not taken",
  422: "The input has errors (each with its path), or the edition is unknown",
  429: "Rate limit; see Retry-After",
  500: "Unexpected error (no details)",
  503: "Busy (see Retry-After), timed out, or not ready",
};

/** The problem answers a route may give, as OpenAPI responses (all `application/problem+json`). */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    [...new Set([...statuses, 401, 406, 429, 500, 503])].map((status) => [
      status,
      {
        description: PROBLEM_DESCRIPTIONS[status] ?? "Problem",
        content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemDocument } },
      },
    ]),
  );
}

/** A 200 JSON answer with its schema. */
export function jsonAnswer<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { "application/json": { schema } } };
}
