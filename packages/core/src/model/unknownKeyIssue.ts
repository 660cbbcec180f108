import { closestName } from "./closestName";
import type { IssueText } from "./inputIssue";
import { quote } from "./quote";

/** What is unknown: a field of a record, a kind of record, a list of a dataset. */
const WHAT = {
  "unknown-key": { en: "field", zh: "字段" },
  "unknown-kind": { en: "kind of record", zh: "记录类别" },
} as const;

/** The issue of a name nobody knows (a field, a kind of record), suggesting the closest known name. */
export function unknownNameIssue(
  code: keyof typeof WHAT,
  name: string,
  knownNames: readonly string[],
): IssueText {
  const suggestion = closestName(name, knownNames);
  const what = WHAT[code];
  return {
    code,
    message: `unknown ${what.en} ${quote(name)}${suggestion === undefined ? "" : ` (did you mean \`${suggestion}\`?)`}`,
    zh: `未知${what.zh} ${quote(name)}${suggestion === undefined ? "" : `（是否应为 ${suggestion}？）`}`,
  };
}

/** The issue of a key a record's schema does not know, with the closest known key as a suggestion. */
export function unknownKeyIssue(key: string, knownKeys: readonly string[]): IssueText {
  return unknownNameIssue("unknown-key", key, knownKeys);
}
