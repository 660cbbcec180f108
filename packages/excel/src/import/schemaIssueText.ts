import type { CellProblem } from "../cells/convertCell";
import type { Bilingual } from "../spec/bilingual";
import type { SchemaIssue } from "../spec/columnSpec";

/** What is wrong with a cell that could not be read as its column's type. */
export function cellProblemText(problem: CellProblem): Bilingual {
  switch (problem) {
    case "bad-date":
      return { zh: "不是有效日期", en: "not a valid date" };
    case "bad-integer":
      return { zh: "不是整数", en: "not a whole number" };
    case "bad-boolean":
      return { zh: "不是“是/否”", en: "not a yes/no value" };
    case "unknown-option":
      return { zh: "不是可选值", en: "not one of the allowed values" };
    case "bad-list-item":
      return { zh: "列表中有不是整数的项", en: "an item of the list is not a whole number" };
    case "error-cell":
      return {
        zh: "单元格是错误值或未计算的公式",
        en: "the cell holds an error value or a formula with no calculated result",
      };
  }
}

/** Whether a schema issue says a required value is missing. */
export function isMissingValue(issue: SchemaIssue): boolean {
  return issue.code === "invalid_type" && issue.input === undefined;
}

/** A zod issue in words, in both languages. */
export function schemaIssueText(issue: SchemaIssue): Bilingual {
  if (isMissingValue(issue)) return { zh: "必填项为空", en: "a required value is missing" };
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string" && issue.minimum === 1)
        return { zh: "不能为空", en: "must not be empty" };
      return { zh: `不能小于 ${String(issue.minimum)}`, en: `must be at least ${String(issue.minimum)}` };
    case "too_big":
      return issue.origin === "string"
        ? {
            zh: `不能超过 ${String(issue.maximum)} 个字符`,
            en: `must be at most ${String(issue.maximum)} characters`,
          }
        : { zh: `不能大于 ${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` };
    case "invalid_type":
      return { zh: "类型不符", en: `wrong type (${issue.message})` };
    default:
      // Custom rules of the core model (post 15 needs a description, …) carry English messages.
      return { zh: `不符合要求（${issue.message}）`, en: issue.message };
  }
}
