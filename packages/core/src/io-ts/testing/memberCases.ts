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
  nonEmptyText,
  type ObjectShape,
  objectCase,
  padding,
  postCode,
  recordId,
  safeInteger,
  without,
  year,
} from "./blocks";

// The member programme's input schemas.

export const Unit = objectCase({
  required: { id: recordId, name: nonEmptyText },
  optional: { parentUnitId: recordId },
});

const PartyOrganisationKindCase = enumeration(PartyOrganisationKind.options);
const PartyOrganisation = objectCase({
  required: { id: recordId, unitId: recordId, name: nonEmptyText, kind: PartyOrganisationKindCase },
  optional: { parentOrganisationId: recordId },
});

const Member = objectCase({
  required: { id: recordId, name: nonEmptyText, unitId: recordId, branchId: recordId, inService: boolean },
  optional: { inScopeFrom: calendarDate },
  defaulted: { cadreCandidateYears: listOf(safeInteger, 4) },
});

const Residence = objectCase({
  required: {
    id: recordId,
    memberId: recordId,
    communityId: recordId,
    communityName: nonEmptyText,
    district: nonEmptyText,
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
    const owned = (item: Case) =>
      fc.array(
        fc
          .tuple(item.valid as fc.Arbitrary<Record<string, unknown>>, memberId)
          .map(([r, id]) => ({ ...r, memberId: id })),
        { maxLength: 2 },
      );
    return fc.record(
      {
        member: fc.constant(member),
        communityEvents: listOf(CommunityEvent, 2).valid,
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

const Dataset = objectCase({ required: {}, defaulted: { units: listOf(Unit), ...memberDatasetLists } });

export const memberCases: Record<string, Case> = {
  RecordId: recordId,
  CalendarDate: calendarDate,
  Year: year,
  NonEmptyText: nonEmptyText,
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
