import { canonicalPopulation } from "./canonicalLines";
import { assertCanonicalText } from "./canonicalText";
import type { CommunityDrawRequestInput } from "./communityDrawRequest";
import { SamplingInputError } from "./samplingError";

/**
 * The communities with members among a community list, checked: canonical
 * IDs and district names, no community listed twice, `members` a whole
 * number ≥ 0 when given.
 */
export function eligibleCommunities(communities: CommunityDrawRequestInput["communities"]): {
  ids: string[];
  districts: string[];
} {
  if (!Array.isArray(communities))
    throw new SamplingInputError("invalid-input", "The communities must be a list");
  const seen = new Set<string>();
  const ids: string[] = [];
  const districts: string[] = [];
  for (const community of communities) {
    assertCanonicalText(community?.id, "Community ID");
    assertCanonicalText(community.district, `District of community ${community.id}`, "invalid-district");
    if (seen.has(community.id)) {
      throw new SamplingInputError("duplicate-id", `Community ${community.id} is listed twice`);
    }
    seen.add(community.id);
    const { members } = community;
    if (members !== undefined && !(Number.isSafeInteger(members) && members >= 0)) {
      throw new SamplingInputError(
        "invalid-input",
        `Community ${community.id}: members must be a whole number ≥ 0`,
      );
    }
    if (members === undefined || members > 0) {
      ids.push(community.id);
      districts.push(community.district);
    }
  }
  return { ids, districts };
}

/**
 * The population hash and size a community draw will record, without
 * drawing: what 工委 publishes as its commitment before the seed exists.
 */
export function hashCommunityPopulation(communities: CommunityDrawRequestInput["communities"]): {
  populationHash: string;
  populationSize: number;
} {
  const { ids, districts } = eligibleCommunities(communities);
  return { populationHash: canonicalPopulation(ids, districts).hash, populationSize: ids.length };
}
