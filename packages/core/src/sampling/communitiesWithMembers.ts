import { z } from "zod";
import { compareCodePoints } from "../collections/compareCodePoints";
import { CalendarDate } from "../model/primitives";
import { Residence } from "../model/residence";
import { validate } from "../model/validate";
import type { CommunityEntry } from "./communityDrawRequest";
import { SamplingInputError } from "./samplingError";

/** Who counts as living somewhere: in-scope members only, when given. */
export interface MemberScopeLike {
  id: string;
  inService: boolean;
  inScopeFrom?: string;
}

/**
 * The communities with members on a date, from residence histories: each
 * member lives where their latest residence starting on or before the date
 * says (same start: the larger record ID). With `members`, only members in
 * scope on the date count (`inService`, `inScopeFrom` on/before it). Sorted by
 * community ID; a community that two residences place in different
 * districts is refused.
 */
export function communitiesWithMembers(input: {
  residences: readonly z.input<typeof Residence>[];
  date: string;
  members?: readonly MemberScopeLike[];
}): CommunityEntry[] {
  const residences = validate(z.array(Residence), input.residences, "residences");
  const date = validate(CalendarDate, input.date, "date");
  const inScope =
    input.members === undefined
      ? undefined
      : new Set(
          input.members
            .filter((m) => m.inService && (m.inScopeFrom === undefined || m.inScopeFrom <= date))
            .map((m) => m.id),
        );
  const current = new Map<string, Residence>();
  for (const residence of residences) {
    if (residence.from > date) continue;
    if (inScope && !inScope.has(residence.memberId)) continue;
    const known = current.get(residence.memberId);
    if (
      !known ||
      residence.from > known.from ||
      (residence.from === known.from && compareCodePoints(residence.id, known.id) > 0)
    ) {
      current.set(residence.memberId, residence);
    }
  }
  const districtOf = new Map<string, string>();
  for (const residence of residences) {
    const known = districtOf.get(residence.communityId);
    if (known !== undefined && known !== residence.district) {
      throw new SamplingInputError(
        "invalid-district",
        `Community ${residence.communityId} is placed in both ${known} and ${residence.district}`,
      );
    }
    districtOf.set(residence.communityId, residence.district);
  }
  const members = new Map<string, number>();
  for (const residence of current.values()) {
    members.set(residence.communityId, (members.get(residence.communityId) ?? 0) + 1);
  }
  return [...members.entries()]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([id, count]) => ({ id, district: districtOf.get(id) as string, members: count }));
}
