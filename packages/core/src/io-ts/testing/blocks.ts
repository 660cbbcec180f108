import fc from "fast-check";

/**
 * Values for the zod/io-ts agreement test, per input schema: `valid` values
 * the schema must accept (with the untidiness real input has: padding to
 * trim, date-times to normalise, absent optional and defaulted keys), and
 * `mutated` ones near them, mostly invalid, whose verdict the test leaves to
 * zod and only checks io-ts agrees.
 */
export interface Case {
  valid: fc.Arbitrary<unknown>;
  mutated: fc.Arbitrary<unknown>;
}

// ---------------------------------------------------------------- building blocks

/** Values of the wrong type for almost any field; fresh objects each time so no run can alias another. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    0,
    -0,
    1,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    "",
    "x",
  ),
  fc.constant(null).map(() => ({})),
  fc.constant(null).map(() => []),
  fc.constant(null).map(() => new Date(0)),
  fc.bigInt({ min: -5n, max: 5n }),
  fc.anything({ maxDepth: 1 }),
);

/** What `String.prototype.trim` (and so zod's `.trim()`) removes, from plain space to U+3000 and the BOM. */
const WHITESPACE = [" ", "\t", "\n", "\r", "\u00a0", "\u2028", "\u3000", "\ufeff"];
export const padding = fc.string({ unit: fc.constantFrom(...WHITESPACE), maxLength: 3 });
/** Characters of text; control characters (tab, line feed…) and lone surrogates only in free text, not in IDs. */
const chars = (forId: boolean) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(..."abcmxyz0129-_."), weight: 6 },
    { arbitrary: fc.constantFrom(..."张三丰庆路社区金水区巡逻"), weight: 3 },
    { arbitrary: fc.constantFrom(...(forId ? WHITESPACE.filter((w) => w >= " ") : WHITESPACE)), weight: 1 },
    // zod measures length in code points: a pair counts once, a lone surrogate once.
    { arbitrary: fc.constantFrom(...(forId ? ["😀", "𠀀"] : ["😀", "𠀀", "\ud800", "\udc00"])), weight: 1 },
    // Text that NFC changes: a decomposed é, the compatibility ideograph U+FA4C (社), Hangul jamo.
    { arbitrary: fc.constantFrom("e\u0301", "\uFA4C", "\u1100\u1161", "A\u030A"), weight: 1 },
  );
// Control characters, and lone surrogates in either order: refused in an ID.
const CONTROLS = [
  "\u0000",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u009f",
  "\ud800",
  "\udc00",
  "\udc00\ud800",
];

/**
 * Text that `z.string().trim().normalize("NFC").min(1).max(max)` accepts (and,
 * with `refuseControls`, without control characters inside), and text around
 * its edges.
 */
function trimmedText(max: number, refuseControls = false): Case {
  const char = chars(refuseControls);
  const padded = (core: fc.Arbitrary<string>) =>
    fc.tuple(padding, core, padding).map(([before, text, after]) => before + text + after);
  const valid = fc.oneof(
    { arbitrary: padded(fc.string({ unit: char, minLength: 1, maxLength: 12 })), weight: 8 },
    { arbitrary: padded(fc.integer({ min: max - 2, max }).map((n) => "字".repeat(n))), weight: 1 },
  );
  return {
    valid: valid.filter((text) => text.trim().length >= 1 && text.trim().length <= max),
    mutated: fc.oneof(
      padding,
      fc.integer({ min: max - 1, max: max + 2 }).map((n) => "x".repeat(n)),
      padded(fc.integer({ min: max - 2, max }).map((n) => `${"字".repeat(n)}😀`)),
      fc.integer({ min: max - 1, max: max + 1 }).map((n) => "😀".repeat(n)),
      fc.integer({ min: max - 1, max: max + 1 }).map((n) => "\ud800".repeat(n)),
      padded(fc.string({ unit: char, maxLength: 4 })),
      // A control character inside; NFC shortening text to within the bound.
      fc
        .tuple(
          fc.string({ unit: char, maxLength: 3 }),
          fc.constantFrom(...CONTROLS),
          fc.string({ unit: char, maxLength: 3 }),
        )
        .map((parts) => parts.join("")),
      fc.integer({ min: max - 1, max: max + 1 }).map((n) => "e\u0301".repeat(n)),
      junk,
    ),
  };
}

export const recordId = trimmedText(200, true);
/** A name: the same rules as an ID (trimmed, NFC, no control character, at most 200). */
export const name = trimmedText(200, true);
export const nonEmptyText = trimmedText(2000);

const twoDigits = (n: number) => String(n).padStart(2, "0");
const fourDigits = (n: number) => String(n).padStart(4, "0");

// The whole supported range (1900-01-01 to 2199-12-31), a day in from each end so any offset stays inside.
const instant = fc.date({
  min: new Date("1900-01-02T00:00:00Z"),
  max: new Date("2199-12-30T23:59:59Z"),
  noInvalidDate: true,
});
const dateOnly = instant.map((d) => d.toISOString().slice(0, 10));
const timeOfDay = fc
  .tuple(
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.option(fc.integer({ min: 0, max: 59 })),
    fc.option(fc.integer({ min: 0, max: 999_999_999 })),
  )
  .map(
    ([h, m, s, fraction]) =>
      `${twoDigits(h)}:${twoDigits(m)}${s === null ? "" : `:${twoDigits(s)}${fraction === null ? "" : `.${fraction}`}`}`,
  );
const separator = fc.constantFrom("T", " ");
const offset = fc.constantFrom("Z", "z", "+08:00", "+0800", "-05:00", "+05:30", "+14:00", "-12:00", "+00:00");

export const calendarDate: Case = {
  valid: fc.oneof(
    dateOnly,
    // An instant: with an offset the Shanghai date may differ from the one written.
    fc.tuple(dateOnly, separator, timeOfDay, offset).map((parts) => parts.join("")),
    // Shanghai wall-clock time.
    fc.tuple(dateOnly, separator, timeOfDay).map((parts) => parts.join("")),
    fc.constantFrom("2020-02-29", "2000-02-29", "2019-10-31T20:00:00Z", "2019-12-31T23:30"),
    // The ends of the supported range (1899-12-31T16:00Z is 00:05:43 in Shanghai's 1900 local mean time).
    fc.constantFrom("1900-01-01", "2199-12-31", "2199-12-31T15:59:59Z", "1899-12-31T16:00:00Z"),
  ),
  mutated: fc.oneof(
    // Days that may not exist (2019-02-29, 2019-02-30, 2019-04-31, month 13 …).
    fc
      .tuple(
        fc.integer({ min: 1899, max: 2101 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${fourDigits(y)}-${twoDigits(m)}-${twoDigits(d)}`),
    fc.integer({ min: 1896, max: 2104 }).map((y) => `${y}-02-29`),
    fc.constantFrom("2019-02-29", "2019-02-30", "2019-04-31", "1900-02-29", "2019-00-10", "2019-13-01"),
    // Just outside the supported range, and dates Date.UTC would misread (0050 as 1950, year 10000).
    fc.constantFrom(
      "1899-12-31",
      "2200-01-01",
      "2199-12-31T16:00:00Z",
      "9999-12-31T16:00Z",
      "9999-12-31T20:00Z",
      "9999-12-15",
      "0050-01-01",
      "0000-01-01T00:00Z",
      "0001-01-01",
    ),
    // Times that may not exist, with and without an offset.
    fc
      .tuple(
        dateOnly,
        fc.integer({ min: 22, max: 25 }),
        fc.integer({ min: 58, max: 61 }),
        fc.integer({ min: 58, max: 61 }),
        fc.constantFrom("", "Z", "+08:00"),
      )
      .map(([d, h, m, s, o]) => `${d}T${twoDigits(h)}:${twoDigits(m)}:${twoDigits(s)}${o}`),
    fc
      .tuple(dateOnly, fc.constantFrom("+25:00", "+08", "+8:00", "-99:99", "GMT", " Z", "+08:00:00"))
      .map(([d, o]) => `${d}T12:00${o}`),
    // Other spellings and untrimmed text: the date is not trimmed.
    fc.tuple(padding, dateOnly, padding).map(([a, d, b]) => a + d + b),
    dateOnly.map((d) => d.replaceAll("-", "/")),
    dateOnly.map((d) => d.replaceAll("-", "")),
    dateOnly.map((d) => d.replace(/-0/g, "-")),
    instant.map((d) => d.toString()),
    instant,
    fc.string({ maxLength: 12 }),
    junk,
  ),
};

function integer(min: number, max: number, near: readonly number[] = []): Case {
  return {
    valid: fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max, ...near)),
    mutated: fc.oneof(
      fc.constantFrom(min - 1, max + 1, min + 0.5, 2 ** 53, -(2 ** 53), 1e300, -1e300),
      fc.double(),
      fc.integer({
        min: Math.max(min - 20, Number.MIN_SAFE_INTEGER),
        max: Math.min(max + 20, Number.MAX_SAFE_INTEGER),
      }),
      fc.integer().map(String),
      junk,
    ),
  };
}

export const safeInteger = integer(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, [0, -0, 2019, 2020]);
/** `z.number().int().min(0)`. */
export const count = integer(0, Number.MAX_SAFE_INTEGER, [0, -0, 1]);
export const year = integer(2000, 2100);
export const postCode = integer(1, 15);

/** `z.string()`: any text, untrimmed. */
export const anyString: Case = {
  valid: fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 4 }), padding),
  mutated: fc.oneof(
    fc.constantFrom(0, 1, null, true),
    fc.constant(null).map(() => ["x"]),
    junk,
  ),
};

/** `z.literal(value)`: only that text; near misses and `others` (another kind) refused. */
export function literal(value: string, others: readonly string[] = []): Case {
  return {
    valid: fc.constant(value),
    mutated: fc.oneof(
      fc.constantFrom(value.toUpperCase(), ` ${value}`, `${value}\n`, value.slice(1), ...others),
      junk,
    ),
  };
}

export const boolean: Case = {
  valid: fc.boolean(),
  mutated: fc.oneof(fc.constantFrom(0, 1, "true", "false", "yes", null), junk),
};

export function enumeration(values: readonly string[]): Case {
  return {
    valid: fc.constantFrom(...values),
    mutated: fc.oneof(
      fc
        .tuple(
          fc.constantFrom(...values),
          padding.filter((p) => p !== ""),
        )
        .map(([v, p]) => v + p),
      fc.constantFrom(...values).map((v) => v.toUpperCase()),
      // Inherited names: an enum built on a plain object must not accept them.
      fc.constantFrom("toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"),
      fc.string({ maxLength: 8 }),
      junk,
    ),
  };
}

// ---------------------------------------------------------------- objects

export type Fields = Record<string, Case>;

export interface ObjectShape {
  required: Fields;
  optional?: Fields;
  /** Keys with a zod `.default(…)`: may be absent. */
  defaulted?: Fields;
}

/** The absent keys and untidy extras the object mutations use. */
const extraKey = fc.string({ maxLength: 6 }).map((key) => `x-${key}`);

/**
 * zod's `z.object` reads any non-null, non-array object, inherited keys
 * included, so the containers vary as well as the fields.
 */
function reshape(value: object, how: "inherit" | "null-prototype" | "date" | "array" | "proto-key"): unknown {
  switch (how) {
    case "inherit":
      return Object.create(value);
    case "null-prototype":
      return Object.assign(Object.create(null), value);
    case "date":
      return Object.assign(new Date(0), value);
    case "array":
      return Object.assign([], value);
    case "proto-key":
      return Object.defineProperty({ ...value }, "__proto__", { value: { id: "x" }, enumerable: true });
  }
}

export function without(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _, ...rest } = value;
  return rest;
}

/** Valid objects of a shape, and mutations of them: a field made invalid or junk, dropped, undefined, extra keys, odd containers. */
export function objectCase(shape: ObjectShape, valid?: fc.Arbitrary<Record<string, unknown>>): Case {
  const fields: Fields = { ...shape.required, ...shape.optional, ...shape.defaulted };
  const keys = Object.keys(fields);
  const values =
    valid ??
    fc.record(
      Object.fromEntries(keys.map((key) => [key, fields[key]?.valid ?? fc.constant(undefined)])) as Record<
        string,
        fc.Arbitrary<unknown>
      >,
      { requiredKeys: Object.keys(shape.required) },
    );
  const withKey = fc.tuple(values, fc.constantFrom(...keys));
  return {
    valid: values,
    mutated: fc.oneof(
      {
        arbitrary: withKey.chain(([v, key]) =>
          (fields[key] as Case).mutated.map((bad) => ({ ...v, [key]: bad })),
        ),
        weight: 6,
      },
      { arbitrary: fc.tuple(withKey, junk).map(([[v, key], bad]) => ({ ...v, [key]: bad })), weight: 2 },
      { arbitrary: withKey.map(([v, key]) => without(v, key)), weight: 2 },
      { arbitrary: withKey.map(([v, key]) => ({ ...v, [key]: undefined })), weight: 1 },
      {
        arbitrary: fc
          .tuple(values, fc.dictionary(extraKey, fc.anything({ maxDepth: 1 }), { maxKeys: 3 }))
          .map(([v, extra]) => ({ ...v, ...extra })),
        weight: 1,
      },
      {
        arbitrary: fc
          .tuple(
            values,
            fc.constantFrom("inherit", "null-prototype", "date", "array", "proto-key") as fc.Arbitrary<
              Parameters<typeof reshape>[1]
            >,
          )
          .map(([v, how]) => reshape(v, how)),
        weight: 1,
      },
      { arbitrary: junk, weight: 1 },
    ),
  };
}

/** `z.array(item)`: short lists of valid items; or one mutated item among them, or not a list. */
export function listOf(item: Case, maxLength = 3): Case {
  return {
    valid: fc.array(item.valid, { maxLength }),
    mutated: fc.oneof(
      {
        arbitrary: fc.tuple(fc.array(item.valid, { maxLength: 2 }), item.mutated, fc.nat()).map(insert),
        weight: 4,
      },
      { arbitrary: fc.constant(null).map(() => new Array(2)), weight: 1 },
      { arbitrary: junk, weight: 1 },
    ),
  };
}

function insert<T>([items, item, at]: [T[], T, number]): T[] {
  const copy = [...items];
  copy.splice(at % (items.length + 1), 0, item);
  return copy;
}

/** An id written with different padding: the same id once trimmed. */
export function samePadded(id: string): fc.Arbitrary<string> {
  return fc.tuple(padding, padding).map(([before, after]) => before + id.trim() + after);
}

/** Valid records whose ids are unique once trimmed, as collections checked for duplicate ids need. */
export function uniqueRecords(item: Case, maxLength = 2): fc.Arbitrary<Record<string, unknown>[]> {
  return fc.uniqueArray(item.valid as fc.Arbitrary<Record<string, unknown>>, {
    // Unique as the schemas compare IDs: trimmed and NFC-normalised (社 U+FA4C and 社 U+793E are one ID).
    selector: (record) => String(record.id).trim().normalize("NFC"),
    maxLength,
  });
}

/** Each record given an owner id (`memberId`, `unitId`) drawn from `owner`. */
export function ownedBy(
  records: fc.Arbitrary<Record<string, unknown>[]>,
  key: string,
  owner: fc.Arbitrary<string>,
): fc.Arbitrary<Record<string, unknown>[]> {
  return records.chain((list) =>
    fc.tuple(...list.map((record) => owner.map((id) => ({ ...record, [key]: id })))),
  );
}
