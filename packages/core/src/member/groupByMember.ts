import type { Dataset } from "../model/dataset";
import type { MemberRecords } from "../model/memberRecords";

type Keyed = { memberId: string };

function indexByMember<T extends Keyed>(records: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const record of records) {
    const list = index.get(record.memberId);
    if (list) list.push(record);
    else index.set(record.memberId, [record]);
  }
  return index;
}

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
  const eventsByCommunity = new Map<string, Dataset["communityEvents"]>();
  for (const event of dataset.communityEvents) {
    const list = eventsByCommunity.get(event.communityId);
    if (list) list.push(event);
    else eventsByCommunity.set(event.communityId, [event]);
  }
  for (const member of dataset.members) {
    const memberResidences = residences.get(member.id) ?? [];
    const communities = new Set(memberResidences.map((r) => r.communityId));
    yield {
      member,
      residences: memberResidences,
      reports: reports.get(member.id) ?? [],
      postClaims: postClaims.get(member.id) ?? [],
      services: services.get(member.id) ?? [],
      communityEvents: [...communities].flatMap((c) => eventsByCommunity.get(c) ?? []),
      attendances: attendances.get(member.id) ?? [],
      feedback: feedback.get(member.id) ?? [],
      selfReports: selfReports.get(member.id) ?? [],
    };
  }
}
