import * as t from "io-ts";
import { formatPath, InputError, type InputIssue } from "../model/validate";
import { handedOnTo } from "./codec";

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
  const path: PropertyKey[] = [];
  for (let i = 1; i < context.length; i++) {
    const parent = context[i - 1];
    const entry = context[i];
    if (parent === undefined || entry === undefined) continue;
    if (isIntersectionMember(parent, entry)) continue;
    path.push(Array.isArray(parent.actual) ? Number(entry.key) : entry.key);
  }
  return formatPath(path);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string": {
      const text = JSON.stringify(value);
      return text.length > 40 ? `${text.slice(0, 40)}…"` : text;
    }
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

/** io-ts errors as `{ path, message }` issues, one per field at fault. */
export function decodeIssues(errors: t.Errors): InputIssue[] {
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  for (const error of errors) {
    const issue = { path: errorPath(error.context), message: errorMessage(error) };
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/**
 * Decodes or throws the same `InputError` that zod-side `validate` throws,
 * listing every field path at fault. `source` says what was read.
 */
export function decodeOrThrow<C extends t.Mixed>(codec: C, value: unknown, source = "input"): t.TypeOf<C> {
  const result = codec.decode(value);
  if (result._tag === "Right") return result.right;
  throw new InputError(source, decodeIssues(result.left));
}
