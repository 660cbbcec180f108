import type { Edition } from "../editions/edition";
import type { CommunityDrawRequestInput } from "./communityDrawRequest";
import { CommunitySample, sampledCommunityIds } from "./communitySample";
import { idSetDifferences, sameList, scalarDifference } from "./compareRecords";
import { drawCommunitySample } from "./drawCommunitySample";
import type { SampleDifference, SampleVerification } from "./sampleVerification";
import { SamplingInputError } from "./samplingError";

export interface CommunitySampleVerification extends SampleVerification {
  /** The sample the inputs give, when they give one. */
  rederived?: CommunitySample;
}

/**
 * Re-derives a community draw from the same inputs (community list, seed,
 * districts, edition) and compares it with a recorded sample, field by
 * field. `ok` is true exactly when nothing differs.
 */
export function verifyCommunitySample(
  recorded: unknown,
  request: CommunityDrawRequestInput,
  edition: Edition,
): CommunitySampleVerification {
  const parsed = CommunitySample.safeParse(recorded);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("; ");
    return { ok: false, differences: [{ kind: "malformed", field: "", message }] };
  }
  let expected: CommunitySample;
  try {
    expected = drawCommunitySample(request, edition);
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
    ...scalarDifference("subject-mismatch", "committeeId", expected.committeeId, actual.committeeId),
    ...scalarDifference("subject-mismatch", "year", expected.year, actual.year),
    ...scalarDifference("subject-mismatch", "samplingDate", expected.samplingDate, actual.samplingDate),
    ...scalarDifference("seed-mismatch", "seed", expected.seed, actual.seed),
    ...scalarDifference(
      "rate-mismatch",
      "communitiesPerDistrict",
      expected.communitiesPerDistrict,
      actual.communitiesPerDistrict,
    ),
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
  ];
  if (!sameList(expected.options.districts, actual.options.districts)) {
    differences.push({
      kind: "options-mismatch",
      field: "options.districts",
      message: `options.districts: re-derived [${expected.options.districts.join(", ")}], recorded [${actual.options.districts.join(", ")}]`,
    });
  }
  const sampleDifferences = idSetDifferences(
    "sample",
    sampledCommunityIds(expected),
    sampledCommunityIds(actual),
  );
  differences.push(...sampleDifferences);
  const recordedByDistrict = new Map(actual.districts.map((d) => [d.district, d]));
  const expectedDistricts = new Set(expected.districts.map((d) => d.district));
  for (const want of expected.districts) {
    const field = `districts[${want.district}]`;
    const got = recordedByDistrict.get(want.district);
    if (!got) {
      differences.push({
        kind: "count-mismatch",
        field,
        message: `${field}: the record has no such district`,
      });
      continue;
    }
    differences.push(
      ...scalarDifference("count-mismatch", `${field}.communities`, want.communities, got.communities),
      ...scalarDifference("count-mismatch", `${field}.required`, want.required, got.required),
    );
    if (sampleDifferences.length === 0 && !sameList(want.drawn, got.drawn)) {
      differences.push({
        kind: "order-mismatch",
        field: `${field}.drawn`,
        message: `${field}.drawn: re-derived [${want.drawn.join(", ")}], recorded [${got.drawn.join(", ")}]`,
      });
    }
  }
  for (const got of actual.districts) {
    if (!expectedDistricts.has(got.district)) {
      const field = `districts[${got.district}]`;
      differences.push({
        kind: "count-mismatch",
        field,
        message: `${field}: no such district in the inputs`,
      });
    }
  }
  if (
    differences.length === 0 &&
    !sameList(
      expected.districts.map((d) => d.district),
      actual.districts.map((d) => d.district),
    )
  ) {
    differences.push({
      kind: "order-mismatch",
      field: "districts",
      message: "Districts are not in code point order",
    });
  }
  return { ok: differences.length === 0, differences, rederived: expected };
}
