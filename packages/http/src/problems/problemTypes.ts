import type { Lang } from "../language";

/** One kind of problem an answer can report (RFC 9457 `type`), with its status and title in both languages. */
export interface ProblemType {
  status: number;
  title: Record<Lang, string>;
  /** What the caller can do about it, for the type's own page. */
  help: Record<Lang, string>;
}

/**
 * Every problem the API answers with. The `type` URI of a problem is
 * `/problems/{code}`, served by the API itself, so a caller can read what it
 * means and what to do.
 */
export const PROBLEM_TYPES = {
  "malformed-json": {
    status: 400,
    title: { zh: "请求体不是有效的 JSON", en: "The request body is not valid JSON" },
    help: {
      zh: "检查 JSON 语法（引号、逗号、括号）。",
      en: "Check the JSON syntax (quotes, commas, brackets).",
    },
  },
  "bad-request": {
    status: 400,
    title: { zh: "请求有误", en: "Bad request" },
    help: {
      zh: "按 /openapi.json 中的说明改正请求。",
      en: "Correct the request as /openapi.json describes it.",
    },
  },
  unauthorized: {
    status: 401,
    title: { zh: "需要有效的访问令牌", en: "A valid access token is required" },
    help: {
      zh: "在 Authorization 头中发送 `Bearer <令牌>`；令牌由服务管理员发放。",
      en: "Send `Authorization: Bearer <token>`; the server's administrator issues tokens.",
    },
  },
  forbidden: {
    status: 403,
    title: { zh: "令牌无权进行此操作", en: "The token may not do this" },
    help: {
      zh: "令牌的权限（read、assess、sample、import）或单位范围不包括所请求的内容。",
      en: "The token's rights (read, assess, sample, import) or its units do not cover what was asked.",
    },
  },
  "not-found": {
    status: 404,
    title: { zh: "未找到", en: "Not found" },
    help: {
      zh: "路径或编号不存在；路径见 /openapi.json。",
      en: "No such path or ID; the paths are in /openapi.json.",
    },
  },
  "method-not-allowed": {
    status: 405,
    title: { zh: "不支持此请求方法", en: "Method not allowed" },
    help: {
      zh: "Allow 头列出此路径支持的方法。",
      en: "The Allow header lists the methods this path supports.",
    },
  },
  "not-acceptable": {
    status: 406,
    title: { zh: "无法按 Accept 要求的格式回答", en: "Cannot answer in a format Accept allows" },
    help: {
      zh: "接受 application/json（流式请求为 application/x-ndjson）。",
      en: "Accept application/json (application/x-ndjson for streamed requests).",
    },
  },
  "payload-too-large": {
    status: 413,
    title: { zh: "请求体过大", en: "Request body too large" },
    help: {
      zh: "JSON 请求体有大小上限；大批量请用 application/x-ndjson 逐行发送。",
      en: "JSON bodies have a size limit; send large batches as application/x-ndjson, one record a line.",
    },
  },
  "unsupported-media-type": {
    status: 415,
    title: { zh: "不支持此内容类型", en: "Unsupported content type" },
    help: {
      zh: "发送 Content-Type: application/json（或此路径支持的 application/x-ndjson）。",
      en: "Send Content-Type: application/json (or application/x-ndjson where the path takes it).",
    },
  },
  "invalid-input": {
    status: 422,
    title: { zh: "输入有错误", en: "The input has errors" },
    help: {
      zh: "errors 列出每处错误的字段路径和原因；改正后重发。",
      en: "`errors` lists each fault with its field path and reason; correct them and send again.",
    },
  },
  "unknown-edition": {
    status: 422,
    title: { zh: "未知的版本（edition）", en: "Unknown edition" },
    help: {
      zh: "请求必须指明所依据的版本；可用版本见 GET /v1/editions。",
      en: "A request must name the edition it runs under; GET /v1/editions lists them.",
    },
  },
  "too-many-requests": {
    status: 429,
    title: { zh: "请求过于频繁", en: "Too many requests" },
    help: {
      zh: "按 Retry-After 头所示的秒数后重试。",
      en: "Retry after the number of seconds the Retry-After header gives.",
    },
  },
  internal: {
    status: 500,
    title: { zh: "服务器内部错误", en: "Internal server error" },
    help: {
      zh: "请把 instance（请求编号）告知服务管理员，以便在日志中查找。",
      en: "Give the server's administrator the instance (request ID) to find it in the logs.",
    },
  },
  timeout: {
    status: 503,
    title: { zh: "请求超时", en: "The request timed out" },
    help: {
      zh: "请求未在时限内完成；大批量请用 application/x-ndjson。",
      en: "The request did not finish in time; send large batches as application/x-ndjson.",
    },
  },
  overloaded: {
    status: 503,
    title: { zh: "服务繁忙", en: "The server is busy" },
    help: {
      zh: "正在处理的请求已满、排队已满或排队超时：按 Retry-After 头所说的秒数后重试。",
      en: "Every slot and the queue are taken, or the wait for a slot ran out: retry after the seconds Retry-After says.",
    },
  },
  "not-ready": {
    status: 503,
    title: { zh: "服务尚未就绪", en: "The service is not ready" },
    help: { zh: "稍后重试；detail 说明缺少什么。", en: "Retry later; `detail` says what is missing." },
  },
} as const satisfies Record<string, ProblemType>;

export type ProblemCode = keyof typeof PROBLEM_TYPES;

/** The `type` URI of a problem: a page of this API. */
export function problemTypeUri(code: ProblemCode): string {
  return `/problems/${code}`;
}
