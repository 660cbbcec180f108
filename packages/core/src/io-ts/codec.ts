import * as t from "io-ts";
import { idCharacterProblem } from "../model/controlCharacter";
import type { InputIssueCode } from "../model/inputIssue";
import { unknownKeyIssue } from "../model/unknownKeyIssue";

/*
 * The few combinators the codecs need to behave exactly like their zod
 * counterparts. io-ts has no trim, no defaults and no refinement that can
 * name a nested field, so they are built here once.
 */

/** Number bounds read off a zod schema (`.minValue`, `.maxLength`, …), which are `null` when unset. */
export function bound(value: number | null, what: string): number {
  if (value === null) throw new Error(`io-ts codecs: the zod schema has no ${what}`);
  return value;
}

/**
 * Length in Unicode code points, as zod measures `.min()`/`.max()` on strings:
 * a surrogate pair counts once, a lone surrogate as itself (as the string
 * iterator does).
 */
function codePointLength(text: string): number {
  if (!/[\uD800-\uDBFF]/.test(text)) return text.length;
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * A string that is trimmed and NFC-normalised first and then length-checked,
 * like zod's `z.string().trim().normalize("NFC").min().max()`; with
 * `refuseControls`, also without control characters or unpaired surrogates
 * (the `RecordId` refinement).
 */
export function trimmedString(
  name: string,
  minLength: number,
  maxLength: number,
  refuseControls = false,
): t.Type<string, string> {
  const check = (text: string): string | undefined => {
    const length = codePointLength(text);
    if (length < minLength)
      return minLength === 1 ? "must not be empty" : `must have at least ${minLength} characters`;
    if (length > maxLength) return `must have at most ${maxLength} characters`;
    if (refuseControls) return idCharacterProblem(text)?.en;
    return undefined;
  };
  return new t.Type<string, string>(
    name,
    (u): u is string => typeof u === "string" && u === u.trim().normalize("NFC") && check(u) === undefined,
    (u, c) => {
      if (typeof u !== "string") return t.failure(u, c);
      const text = u.trim().normalize("NFC");
      const problem = check(text);
      return problem === undefined ? t.success(text) : t.failure(u, c, problem);
    },
    t.identity,
  );
}

/**
 * An integer in `[min, max]`. zod's `.int()` also means a safe integer and
 * `z.number()` refuses NaN and ±Infinity, unlike io-ts's `t.number`/`t.Int`.
 */
export function integer(
  name: string,
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): t.Type<number, number> {
  const is = (u: unknown): u is number =>
    Number.isSafeInteger(u) && (u as number) >= min && (u as number) <= max;
  return new t.Type<number, number>(
    name,
    is,
    (u, c) => {
      if (is(u)) return t.success(u);
      if (Number.isSafeInteger(u)) return t.failure(u, c, `must be between ${min} and ${max}`);
      return t.failure(u, c);
    },
    t.identity,
  );
}

/** One of a zod enum's values (pass `ZodEnum.options`, so the list lives in one place). */
export function oneOf<V extends string>(name: string, values: readonly V[]): t.KeyofC<Record<V, null>> {
  // t.keyof checks own properties only, so "toString" and friends are refused as zod refuses them.
  return t.keyof(Object.fromEntries(values.map((v) => [v, null])) as Record<V, null>, name);
}

const handedOn = new WeakMap<t.Any, readonly t.Any[]>();

/**
 * Marks `codec` as validating by handing its own context on to `inner`
 * codecs, as io-ts's exact and refinement types do, so that error paths can
 * look through it (an intersection's members are not fields; see report.ts).
 */
export function handsOn<C extends t.Any>(codec: C, ...inner: t.Any[]): C {
  handedOn.set(codec, inner);
  return codec;
}

/** The codecs `codec` hands its context on to, if it was marked with {@link handsOn}. */
export function handedOnTo(codec: t.Any): readonly t.Any[] {
  return handedOn.get(codec) ?? [];
}

/** zod's `.default(value)`: `undefined` (a missing key included) decodes to a fresh default. */
export function withDefault<C extends t.Mixed>(
  codec: C,
  fallback: () => t.TypeOf<C>,
): t.Type<t.TypeOf<C>, t.OutputOf<C>> {
  return handsOn(
    new t.Type(
      codec.name,
      codec.is,
      (u, c) => (u === undefined ? t.success(fallback()) : codec.validate(u, c)),
      codec.encode,
    ),
    codec,
  );
}

/**
 * zod's `.prefault(input)`: `undefined` (a missing key included) decodes as
 * `input` would, so the codec's own defaults fill it in.
 */
export function withPrefault<C extends t.Mixed>(
  codec: C,
  input: () => unknown,
): t.Type<t.TypeOf<C>, t.OutputOf<C>> {
  return handsOn(
    new t.Type(
      codec.name,
      codec.is,
      (u, c) => codec.validate(u === undefined ? input() : u, c),
      codec.encode,
    ),
    codec,
  );
}

/** A problem a cross-field check finds, at a path inside the decoded value; code and Chinese text optional. */
export interface CheckIssue {
  path: readonly (string | number)[];
  message: string;
  code?: InputIssueCode;
  zh?: string;
}

const checkIssueOf = new WeakMap<t.ValidationError, CheckIssue>();

/** The cross-field issue a validation error came from, to carry its code and Chinese text on. */
export function checkIssueBehind(error: t.ValidationError): CheckIssue | undefined {
  return checkIssueOf.get(error);
}

/** `A & B` written out as one object type, as zod infers it (and as editors then show it). */
type Flatten<T> = { [K in keyof T]: T[K] };

export interface StrictObjectC<R extends t.Props, O extends t.Props>
  extends t.ExactType<
    t.IntersectionC<[t.TypeC<R>, t.PartialC<O>]>,
    Flatten<t.TypeOf<t.TypeC<R>> & t.TypeOf<t.PartialC<O>>>,
    Flatten<t.OutputOf<t.TypeC<R>> & t.OutputOf<t.PartialC<O>>>
  > {}

/**
 * zod's `z.object({...})`: required and optional keys, unknown keys stripped.
 * zod reads each declared key with `key in input` (inherited keys count) and
 * always builds a fresh plain object; copying the declared keys first makes
 * `t.exact` do the same, so decoded outputs are deep-equal to zod's.
 */
export function strictObject<R extends t.Props, O extends t.Props = Record<never, never>>(
  name: string,
  required: R,
  optional: O = {} as O,
): StrictObjectC<R, O> {
  return objectCodec(name, required, optional, "strip");
}

/**
 * zod's `z.strictObject({...})`, the input records' schemas: as
 * {@link strictObject}, but an unknown key (any key `for…in` finds, inherited
 * ones included, that is not declared) is an `unknown-key` error at the key,
 * as zod reports it, naming the closest declared key.
 */
export function closedObject<R extends t.Props, O extends t.Props = Record<never, never>>(
  name: string,
  required: R,
  optional: O = {} as O,
): StrictObjectC<R, O> {
  return objectCodec(name, required, optional, "refuse");
}

function objectCodec<R extends t.Props, O extends t.Props>(
  name: string,
  required: R,
  optional: O,
  unknownKeys: "strip" | "refuse",
): StrictObjectC<R, O> {
  const exact = t.exact(t.intersection([t.type(required), t.partial(optional)]), name);
  const keys = [...Object.keys(required), ...Object.keys(optional)];
  const known = new Set(keys);
  const is = (u: unknown): u is Flatten<t.TypeOf<t.TypeC<R>> & t.TypeOf<t.PartialC<O>>> => {
    if (!exact.is(u)) return false;
    if (unknownKeys === "refuse") for (const key in u) if (!known.has(key)) return false;
    return true;
  };
  return new t.ExactType(
    name,
    is,
    (u, c) => {
      if (!t.UnknownRecord.is(u)) return exact.validate(u, c);
      const declared: Record<string, unknown> = {};
      for (const key of keys) if (key in u) declared[key] = u[key];
      const decoded = exact.validate(declared, c);
      if (unknownKeys === "strip") return decoded;
      const unknown: t.ValidationError[] = [];
      for (const key in u) {
        if (known.has(key)) continue;
        const issue = { path: [key], ...unknownKeyIssue(key, keys) };
        const error = {
          value: u[key],
          context: t.appendContext(c, key, t.never, u[key]),
          message: issue.message,
        };
        checkIssueOf.set(error, issue);
        unknown.push(error);
      }
      if (unknown.length === 0) return decoded;
      return t.failures(decoded._tag === "Left" ? [...decoded.left, ...unknown] : unknown);
    },
    exact.encode,
    exact.type,
  );
}

/**
 * zod's `.superRefine(...)`: once `codec` has decoded, `check` looks across
 * fields and each issue is reported at its own path, so a reporter can name
 * `postClaims[2].memberId` rather than the whole object.
 */
export function withCheck<C extends t.Mixed>(
  codec: C,
  check: (value: t.TypeOf<C>) => readonly CheckIssue[],
): t.RefinementC<C> {
  return new t.RefinementType(
    codec.name,
    (u): u is t.TypeOf<C> => codec.is(u) && check(u).length === 0,
    (u, c) => {
      const decoded = codec.validate(u, c);
      // By tag, not fp-ts's `isLeft`: `fp-ts/Either` is a directory import Node's ESM loader refuses.
      if (decoded._tag === "Left") return decoded;
      const issues = check(decoded.right);
      if (issues.length === 0) return decoded;
      return t.failures(
        issues.map((issue) => {
          let context = c;
          let actual: unknown = decoded.right;
          for (const key of issue.path) {
            actual = (actual as Record<string | number, unknown> | undefined)?.[key];
            context = t.appendContext(context, String(key), t.unknown, actual);
          }
          const error: t.ValidationError = { value: actual, context, message: issue.message };
          checkIssueOf.set(error, issue);
          return error;
        }),
      );
    },
    codec.encode,
    codec,
    (value) => check(value).length === 0,
  );
}

/** zod's `z.array(item).default([])`. */
export function listOrEmpty<C extends t.Mixed>(item: C): t.Type<t.TypeOf<C>[], t.OutputOf<C>[]> {
  return withDefault(t.array(item), () => []);
}

/**
 * zod's `.nullable()`: `null`, or what `codec` decodes. Not `t.union([codec, t.null])`,
 * whose errors carry the union member's index in their path (`committeeId.0`),
 * where zod blames the field itself.
 */
export function nullable<C extends t.Mixed>(codec: C): t.Type<t.TypeOf<C> | null, t.OutputOf<C> | null> {
  return new t.Type<t.TypeOf<C> | null, t.OutputOf<C> | null>(
    `${codec.name} | null`,
    (u): u is t.TypeOf<C> | null => u === null || codec.is(u),
    (u, c) => (u === null ? t.success(null) : codec.validate(u, c)),
    (a) => (a === null ? null : codec.encode(a)),
  );
}
