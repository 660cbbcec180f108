import type { SampleDifference, SampleDifferenceKind } from "./sampleVerification";

type Scalar = string | number | null;

/** A difference when two scalar values differ, else nothing. */
export function scalarDifference(
  kind: SampleDifferenceKind,
  field: string,
  expected: Scalar,
  actual: Scalar,
): SampleDifference[] {
  if (expected === actual) return [];
  return [
    {
      kind,
      field,
      message: `${field}: re-derived ${JSON.stringify(expected)}, recorded ${JSON.stringify(actual)}`,
      expected,
      actual,
    },
  ];
}

/** Missing and unexpected IDs between two ID sets, each list in the order it was given. */
export function idSetDifferences(
  field: string,
  expected: readonly string[],
  actual: readonly string[],
): SampleDifference[] {
  const expectedSet = new Set(expected);
  const actualSet = new Set(actual);
  const missing = expected.filter((id) => !actualSet.has(id));
  const unexpected = actual.filter((id) => !expectedSet.has(id));
  const differences: SampleDifference[] = [];
  if (missing.length > 0) {
    differences.push({
      kind: "missing-ids",
      field,
      message: `${field}: ${missing.length} ID(s) of the re-derived sample are not in the record`,
      ids: missing,
    });
  }
  if (unexpected.length > 0) {
    differences.push({
      kind: "unexpected-ids",
      field,
      message: `${field}: ${unexpected.length} recorded ID(s) are not in the re-derived sample`,
      ids: unexpected,
    });
  }
  return differences;
}

/** Whether two lists hold the same items in the same order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
