import { formatPath, InputError } from "@shuangbaodao/core";
import type { z } from "zod";
import type { Bilingual } from "./apiProblem";
import { inputProblem, REQUEST_BODY } from "./inputProblem";

const PLACES: Record<string, Bilingual> = {
  json: REQUEST_BODY,
  query: { zh: "查询参数", en: "query" },
  param: { zh: "路径参数", en: "path parameters" },
  header: { zh: "请求头", en: "headers" },
};

/** The core's reading of a failed parse of one of its schemas: an `InputError` naming every field. */
export function inputErrorOf(error: z.ZodError, source: string): InputError {
  return new InputError(
    source,
    error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}

/**
 * The routes' validation hook: a request part that fails the core's schema is
 * refused with 422 and the core's own words for each field, located in the
 * body, query or path.
 */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target: string },
): undefined {
  if (result.success) return undefined;
  const place = PLACES[result.target] ?? REQUEST_BODY;
  throw inputProblem(inputErrorOf(result.error, place.en), place);
}
