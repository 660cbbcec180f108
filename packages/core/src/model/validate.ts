import type { z } from "zod";

/** One problem with an input value, located by its field path (`members[3].inService`). */
export interface InputIssue {
  path: string;
  message: string;
}

/** Thrown when input does not match its schema; lists every problem with its field path. */
export class InputError extends Error {
  readonly source: string;
  readonly issues: readonly InputIssue[];

  constructor(source: string, issues: readonly InputIssue[]) {
    super(`Invalid ${source}:\n${issues.map((i) => `- ${i.path}: ${i.message}`).join("\n")}`);
    this.name = "InputError";
    this.source = source;
    this.issues = issues;
  }
}

/** `a.b[3].c` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (text, key) =>
        typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
      "",
    ) || "(root)"
  );
}

/**
 * Validates input once, at the boundary: returns the parsed value (dates
 * normalised, defaults filled) or throws an `InputError` naming every field at
 * fault. `source` says what was read ("request body", "members.json").
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, source = "input"): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InputError(
    source,
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}
