import { InputError, SamplingInputError } from "@shuangbaodao/core";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../appEnv";
import { ApiProblem } from "./apiProblem";
import { inputProblem, samplingProblem } from "./inputProblem";
import { problemResponse } from "./problemResponse";

/** Hono's own refusals (body parsing, media type, body limit, timeout) as problems of ours. */
function fromHttpException(error: HTTPException): ApiProblem {
  switch (error.status) {
    case 400:
      return new ApiProblem("malformed-json", {
        zh: "请求体无法按 JSON 解析。",
        en: "The request body could not be parsed as JSON.",
      });
    case 413:
      return new ApiProblem("payload-too-large", {
        zh: "请求体超过了此路径的大小上限。",
        en: "The request body exceeds this path's size limit.",
      });
    case 415:
      return new ApiProblem("unsupported-media-type", {
        zh: "此路径不接受该 Content-Type。",
        en: "This path does not take that Content-Type.",
      });
    case 504:
      return new ApiProblem("timeout", {
        zh: "请求未在时限内完成。",
        en: "The request did not finish within the time limit.",
      });
    default:
      return new ApiProblem("bad-request", { zh: "请求有误。", en: "The request is not valid." });
  }
}

/** The first line of a stack is the message, which may quote input: keep only the frames. */
export function framesOnly(error: Error): string | undefined {
  return error.stack?.split("\n").slice(1).join("\n");
}

/**
 * Every error of a request becomes a problem document. Expected refusals keep
 * their status; anything else is a 500 whose answer says only the request ID,
 * while the log gets the error's name and frames (not its message, which may
 * quote records).
 */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof ApiProblem) return problemResponse(c, error);
  if (error instanceof InputError) return problemResponse(c, inputProblem(error));
  if (error instanceof SamplingInputError) return problemResponse(c, samplingProblem(error, ""));
  if (error instanceof HTTPException) return problemResponse(c, fromHttpException(error));
  c.get("logger")?.error({ err: { type: error.name, frames: framesOnly(error) } }, "unexpected error");
  return problemResponse(
    c,
    new ApiProblem("internal", {
      zh: "处理请求时出现意外错误，已记入日志。",
      en: "An unexpected error occurred while handling the request; it has been logged.",
    }),
  );
}
