import type { Edition } from "../editions/edition";
import type { CommunityDrawRequestInput } from "./communityDrawRequest";
import { CommunitySample, sampledCommunityIds } from "./communitySample";
import { idSetDifferences, sameList, scalarDifference } from "./compareRecords";
import { drawCommunitySample } from "./drawCommunitySample";
import { headerDifferences, rederive } from "./rederive";
import type { SampleDifference, SampleVerification } from "./sampleVerification";

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
  const outcome = rederive(CommunitySample, recorded, () => drawCommunitySample(request, edition));
  if ("differences" in outcome) return { ok: false, differences: outcome.differences };
  const { actual, expected } = outcome;
  const differences: SampleDifference[] = [
    ...headerDifferences(expected, actual),
    ...scalarDifference("subject-mismatch", "committeeId", expected.committeeId, actual.committeeId),
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
