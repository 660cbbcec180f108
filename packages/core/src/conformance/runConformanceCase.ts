import { assessDataset } from "../audit/assessDataset";
import type { AuditDataset } from "../audit/auditDataset";
import { verdictDigest } from "../digest/verdictDigest";
import { getEdition } from "../editions/registry";
import { InputError } from "../model/validate";
import { readSource } from "../source/readSource";
import type { RecordSource, SourcedRecord } from "../source/recordSource";
import type { ConformanceCase, ExpectedIssue } from "./conformanceCase";

/** What came of a case's records: accepted, with the digest of their assessment, or refused with these issues. */
export type ConformanceOutcome = { ok: true; digest: string } | { ok: false; issues: ExpectedIssue[] };

export interface ConformanceResult {
  name: string;
  /** The core in memory agrees with the case, and the adapter with the core. */
  pass: boolean;
  /** What the core in memory makes of the records. */
  expected: ConformanceOutcome;
  /** What the core makes of the records as read back through the adapter. */
  actual: ConformanceOutcome;
  /** Why it did not pass, in English; empty when it passed. */
  problems: string[];
}

export interface ConformanceRunOptions {
  /**
   * Whether the adapter hands records of a kind out in the order they were
   * written (default true). A database that returns them in key order does
   * not; then issues are compared without their index.
   */
  preservesOrder?: boolean;
}

/** The records as an in-memory source, in one batch: the core's own reading of a case. */
export function recordsSource(records: readonly SourcedRecord[], name = "conformance records"): RecordSource {
  return {
    name,
    async *batches() {
      yield records;
    },
  };
}

/**
 * Runs a case through an adapter: `readThroughAdapter` writes the records
 * into its medium (a workbook, an NDJSON file, tables, an HTTP body) and
 * returns a source that reads them back. The expected outcome is computed by
 * the core in memory (`readSource` → `assessDataset` → `verdictDigest`); the
 * adapter passes when the records it reads back are accepted or refused
 * alike, with the same issues (code, kind, index, field) or the same digest.
 * No test runner needed: the adapter's test asserts `result.pass`.
 */
export async function runConformanceCase(
  testCase: ConformanceCase,
  readThroughAdapter: (records: readonly SourcedRecord[]) => RecordSource | Promise<RecordSource>,
  options: ConformanceRunOptions = {},
): Promise<ConformanceResult> {
  const preservesOrder = options.preservesOrder ?? true;
  const expected = await outcomeOf(testCase, recordsSource(testCase.records));
  const actual = await outcomeOf(testCase, await readThroughAdapter(testCase.records));
  const problems = [
    ...differences("the core in memory", expectedByCase(testCase), expected, true),
    ...differences("the adapter", expected, actual, preservesOrder),
  ];
  return { name: testCase.name, pass: problems.length === 0, expected, actual, problems };
}

/** Reads, assesses and digests a case's records from `source`; the records in ID order, as any adapter may hand them out. */
export async function outcomeOf(
  testCase: ConformanceCase,
  source: RecordSource,
): Promise<ConformanceOutcome> {
  let dataset: AuditDataset;
  try {
    dataset = await readSource(source);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      ok: false,
      issues: error.issues.map(({ code, kind, index, field }) => ({
        code,
        ...(kind !== undefined && { kind }),
        ...(index !== undefined && { index }),
        ...(field !== undefined && { field }),
      })),
    };
  }
  const { edition, ...when } = testCase.options;
  const assessment = assessDataset(inIdOrder(dataset), getEdition(edition), when);
  return { ok: true, digest: verdictDigest(assessment) };
}

function inIdOrder(dataset: AuditDataset): AuditDataset {
  const sorted: Record<string, unknown[]> = {};
  for (const [kind, list] of Object.entries(dataset) as [string, { id: string }[]][]) {
    sorted[kind] = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return sorted as unknown as AuditDataset;
}

function expectedByCase(testCase: ConformanceCase): ConformanceOutcome | undefined {
  return "ok" in testCase.expect ? undefined : { ok: false, issues: testCase.expect.issues };
}

const issueKey = (issue: ExpectedIssue, withIndex: boolean) =>
  [issue.code, issue.kind ?? "", withIndex ? (issue.index ?? "") : "", issue.field ?? ""].join("\u0000");

/** Why `actual` differs from `expected` (undefined: any acceptance will do), as sentences. */
function differences(
  who: string,
  expected: ConformanceOutcome | undefined,
  actual: ConformanceOutcome,
  withIndex: boolean,
): string[] {
  if (expected === undefined) return actual.ok ? [] : [`${who} refused records the case accepts`];
  if (expected.ok !== actual.ok)
    return [`${who} ${actual.ok ? "accepted" : "refused"} what was ${expected.ok ? "accepted" : "refused"}`];
  if (expected.ok && actual.ok)
    return expected.digest === actual.digest
      ? []
      : [`${who} assessed differently (digest ${actual.digest}, not ${expected.digest})`];
  if (expected.ok || actual.ok) return [];
  // Each issue as a key, counted: what the one side has more of than the other.
  const count = new Map<string, number>();
  for (const issue of expected.issues)
    count.set(issueKey(issue, withIndex), (count.get(issueKey(issue, withIndex)) ?? 0) + 1);
  for (const issue of actual.issues)
    count.set(issueKey(issue, withIndex), (count.get(issueKey(issue, withIndex)) ?? 0) - 1);
  return [...count].flatMap(([key, more]) => {
    const issue = key.replaceAll("\u0000", " ");
    if (more > 0) return [`${who} did not report ${issue}`];
    if (more < 0) return [`${who} reported ${issue}, which it should not`];
    return [];
  });
}
