import fc from "fast-check";
import { FourMustsKind } from "../../model/communityEvent";
import { FeedbackArea, FeedbackKind, InvestigationStatus } from "../../model/feedbackItem";
import { PartyOrganisationKind } from "../../model/partyOrganisation";
import {
  boolean,
  type Case,
  calendarDate,
  enumeration,
  type Fields,
  listOf,
  name,
  nonEmptyText,
  type ObjectShape,
  objectCase,
  ownedBy,
  padding,
  postCode,
  recordId,
  safeInteger,
  samePadded,
  uniqueRecords,
  without,
  year,
} from "./blocks";

// The member programme's input schemas.

export const Unit = objectCase({
  required: { id: recordId, name },
  optional: { parentUnitId: recordId, statsTableSubmittedOn: calendarDate },
});

const PartyOrganisationKindCase = enumeration(PartyOrganisationKind.options);
const PartyOrganisation = objectCase({
  required: { id: recordId, unitId: recordId, name, kind: PartyOrganisationKindCase },
  optional: { parentOrganisationId: recordId },
});

const Member = objectCase({
  required: { id: recordId, name, unitId: recordId, inService: boolean },
  optional: { branchId: recordId, inScopeFrom: calendarDate },
  defaulted: { cadreCandidateYears: listOf(safeInteger, 4) },
});

const Residence = objectCase({
  required: {
    id: recordId,
    memberId: recordId,
    communityId: recordId,
    communityName: name,
    district: name,
    from: calendarDate,
  },
});

const CommunityReport = objectCase({
  required: { id: recordId, memberId: recordId, date: calendarDate, communityId: recordId },
  optional: { receiptHandedInOn: calendarDate },
});

const postClaimShape: ObjectShape = {
  required: { id: recordId, memberId: recordId, postCode },
  optional: { otherText: nonEmptyText, date: calendarDate },
};
const postClaimFields = objectCase(postClaimShape);
const PostClaim = ((): Case => {
  // Post 15 (其他) needs its description; valid claims supply one.
  const valid = fc
    .tuple(postClaimFields.valid as fc.Arbitrary<Record<string, unknown>>, nonEmptyText.valid)
    .map(([claim, text]) =>
      claim.postCode === 15 && claim.otherText === undefined ? { ...claim, otherText: text } : claim,
    );
  const post15 = valid.map((claim) => ({ ...claim, postCode: 15 }));
  return {
    valid,
    mutated: fc.oneof(
      { arbitrary: objectCase(postClaimShape, valid).mutated, weight: 4 },
      { arbitrary: post15.map((claim) => without(claim, "otherText")), weight: 1 },
      { arbitrary: post15.map((claim) => ({ ...claim, otherText: undefined })), weight: 1 },
      {
        arbitrary: fc
          .tuple(post15, nonEmptyText.mutated)
          .map(([claim, text]) => ({ ...claim, otherText: text })),
        weight: 1,
      },
    ),
  };
})();

const VolunteerService = objectCase({
  required: {
    id: recordId,
    memberId: recordId,
    date: calendarDate,
    communityId: recordId,
    content: nonEmptyText,
  },
  optional: { postCode },
  defaulted: { usedPublicPower: boolean, usedUnitResources: boolean },
});

const FourMustsKindCase = enumeration(FourMustsKind.options);
const CommunityEvent = objectCase({
  required: {
    id: recordId,
    communityId: recordId,
    date: calendarDate,
    kind: FourMustsKindCase,
    title: nonEmptyText,
  },
});

const EventAttendance = objectCase({ required: { id: recordId, eventId: recordId, memberId: recordId } });

const FeedbackKindCase = enumeration(FeedbackKind.options);
const FeedbackAreaCase = enumeration(FeedbackArea.options);
export const InvestigationStatusCase = enumeration(InvestigationStatus.options);
const FeedbackItem = objectCase({
  required: {
    id: recordId,
    memberId: recordId,
    date: calendarDate,
    kind: FeedbackKindCase,
    area: FeedbackAreaCase,
    status: InvestigationStatusCase,
  },
  optional: { statusDate: calendarDate, note: nonEmptyText },
});

const SelfReport = objectCase({
  required: {
    id: recordId,
    memberId: recordId,
    year,
    reportedToOrganisation: boolean,
    explainedAtLifeMeeting: boolean,
  },
  optional: { date: calendarDate },
});

/** The record lists of `MemberRecords` that must all carry the member's id. */
const ownedLists = {
  residences: Residence,
  reports: CommunityReport,
  postClaims: PostClaim,
  services: VolunteerService,
  attendances: EventAttendance,
  feedback: FeedbackItem,
  selfReports: SelfReport,
};

const MemberRecords = ((): Case => {
  const listFields: Fields = { communityEvents: listOf(CommunityEvent, 2) };
  for (const [kind, item] of Object.entries(ownedLists)) listFields[kind] = listOf(item, 2);
  // Records carry the member's id, padded differently: the check compares trimmed ids.
  const valid: fc.Arbitrary<Record<string, unknown>> = (
    Member.valid as fc.Arbitrary<Record<string, unknown>>
  ).chain((member) => {
    const memberId = fc.tuple(padding, padding).map(([a, b]) => a + String(member.id).trim() + b);
    // IDs unique within each list, as the bundle's duplicate check needs.
    const owned = (item: Case) => ownedBy(uniqueRecords(item), "memberId", memberId);
    return fc.record(
      {
        member: fc.constant(member),
        communityEvents: uniqueRecords(CommunityEvent),
        ...Object.fromEntries(Object.entries(ownedLists).map(([kind, item]) => [kind, owned(item)])),
      },
      { requiredKeys: ["member"] },
    );
  });
  // One record of a list given someone else's id (often, not always, a different one).
  const foreign = fc
    .tuple(valid, fc.constantFrom(...Object.keys(ownedLists)), recordId.valid, fc.nat())
    .map(([records, kind, otherId, at]) => {
      const list = (records[kind] as Record<string, unknown>[] | undefined) ?? [];
      if (list.length === 0) return { ...records, [kind]: list };
      const index = at % list.length;
      return { ...records, [kind]: list.map((r, i) => (i === index ? { ...r, memberId: otherId } : r)) };
    });
  return {
    valid,
    mutated: fc.oneof(
      {
        arbitrary: objectCase({ required: { member: Member }, defaulted: listFields }, valid).mutated,
        weight: 3,
      },
      { arbitrary: foreign, weight: 2 },
    ),
  };
})();

/** The member programme's lists of a `Dataset` (and of an `AuditDataset`), `units` apart. */
export const memberDatasetLists: Fields = {
  organisations: listOf(PartyOrganisation),
  members: listOf(Member),
  residences: listOf(Residence),
  reports: listOf(CommunityReport),
  postClaims: listOf(PostClaim),
  services: listOf(VolunteerService),
  communityEvents: listOf(CommunityEvent),
  attendances: listOf(EventAttendance),
  feedback: listOf(FeedbackItem),
  selfReports: listOf(SelfReport),
};

type Row = Record<string, unknown>;

/** Some of `ids`, padded differently, or a constant `[]`-maker when there are none. */
const oneOf = (ids: readonly string[]) => fc.constantFrom(...ids).chain(samePadded);

/**
 * Valid member-side lists of a dataset whose units have `unitIds`: IDs
 * unique in each list, and every reference naming a record (a member's unit
 * and branch, a record's member, an attendance's event), as the dataset's
 * cross-record checks need.
 */
export function memberSideValid(unitIds: readonly string[]): fc.Arbitrary<Row> {
  const organisations =
    unitIds.length === 0
      ? fc.constant<Row[]>([])
      : ownedBy(uniqueRecords(PartyOrganisation), "unitId", oneOf(unitIds)).map((list) =>
          list.map((o) => without(o, "parentOrganisationId")),
        );
  return organisations.chain((orgList) => {
    const members =
      unitIds.length === 0
        ? fc.constant<Row[]>([])
        : ownedBy(uniqueRecords(Member, 3), "unitId", oneOf(unitIds)).chain((list) =>
            orgList.length === 0
              ? fc.constant(list)
              : // A member given a branch names an organisation; one without stays without (the field is optional).
                ownedBy(fc.constant(list), "branchId", oneOf(orgList.map((o) => String(o.id)))).map((owned) =>
                  owned.map((member, i) =>
                    "branchId" in (list[i] ?? {}) ? member : without(member, "branchId"),
                  ),
                ),
          );
    return fc.tuple(members, uniqueRecords(CommunityEvent)).chain(([memberList, events]) => {
      const memberIds = memberList.map((m) => String(m.id));
      const owned = (item: Case) =>
        memberIds.length === 0
          ? fc.constant<Row[]>([])
          : ownedBy(uniqueRecords(item), "memberId", oneOf(memberIds));
      const attendances =
        events.length === 0
          ? fc.constant<Row[]>([])
          : ownedBy(owned(EventAttendance), "eventId", oneOf(events.map((e) => String(e.id))));
      return fc.record(
        {
          organisations: fc.constant(orgList),
          members: fc.constant(memberList),
          communityEvents: fc.constant(events),
          attendances,
          ...Object.fromEntries(
            Object.entries(ownedLists)
              .filter(([kind]) => kind !== "attendances")
              .map(([kind, item]) => [kind, owned(item)]),
          ),
        },
        // The referenced lists stay: records name them.
        { requiredKeys: ["organisations", "members", "communityEvents"] },
      );
    });
  });
}

/** Units without a hierarchy (the unit cases try hierarchies) and the member side naming them. */
const datasetValid: fc.Arbitrary<Row> = uniqueRecords(Unit, 3).chain((units) => {
  const flat = units.map((u) => without(u, "parentUnitId"));
  return memberSideValid(flat.map((u) => String(u.id))).map((rest) => ({ units: flat, ...rest }));
});

/** A record of one of the member-side lists made to name a record that is not there. */
function dangling(valid: fc.Arbitrary<Row>): fc.Arbitrary<Row> {
  const fields: Record<string, string> = {
    members: "unitId",
    attendances: "eventId",
    services: "memberId",
    reports: "memberId",
    organisations: "unitId",
  };
  return fc
    .tuple(valid, fc.constantFrom(...Object.keys(fields)), recordId.valid, fc.nat())
    .map(([dataset, kind, other, at]) => {
      const list = (dataset[kind] as Row[] | undefined) ?? [];
      if (list.length === 0) return dataset;
      const index = at % list.length;
      return {
        ...dataset,
        [kind]: list.map((r, i) => (i === index ? { ...r, [fields[kind] as string]: other } : r)),
      };
    });
}

const Dataset: Case = ((): Case => {
  const fields = { units: listOf(Unit), ...memberDatasetLists };
  return {
    valid: datasetValid,
    mutated: fc.oneof(
      { arbitrary: objectCase({ required: {}, defaulted: fields }, datasetValid).mutated, weight: 3 },
      { arbitrary: objectCase({ required: {}, defaulted: fields }).valid, weight: 1 },
      { arbitrary: dangling(datasetValid), weight: 1 },
    ),
  };
})();

export const memberCases: Record<string, Case> = {
  RecordId: recordId,
  CalendarDate: calendarDate,
  Year: year,
  NonEmptyText: nonEmptyText,
  Name: name,
  Unit,
  PartyOrganisationKind: PartyOrganisationKindCase,
  PartyOrganisation,
  Member,
  Residence,
  CommunityReport,
  PostCode: postCode,
  PostClaim,
  VolunteerService,
  FourMustsKind: FourMustsKindCase,
  CommunityEvent,
  EventAttendance,
  FeedbackKind: FeedbackKindCase,
  FeedbackArea: FeedbackAreaCase,
  InvestigationStatus: InvestigationStatusCase,
  FeedbackItem,
  SelfReport,
  MemberRecords,
  Dataset,
};
