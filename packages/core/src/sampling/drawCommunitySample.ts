import { sortByCodePoint } from "../collections/compareCodePoints";
import type { Edition } from "../editions/edition";
import { SAMPLING_ALGORITHM } from "./algorithm";
import { canonicalPopulation } from "./canonicalLines";
import { assertCanonicalText } from "./canonicalText";
import type { CommunityDrawRequestInput } from "./communityDrawRequest";
import { eligibleCommunities } from "./communityPopulation";
import type { CommunitySample, DistrictSample } from "./communitySample";
import { checkCommunityDrawDistricts, checkCommunityDrawHeader } from "./drawContext";
import { rankOrder, rankTable } from "./rank";

/**
 * Draws the communities 工委 field-visits in a year (`W-COMMUNITY-SAMPLE`,
 * ZZ47-BD 三(三)): in every district, the `communitiesPerDistrict` (edition)
 * communities with members of lowest rank SHA-256(seed ‖ 0x00 ‖ community
 * ID), or all of them when the district has fewer. A pure function of the
 * request and the edition.
 */
export function drawCommunitySample(request: CommunityDrawRequestInput, edition: Edition): CommunitySample {
  const { year, samplingDate } = checkCommunityDrawHeader(request);
  checkCommunityDrawDistricts(request);
  if (request.committeeId !== undefined) assertCanonicalText(request.committeeId, "Committee ID");
  for (const district of request.districts ?? [])
    assertCanonicalText(district, "District", "invalid-district");
  const perDistrict = edition.parameters.sampling.communitiesPerDistrict;
  const { ids, districts } = eligibleCommunities(request.communities);
  const population = canonicalPopulation(ids, districts);

  const table = rankTable(request.seed, ids, population.keys);
  const byDistrict = new Map<string, number[]>();
  for (const district of request.districts ?? []) byDistrict.set(district, []);
  for (const i of rankOrder(
    table,
    ids.map((_, i) => i),
  )) {
    const district = districts[i] as string;
    const list = byDistrict.get(district) ?? [];
    list.push(i);
    byDistrict.set(district, list);
  }
  const districtSamples: DistrictSample[] = sortByCodePoint([...byDistrict.keys()]).map((district) => {
    const ranked = byDistrict.get(district) ?? [];
    const required = Math.min(perDistrict, ranked.length);
    return {
      district,
      communities: ranked.length,
      required,
      drawn: ranked.slice(0, required).map((i) => ids[i] as string),
    };
  });
  return {
    kind: "community-sample",
    algorithm: { ...SAMPLING_ALGORITHM },
    committeeId: request.committeeId ?? null,
    year,
    samplingDate,
    seed: request.seed,
    edition: { id: edition.id, version: edition.version },
    communitiesPerDistrict: perDistrict,
    populationHash: population.hash,
    populationSize: ids.length,
    options: { districts: sortByCodePoint([...new Set(request.districts ?? [])]) },
    districts: districtSamples,
  };
}
