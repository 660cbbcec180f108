import type { Edition } from "../editions/edition";
import { idSetDifferences, sameList, scalarDifference } from "./compareRecords";
import { drawMemberSample } from "./drawMemberSample";
import type { MemberDrawRequestInput } from "./memberDrawRequest";
import { MemberSample, sampledMemberIds } from "./memberSample";
import { headerDifferences, rederive } from "./rederive";
import type { SampleDifference, SampleVerification } from "./sampleVerification";

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
  const outcome = rederive(MemberSample, recorded, () => drawMemberSample(request, edition));
  if ("differences" in outcome) return { ok: false, differences: outcome.differences };
  const { actual, expected } = outcome;
  const differences: SampleDifference[] = [
    ...headerDifferences(expected, actual),
    ...scalarDifference("subject-mismatch", "organisationId", expected.organisationId, actual.organisationId),
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
