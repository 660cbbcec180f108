import type { z } from "zod";
import type { IssueText } from "./inputIssue";

/** A problem a cross-record check finds, at its path inside the checked value, with its code and Chinese text. */
export interface PathIssue extends IssueText {
  path: (string | number)[];
}

/** Reports cross-record issues from a zod `.superRefine`, carrying code and Chinese text as params for `validate`. */
export function addPathIssues(issues: readonly PathIssue[], ctx: z.RefinementCtx): void {
  for (const { path, message, code, zh } of issues) {
    ctx.addIssue({ code: "custom", path, message, params: { code, zh } });
  }
}
