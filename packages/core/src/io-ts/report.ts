import * as t from "io-ts";
import { ID_CHARACTER_PROBLEMS } from "../model/controlCharacter";
import { quote } from "../model/quote";
import { formatPath, InputError, type InputIssue, type ValidateOptions } from "../model/validate";
import { withoutKeys } from "../model/withoutKeys";
import { recordLocation } from "../model/zodIssues";
import { checkIssueBehind, handedOnTo } from "./codec";

/**
 * Whether a context entry is an intersection's member (keyed by its index),
 * which is not a field. The intersection may sit inside the exact and
 * refinement wrappers, or codecs marked with `handsOn` (defaults, unions),
 * which hand their context on unchanged.
 */
function isIntersectionMember(parent: t.ContextEntry, entry: t.ContextEntry): boolean {
  const pending: t.Decoder<unknown, unknown>[] = [parent.type];
  for (let inner = pending.pop(); inner !== undefined; inner = pending.pop()) {
    if (inner instanceof t.ExactType || inner instanceof t.RefinementType) pending.push(inner.type);
    else if (inner instanceof t.IntersectionType) {
      if ((inner.types as unknown[]).includes(entry.type)) return true;
    } else if (inner instanceof t.Type) pending.push(...handedOnTo(inner));
  }
  return false;
}

/**
 * The field path of an io-ts error, written the way `validate` writes zod's
 * (`members[3].inService`, `(root)`), so both validators report alike.
 */
export function errorPath(context: t.Context): string {
  return formatPath(errorKeys(context));
}

/** The field path of an io-ts error as keys. */
function errorKeys(context: t.Context): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let i = 1; i < context.length; i++) {
    const parent = context[i - 1];
    const entry = context[i];
    if (parent === undefined || entry === undefined) continue;
    if (isIntersectionMember(parent, entry)) continue;
    path.push(Array.isArray(parent.actual) ? Number(entry.key) : entry.key);
  }
  return path;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      // The same cap as the zod issues' quotes (one constant, MAX_QUOTED).
      return quote(value);
    case "bigint":
      return `${value}n`;
    case "object":
      return "an object";
    case "function":
      return "a function";
    default:
      return String(value);
  }
}

function errorMessage(error: t.ValidationError): string {
  if (error.message !== undefined) return error.message;
  const expected = error.context[error.context.length - 1]?.type.name ?? "a value";
  return error.value === undefined
    ? `required (${expected})`
    : `expected ${expected}, got ${describe(error.value)}`;
}

/** The Chinese of the codecs' own messages (see codec.ts and primitives.ts). */
function errorZh(error: t.ValidationError, message: string): string {
  if (error.message === undefined) return error.value === undefined ? "缺少必填项" : "类型不对";
  if (message === "must not be empty") return "不能为空";
  for (const problem of Object.values(ID_CHARACTER_PROBLEMS)) if (message === problem.en) return problem.zh;
  const at = /^must have at (most|least) (\d+) characters$/.exec(message);
  if (at) return `${at[1] === "most" ? "最多" : "至少"} ${at[2]} 个字符`;
  const between = /^must be between (\S+) and (\S+)$/.exec(message);
  if (between) return `须在 ${between[1]} 到 ${between[2]} 之间`;
  return `无效：${message}`;
}

/** io-ts errors as input issues (path, message, code, Chinese), one per field at fault. */
export function decodeIssues(errors: t.Errors): InputIssue[] {
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  for (const error of errors) {
    const keys = errorKeys(error.context);
    const message = errorMessage(error);
    const check = checkIssueBehind(error);
    const issue: InputIssue = {
      path: formatPath(keys),
      message,
      code: check?.code ?? "invalid-value",
      zh: check?.zh ?? errorZh(error, message),
      ...recordLocation(keys),
    };
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/**
 * Decodes or throws the same `InputError` that zod-side `validate` throws,
 * listing every field path at fault. The third argument is the source's name
 * or the options, as for `validate` (`unknownKeys: "strip"` lets extra fields
 * through).
 */
export function decodeOrThrow<C extends t.Mixed>(
  codec: C,
  value: unknown,
  options: string | ValidateOptions = {},
): t.TypeOf<C> {
  const { source = "input", unknownKeys = "refuse" } =
    typeof options === "string" ? { source: options } : options;
  let result = codec.decode(value);
  if (result._tag === "Left" && unknownKeys === "strip") {
    const unknown = result.left
      .filter((error) => checkIssueBehind(error)?.code === "unknown-key")
      .map((error) => errorKeys(error.context));
    if (unknown.length > 0) result = codec.decode(withoutKeys(value, unknown));
  }
  if (result._tag === "Right") return result.right;
  throw new InputError(source, decodeIssues(result.left));
}
