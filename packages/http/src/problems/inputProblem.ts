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

/** A 422 problem listing every issue the core's checks found. */
export function inputProblem(error: InputError, place: Bilingual = REQUEST_BODY): ApiProblem {
  const count = error.issues.length;
  return new ApiProblem(
    "invalid-input",
    {
      zh: `${place.zh}有 ${count} 处错误。`,
      en: `The ${place.en} has ${count} error${count === 1 ? "" : "s"}.`,
    },
    { errors: error.issues.map(bilingualIssue) },
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
