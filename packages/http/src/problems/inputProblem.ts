import { type InputError, type InputIssue, SamplingInputError } from "@shuangbaodao/core";
import { ApiProblem, type Bilingual, type BilingualError } from "./apiProblem";

export const REQUEST_BODY: Bilingual = { zh: "请求体", en: "request body" };

/** An issue as the core words it: English always, Chinese and a code where the core gives them. */
type CoreIssue = InputIssue & { zh?: string; code?: string };

/** The core's located issue, as the core words it, in both languages (never reworded here). */
export function bilingualIssue(issue: CoreIssue): BilingualError {
  return {
    path: issue.path,
    message: { en: issue.message, zh: issue.zh ?? issue.message },
    ...(issue.code && { code: issue.code }),
  };
}

/**
 * A 422 problem listing the issues the core's checks found: every one, or,
 * past the first thousand, those and the rest counted by code and place
 * (`errorCount`, `omitted`), so that a file wrong in every row is answered in
 * a body of kilobytes, not hundreds of megabytes.
 */
export function inputProblem(error: InputError, place: Bilingual = REQUEST_BODY): ApiProblem {
  const count = error.issueCount;
  const listed = error.issues.length;
  const rest =
    listed < count
      ? {
          zh: `以下列出前 ${listed} 处，其余按类型和位置计数（omitted）。`,
          en: ` The first ${listed} are listed; the rest are counted by code and place (omitted).`,
        }
      : { zh: "", en: "" };
  return new ApiProblem(
    "invalid-input",
    {
      zh: `${place.zh}有 ${count} 处错误。${rest.zh}`,
      en: `The ${place.en} has ${count} error${count === 1 ? "" : "s"}.${rest.en}`,
    },
    {
      errors: error.issues.map(bilingualIssue),
      ...(listed < count && { omitted: { errorCount: count, groups: error.omitted } }),
    },
  );
}

/** A 422 problem for input the sampling functions refuse (their own coded error). */
export function samplingProblem(error: SamplingInputError, path: string): ApiProblem {
  return new ApiProblem(
    "invalid-input",
    { zh: "抽样输入有错误。", en: "The sampling input has an error." },
    { errors: [{ path, message: { en: error.message, zh: error.message }, code: error.code }] },
  );
}

export { SamplingInputError };
