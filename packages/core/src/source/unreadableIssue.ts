import { formatPath } from "../model/formatPath";
import type { InputIssue } from "../model/inputIssue";
import type { UnreadableRecord } from "./recordSource";

/** What a source could not read, at its kind and field when it names them. */
export function unreadableIssue(item: UnreadableRecord): InputIssue {
  const path = [item.kind, ...(item.field?.split(".") ?? [])].filter((key) => key !== undefined);
  return {
    path: formatPath(path),
    code: item.unreadable.code ?? "malformed-record",
    message: item.unreadable.message,
    zh: item.unreadable.zh,
    ...(item.kind !== undefined && { kind: item.kind }),
    ...(item.field !== undefined && { field: item.field }),
    ...(item.place !== undefined && { place: item.place }),
  };
}
