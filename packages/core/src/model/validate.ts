import type { z } from "zod";
import { compiledSchema } from "./compiledSchema";
import type { InputIssue } from "./inputIssue";
import { ISSUES_KEPT, IssueList, type OmittedIssues, omittedCount } from "./issueList";
import { withoutKeys } from "./withoutKeys";
import { inputIssuesFromZod } from "./zodIssues";

export { formatPath } from "./formatPath";
export type { InputIssue, InputIssueCode } from "./inputIssue";
export { INPUT_ISSUE_CODES } from "./inputIssue";
export { ISSUES_KEPT, IssueList, type OmittedIssues, omittedCount };

/** The most issues an error's message lists. */
const MESSAGE_ISSUES = 100;

/** How many of its issues an `InputError` keeps whole, and the counts of others already left out. */
export interface IssuesKept {
  /** Issues a list already counted and did not keep (`IssueList.omitted()`). */
  omitted?: readonly OmittedIssues[];
  /** The most issues kept whole: {@link ISSUES_KEPT}, or `Infinity` for a caller that needs every one. */
  keep?: number;
}

/**
 * Thrown when input does not match its schema. `issues` names each problem
 * with its field path, up to {@link ISSUES_KEPT} of them (unless the thrower
 * keeps more); past those, `omitted` counts the rest by code, kind, field and
 * sheet, and `issueCount` is the number of all.
 */
export class InputError extends Error {
  readonly source: string;
  readonly issues: readonly InputIssue[];
  readonly omitted: readonly OmittedIssues[];
  readonly issueCount: number;

  constructor(
    source: string,
    issues: readonly InputIssue[],
    { omitted = [], keep = ISSUES_KEPT }: IssuesKept = {},
  ) {
    let kept = issues;
    let counted = omitted;
    if (issues.length > keep) {
      const list = new IssueList(keep);
      for (const issue of issues) list.add(issue);
      list.addOmitted(omitted);
      kept = list.kept;
      counted = list.omitted();
    }
    const issueCount = kept.length + omittedCount(counted);
    const listed = kept.slice(0, MESSAGE_ISSUES).map((i) => `- ${i.path}: ${i.message}`);
    if (issueCount > listed.length) listed.push(`- … and ${issueCount - listed.length} more`);
    super(`Invalid ${source}:\n${listed.join("\n")}`);
    this.name = "InputError";
    this.source = source;
    this.issues = kept;
    this.omitted = counted;
    this.issueCount = issueCount;
  }
}

/**
 * What to do with keys a record's schema does not know: `refuse` them (the
 * default: a misspelt optional flag would otherwise be silently ignored), or
 * `strip` them, for callers whose records carry fields of their own.
 */
export type UnknownKeys = "refuse" | "strip";

export interface ValidateOptions {
  /** What was read, for the message: "request body", "members.json". */
  source?: string;
  unknownKeys?: UnknownKeys;
}

/**
 * Validates input once, at the boundary: returns the parsed value (dates
 * normalised, text trimmed and NFC-normalised, defaults filled) or throws an
 * `InputError` naming every field at fault. The third argument is the source's
 * name ("request body", "members.json") or the options.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  options: string | ValidateOptions = {},
): z.output<S> {
  const { source = "input", unknownKeys = "refuse" } =
    typeof options === "string" ? { source: options } : options;
  const result = checkInput(schema, value, unknownKeys);
  if (result.ok) return result.value;
  throw new InputError(source, result.issues);
}

/**
 * `validate` without the throw: the parsed value, or the issues at their
 * paths under `prefix` (a record's `["services", 3]` in what was read).
 */
export function checkInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  unknownKeys: UnknownKeys = "refuse",
  prefix: readonly PropertyKey[] = [],
): { ok: true; value: z.output<S> } | { ok: false; issues: InputIssue[] } {
  let result = compiledSchema(schema).safeParse(value);
  // Parsed again to report: the input on each issue tells a missing field from a wrong one (缺少必填项 / 类型不对).
  if (!result.success) result = schema.safeParse(value, { reportInput: true });
  if (!result.success && unknownKeys === "strip") {
    const unknown = result.error.issues.flatMap((issue) =>
      issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [],
    );
    if (unknown.length > 0) result = schema.safeParse(withoutKeys(value, unknown), { reportInput: true });
  }
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: inputIssuesFromZod(schema, result.error.issues, prefix) };
}
