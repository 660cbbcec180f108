import type { Edition } from "../editions/edition";
import { idSetDifferences, sameList, scalarDifference } from "./compareRecords";
import { drawMemberSample } from "./drawMemberSample";
import type { MemberDrawRequestInput } from "./memberDrawRequest";
import { MemberSample, sampledMemberIds } from "./memberSample";
import type { SampleDifference, SampleVerification } from "./sampleVerification";
import { SamplingInputError } from "./samplingError";

export interface MemberSampleVerification extends SampleVerification {
  /** The sample the inputs give, when they give one. */
  rederived?: MemberSample;
}

function listDifference(field: string, expected: readonly string[], actual: readonly string[]) {
  return sameList(expected, actual)
    ? []
    : [
        {
          kind: "options-mismatch" as const,
          field,
          message: `${field}: re-derived [${expected.join(", ")}], recorded [${actual.join(", ")}]`,
        },
      ];
}

function sameStrata(a: MemberSample["strata"], b: MemberSample["strata"]): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return (
        y !== undefined &&
        x.branchId === y.branchId &&
        x.populationSize === y.populationSize &&
        x.fixed === y.fixed &&
        x.allocated === y.allocated &&
        x.drawn === y.drawn
      );
    })
  );
}

/**
 * Re-derives a member draw from the same inputs (population, seed, options,
 * edition) and compares it with a recorded sample, field by field. `ok` is
 * true exactly when nothing differs; otherwise `differences` says what:
 * missing and unexpected IDs, seed, population hash, edition, algorithm…
 * Anything that is not a well-formed sample is `malformed`.
 */
export function verifyMemberSample(
  recorded: unknown,
  request: MemberDrawRequestInput,
  edition: Edition,
): MemberSampleVerification {
  const parsed = MemberSample.safeParse(recorded);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("; ");
    return { ok: false, differences: [{ kind: "malformed", field: "", message }] };
  }
  let expected: MemberSample;
  try {
    expected = drawMemberSample(request, edition);
  } catch (error) {
    if (!(error instanceof SamplingInputError)) throw error;
    return { ok: false, differences: [{ kind: "invalid-input", field: error.code, message: error.message }] };
  }
  const actual = parsed.data;
  const differences: SampleDifference[] = [
    ...scalarDifference(
      "algorithm-mismatch",
      "algorithm.name",
      expected.algorithm.name,
      actual.algorithm.name,
    ),
    ...scalarDifference(
      "algorithm-mismatch",
      "algorithm.version",
      expected.algorithm.version,
      actual.algorithm.version,
    ),
    ...scalarDifference("edition-mismatch", "edition.id", expected.edition.id, actual.edition.id),
    ...scalarDifference(
      "edition-mismatch",
      "edition.version",
      expected.edition.version,
      actual.edition.version,
    ),
    ...scalarDifference("subject-mismatch", "organisationId", expected.organisationId, actual.organisationId),
    ...scalarDifference("subject-mismatch", "year", expected.year, actual.year),
    ...scalarDifference("subject-mismatch", "samplingDate", expected.samplingDate, actual.samplingDate),
    ...scalarDifference("seed-mismatch", "seed", expected.seed, actual.seed),
    ...scalarDifference(
      "options-mismatch",
      "options.stratifyBy",
      expected.options.stratifyBy,
      actual.options.stratifyBy,
    ),
    ...listDifference("options.mustVisit", expected.options.mustVisit, actual.options.mustVisit),
    ...listDifference(
      "options.alreadyVisited",
      expected.options.alreadyVisited,
      actual.options.alreadyVisited,
    ),
    ...scalarDifference("rate-mismatch", "rate", expected.rate, actual.rate),
    ...scalarDifference(
      "population-hash-mismatch",
      "populationHash",
      expected.populationHash,
      actual.populationHash,
    ),
    ...scalarDifference(
      "population-size-mismatch",
      "populationSize",
      expected.populationSize,
      actual.populationSize,
    ),
    ...scalarDifference("required-size-mismatch", "requiredSize", expected.requiredSize, actual.requiredSize),
  ];
  const expectedIds = sampledMemberIds(expected);
  const actualIds = sampledMemberIds(actual);
  const sampleDifferences = sameList(expectedIds, actualIds)
    ? []
    : idSetDifferences("sample", expectedIds, actualIds);
  differences.push(...sampleDifferences);
  if (
    sampleDifferences.length === 0 &&
    !(sameList(expected.mustVisit, actual.mustVisit) && sameList(expected.drawn, actual.drawn))
  ) {
    differences.push({
      kind: "order-mismatch",
      field: "drawn",
      message:
        "The sample has the right members but not in rank order, or with must-visit and drawn mixed up",
    });
  }
  differences.push(
    ...idSetDifferences("alreadyVisited", expected.alreadyVisited, actual.alreadyVisited),
    ...idSetDifferences("notInScope", expected.notInScope, actual.notInScope),
    ...scalarDifference("count-mismatch", "sampleSize", expected.sampleSize, actual.sampleSize),
  );
  if (!sameStrata(expected.strata, actual.strata)) {
    differences.push({
      kind: "count-mismatch",
      field: "strata",
      message: "The per-branch shares differ from the re-derived ones",
    });
  }
  return { ok: differences.length === 0, differences, rederived: expected };
}
