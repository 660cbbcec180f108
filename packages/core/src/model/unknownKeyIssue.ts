import { closestName } from "./closestName";
import type { IssueText } from "./inputIssue";
import { quote } from "./quote";

/** The issue of a key a record's schema does not know, with the closest known key as a suggestion. */
export function unknownKeyIssue(key: string, knownKeys: readonly string[]): IssueText {
  const suggestion = closestName(key, knownKeys);
  return {
    code: "unknown-key",
    message: `unknown field ${quote(key)}${suggestion === undefined ? "" : ` (did you mean \`${suggestion}\`?)`}`,
    zh: `未知字段 ${quote(key)}${suggestion === undefined ? "" : `（是否应为 ${suggestion}？）`}`,
  };
}
