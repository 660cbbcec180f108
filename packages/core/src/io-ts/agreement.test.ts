import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { isLeft, isRight } from "fp-ts/Either";
import * as t from "io-ts";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import * as audit from "../audit/index";
import * as model from "../model/index";
import { inputIssuesFromZod } from "../model/zodIssues";
import * as options from "../options/index";
import * as sampling from "../sampling/index";
import * as codecs from "./index";
import { decodeIssues } from "./report";
import { cases } from "./testing/arbitraries";

/**
 * Output schemas: nothing reads them from outside, so they have no codec.
 * (The recorded samples `MemberSample` and `CommunitySample`, and their
 * strata and districts, are outputs too, but the spot-check inputs embed
 * them, so they have codecs and are covered.)
 */
const OUTPUT_ONLY = new Set([
  // Verdicts.
  "Verdict",
  "VerdictStatus",
  "VerdictSeverity",
  "CitationSchema",
  "ExcludedRecord",
  "Fix",
  "Task",
  "FactValue",
  // The parts of verdicts' facts (and every \`…Facts\` schema, below).
  "DateText",
  "VerdictPeriod",
  "ConsequenceTrigger",
  "PendingItem",
  // A sample's verification.
  "SampleVerification",
  "SampleDifference",
  "SampleDifferenceKind",
]);

/** The entries whose input schemas the codecs mirror: the data model, the spot-check inputs, the audit dataset. */
const entries = { ...model, ...sampling, ...audit, ...options };

const zodSchemas = (Object.entries(entries) as [string, unknown][]).filter(
  (entry): entry is [string, z.ZodType] =>
    entry[1] instanceof z.ZodType && !OUTPUT_ONLY.has(entry[0]) && !entry[0].endsWith("Facts"),
);
const ioCodecs = (Object.entries(codecs) as [string, unknown][]).filter(
  (entry): entry is [string, t.Mixed] => entry[1] instanceof t.Type,
);

const sorted = (paths: string[]) => [...new Set(paths)].sort();

/**
 * zod runs `.superRefine` even after field errors that do not stop parsing
 * (a length, a range), so it may add a cross-field issue (post 15's text, a
 * record's memberId) where io-ts, which refines only a decoded value, stops at
 * the field errors. Those issues are the custom ones other than the date's.
 */
const isCrossFieldIssue = (issue: z.core.$ZodIssue) =>
  issue.code === "custom" && !issue.message.startsWith("expected a calendar date");

/**
 * zod and io-ts give the same verdict on `value`; when both accept, the same
 * decoded value (trimmed, normalised, defaulted, stripped); when both reject,
 * the same field paths (give or take cross-field issues, see above).
 */
function agree(schema: z.ZodType, codec: t.Mixed, value: unknown): void {
  const expected = schema.safeParse(value);
  const actual = codec.decode(value);
  // Plain comparisons first, `expect` only to explain a failure: thousands of values run through here.
  if (isRight(actual) !== expected.success) {
    expect(isRight(actual), "io-ts accepts iff zod accepts").toBe(expected.success);
  }
  if (expected.success && isRight(actual) && !isDeepStrictEqual(actual.right, expected.data)) {
    expect(actual.right, "io-ts decodes to what zod parses to").toStrictEqual(expected.data);
  }
  if (!expected.success && isLeft(actual)) {
    const ioPaths = sorted(decodeIssues(actual.left).map((issue) => issue.path));
    // As `validate` reports them: an unknown key at the key itself.
    const zodPaths = sorted(inputIssuesFromZod(schema, expected.error.issues).map((issue) => issue.path));
    const zodFieldPaths = sorted(
      inputIssuesFromZod(
        schema,
        expected.error.issues.filter((issue) => !isCrossFieldIssue(issue)),
      ).map((issue) => issue.path),
    );
    const extra = ioPaths.filter((path) => !zodPaths.includes(path));
    const missing = zodFieldPaths.filter((path) => !ioPaths.includes(path));
    if (extra.length > 0) expect(extra, "io-ts blames no field zod does not").toEqual([]);
    if (missing.length > 0) expect(missing, "io-ts names every field zod names").toEqual([]);
  }
}

/** The bigger the schema, the fewer runs: the whole file stays within a few seconds. */
const RUNS: Record<string, number> = {
  MemberRecords: 100,
  Dataset: 100,
  UnitRecords: 100,
  UnitDataset: 100,
  MemberDrawRequest: 100,
  CommunityDrawRequest: 100,
  SpotCheckInput: 60,
  CommunitySampleCheckInput: 60,
  AuditDataset: 40,
};
const runs = (name: string) => RUNS[name] ?? 200;

describe("every input schema has an io-ts codec and agreement cases", () => {
  test("zod schemas → codecs and cases", () => {
    expect(zodSchemas.length).toBeGreaterThan(60);
    // Every output-only name is still exported, so the list cannot go stale.
    expect(
      [...OUTPUT_ONLY].filter((name) => !(entries[name as keyof typeof entries] instanceof z.ZodType)),
    ).toEqual([]);
    expect(zodSchemas.map(([name]) => name).filter((name) => !(name in codecs))).toEqual([]);
    expect(zodSchemas.map(([name]) => name).filter((name) => !(name in cases))).toEqual([]);
  });

  test("codecs → zod schemas", () => {
    const zodNames = new Set(zodSchemas.map(([name]) => name));
    expect(ioCodecs.map(([name]) => name).filter((name) => !zodNames.has(name))).toEqual([]);
    expect(Object.keys(cases).filter((name) => !zodNames.has(name))).toEqual([]);
  });
});

describe.each(zodSchemas.filter(([name]) => name in cases && name in codecs))("%s", (name, schema) => {
  const codec = (codecs as unknown as Record<string, t.Mixed>)[name] as t.Mixed;
  const { valid, mutated } = cases[name] as (typeof cases)[string];

  test("valid values: both accept, with equal outputs", () => {
    fc.assert(
      fc.property(valid, (value) => {
        const parsed = schema.safeParse(value);
        if (!parsed.success) expect(parsed.error.issues, "the case's valid values are valid").toEqual([]);
        agree(schema, codec, value);
      }),
      { numRuns: runs(name) },
    );
  });

  test("mutated values: same verdict, same output or same error paths", () => {
    fc.assert(
      fc.property(mutated, (value) => agree(schema, codec, value)),
      { numRuns: runs(name) * 2 },
    );
  });

  test("the mutations are not vacuous: zod rejects many of them", () => {
    const sample = fc.sample(mutated, { numRuns: 150, seed: 42 });
    const rejected = sample.filter((value) => !schema.safeParse(value).success).length;
    expect(rejected).toBeGreaterThan(sample.length * 0.3);
  });
});
