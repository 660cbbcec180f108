import { z } from "zod";
import { KIND_NAMES } from "../source/recordRelations";
import type { RecordKind } from "../source/recordSource";
import { formatPath } from "./formatPath";
import type { InputIssue, InputIssueCode } from "./inputIssue";
import { quote } from "./quote";
import { unknownKeyIssue } from "./unknownKeyIssue";

type ZodIssue = z.core.$ZodIssue;

const TYPE_ZH: Readonly<Record<string, string>> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "是/否（true/false）",
  array: "列表",
  object: "对象",
  date: "日期",
};

/** The Chinese sentence for a zod issue of one field. */
function zodIssueZh(issue: ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "缺少必填项"
        : `类型不对，应为${TYPE_ZH[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "string") return issue.minimum === 1 ? "不能为空" : `至少 ${issue.minimum} 个字符`;
      if (issue.origin === "array") return `至少 ${issue.minimum} 项`;
      return issue.inclusive === false ? `须大于 ${issue.minimum}` : `不能小于 ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "string") return `最多 ${issue.maximum} 个字符`;
      if (issue.origin === "array") return `最多 ${issue.maximum} 项`;
      return issue.inclusive === false ? `须小于 ${issue.maximum}` : `不能大于 ${issue.maximum}`;
    case "invalid_format":
      return `格式不对（${issue.format}）`;
    case "invalid_value":
      return `应为以下之一：${issue.values.map((v) => (typeof v === "string" ? quote(v) : String(v))).join("、")}`;
    case "not_multiple_of":
      return `须为 ${issue.divisor} 的倍数`;
    case "invalid_union":
      return "不符合任何一种允许的形式";
    default:
      return `无效：${issue.message}`;
  }
}

/** The object schema reached from `schema` along `path`, looking through optional, default, pipe and array. */
function objectAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.ZodObject | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (let i = 0; i <= path.length && current !== undefined; i++) {
    current = unwrap(current);
    if (i === path.length) break;
    const key = path[i];
    if (current instanceof z.ZodObject) current = current.shape[String(key)];
    else if (current instanceof z.ZodArray && typeof key === "number") current = current.element;
    else return undefined;
  }
  return current instanceof z.ZodObject ? current : undefined;
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType !== undefined) current = def.innerType;
    else if (def.type === "pipe" && def.in !== undefined) current = def.in;
    else return current;
  }
}

/** Where an issue at `path` sits in a dataset: the record's kind, index and field, when the path says. */
export function recordLocation(path: readonly PropertyKey[]): Pick<InputIssue, "kind" | "index" | "field"> {
  const [kind, index, ...field] = path;
  if (typeof kind !== "string" || !(kind in KIND_NAMES) || typeof index !== "number") return {};
  return {
    kind: kind as RecordKind,
    index,
    ...(field.length > 0 && { field: formatPath(field) }),
  };
}

/**
 * zod's issues as input issues, each with its code and a Chinese sentence:
 * a field's own problem is `invalid-value`; unknown keys become one
 * `unknown-key` issue per key, at the key, naming the closest known key; a
 * cross-record check's issue keeps the code and Chinese text it was raised
 * with. `prefix` is the path of the validated value in what was read (a
 * record's `["services", 3]`).
 */
export function inputIssuesFromZod(
  schema: z.core.$ZodType,
  issues: readonly ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): InputIssue[] {
  return issues.flatMap((issue): InputIssue[] => {
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(objectAt(schema, issue.path)?.shape ?? {});
      return issue.keys.map((key) => {
        const path = [...prefix, ...issue.path, key];
        return { path: formatPath(path), ...unknownKeyIssue(key, known), ...recordLocation(path) };
      });
    }
    const params =
      issue.code === "custom"
        ? (issue.params as { code?: InputIssueCode; zh?: string } | undefined)
        : undefined;
    const path = [...prefix, ...issue.path];
    return [
      {
        path: formatPath(path),
        message: issue.message,
        code: params?.code ?? "invalid-value",
        zh: params?.zh ?? zodIssueZh(issue),
        ...recordLocation(path),
      },
    ];
  });
}
