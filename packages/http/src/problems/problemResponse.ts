import type { Context } from "hono";
import type { AppEnv } from "../appEnv";
import { LIBRARY_VERSION } from "../libraryVersion";
import { type ApiProblem, errorsIn } from "./apiProblem";
import type { ProblemDocument } from "./problemDocument";
import { PROBLEM_TYPES, problemTypeUri } from "./problemTypes";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
export const LIBRARY_NAME = "@shuangbaodao/http";

/** The problem document of an `ApiProblem`, in the request's language. */
export function problemDocument(c: Context<AppEnv>, problem: ApiProblem): ProblemDocument {
  const lang = c.get("lang") ?? "zh";
  const type = PROBLEM_TYPES[problem.code];
  const edition = c.get("edition");
  return {
    type: problemTypeUri(problem.code),
    title: type.title[lang],
    status: type.status,
    detail: problem.detail[lang],
    instance: c.get("requestId") ?? "",
    lang,
    library: { name: LIBRARY_NAME, version: LIBRARY_VERSION },
    ...(edition && { edition }),
    ...(problem.errors && { errors: errorsIn(problem.errors, lang) }),
    ...(problem.omitted && {
      errorCount: problem.omitted.errorCount,
      omitted: [...problem.omitted.groups],
    }),
  };
}

/** The answer for an `ApiProblem`: `application/problem+json`, with its status and headers. */
export function problemResponse(c: Context<AppEnv>, problem: ApiProblem): Response {
  const body = problemDocument(c, problem);
  const headers = new Headers(c.res.headers);
  headers.set("Content-Type", PROBLEM_CONTENT_TYPE);
  headers.set("Content-Language", body.lang === "zh" ? "zh-CN" : "en");
  for (const [name, value] of Object.entries(problem.headers)) headers.set(name, value);
  return new Response(JSON.stringify(body), { status: body.status, headers });
}
