import { groupBy } from "../collections/groupBy";
import type { CommunityEvent } from "../model/communityEvent";
import type { Dataset } from "../model/dataset";
import type { MemberRecords } from "../model/memberRecords";

const indexByMember = <T extends { memberId: string }>(records: readonly T[]) =>
  groupBy(records, (r) => r.memberId);

/**
 * Splits a flat dataset into one `MemberRecords` bundle per member, in the
 * dataset's member order. Community events go to every member who lived in
 * the event's community at some point.
 */
export function* groupByMember(dataset: Dataset): Generator<MemberRecords> {
  const residences = indexByMember(dataset.residences);
  const reports = indexByMember(dataset.reports);
  const postClaims = indexByMember(dataset.postClaims);
  const services = indexByMember(dataset.services);
  const attendances = indexByMember(dataset.attendances);
  const feedback = indexByMember(dataset.feedback);
  const selfReports = indexByMember(dataset.selfReports);
  const eventsByCommunity = groupBy(dataset.communityEvents, (e) => e.communityId);
  for (const member of dataset.members) {
    const memberResidences = residences.get(member.id) ?? [];
    const communities = new Set(memberResidences.map((r) => r.communityId));
    yield {
      member,
      residences: memberResidences,
      reports: reports.get(member.id) ?? [],
      postClaims: postClaims.get(member.id) ?? [],
      services: services.get(member.id) ?? [],
      communityEvents: eventsOf(communities, eventsByCommunity),
      attendances: attendances.get(member.id) ?? [],
      feedback: feedback.get(member.id) ?? [],
      selfReports: selfReports.get(member.id) ?? [],
    };
  }
}

/**
 * The events of a member's communities, in that order, in a list of the
 * member's own: no bundle shares an array with another, so a caller may
 * change one member's list. Copied with `slice`/`concat`, which copy a
 * packed list at once: `flatMap` took 30 times as long (1.8 s for 100,000
 * members of 196 events each, against 0.06 s).
 */
function eventsOf(
  communities: ReadonlySet<string>,
  eventsByCommunity: ReadonlyMap<string, CommunityEvent[]>,
): CommunityEvent[] {
  const lists: CommunityEvent[][] = [];
  for (const community of communities) {
    const events = eventsByCommunity.get(community);
    if (events !== undefined) lists.push(events);
  }
  return lists.length === 1
    ? (lists[0] as CommunityEvent[]).slice()
    : ([] as CommunityEvent[]).concat(...lists);
}
