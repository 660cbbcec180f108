// Checked by `tsc`, not run by vitest: each codec decodes to exactly the
// output type of its zod schema, so callers can switch validators freely.
import type * as t from "io-ts";
import { expectTypeOf } from "vitest";
import type { z } from "zod";
import type * as audit from "../audit/index";
import type * as zod from "../model/index";
import type * as sampling from "../sampling/index";
import type * as io from "./index";

expectTypeOf<t.TypeOf<typeof io.RecordId>>().toEqualTypeOf<z.output<typeof zod.RecordId>>();
expectTypeOf<t.TypeOf<typeof io.CalendarDate>>().toEqualTypeOf<z.output<typeof zod.CalendarDate>>();
expectTypeOf<t.TypeOf<typeof io.Year>>().toEqualTypeOf<z.output<typeof zod.Year>>();
expectTypeOf<t.TypeOf<typeof io.NonEmptyText>>().toEqualTypeOf<z.output<typeof zod.NonEmptyText>>();
expectTypeOf<t.TypeOf<typeof io.Unit>>().toEqualTypeOf<z.output<typeof zod.Unit>>();
expectTypeOf<t.TypeOf<typeof io.PartyOrganisationKind>>().toEqualTypeOf<
  z.output<typeof zod.PartyOrganisationKind>
>();
expectTypeOf<t.TypeOf<typeof io.PartyOrganisation>>().toEqualTypeOf<z.output<typeof zod.PartyOrganisation>>();
expectTypeOf<t.TypeOf<typeof io.Member>>().toEqualTypeOf<z.output<typeof zod.Member>>();
expectTypeOf<t.TypeOf<typeof io.Residence>>().toEqualTypeOf<z.output<typeof zod.Residence>>();
expectTypeOf<t.TypeOf<typeof io.CommunityReport>>().toEqualTypeOf<z.output<typeof zod.CommunityReport>>();
expectTypeOf<t.TypeOf<typeof io.PostCode>>().toEqualTypeOf<z.output<typeof zod.PostCode>>();
expectTypeOf<t.TypeOf<typeof io.PostClaim>>().toEqualTypeOf<z.output<typeof zod.PostClaim>>();
expectTypeOf<t.TypeOf<typeof io.VolunteerService>>().toEqualTypeOf<z.output<typeof zod.VolunteerService>>();
expectTypeOf<t.TypeOf<typeof io.FourMustsKind>>().toEqualTypeOf<z.output<typeof zod.FourMustsKind>>();
expectTypeOf<t.TypeOf<typeof io.CommunityEvent>>().toEqualTypeOf<z.output<typeof zod.CommunityEvent>>();
expectTypeOf<t.TypeOf<typeof io.EventAttendance>>().toEqualTypeOf<z.output<typeof zod.EventAttendance>>();
expectTypeOf<t.TypeOf<typeof io.FeedbackKind>>().toEqualTypeOf<z.output<typeof zod.FeedbackKind>>();
expectTypeOf<t.TypeOf<typeof io.FeedbackArea>>().toEqualTypeOf<z.output<typeof zod.FeedbackArea>>();
expectTypeOf<t.TypeOf<typeof io.InvestigationStatus>>().toEqualTypeOf<
  z.output<typeof zod.InvestigationStatus>
>();
expectTypeOf<t.TypeOf<typeof io.FeedbackItem>>().toEqualTypeOf<z.output<typeof zod.FeedbackItem>>();
expectTypeOf<t.TypeOf<typeof io.SelfReport>>().toEqualTypeOf<z.output<typeof zod.SelfReport>>();
expectTypeOf<t.TypeOf<typeof io.MemberRecords>>().toEqualTypeOf<z.output<typeof zod.MemberRecords>>();
expectTypeOf<t.TypeOf<typeof io.Dataset>>().toEqualTypeOf<z.output<typeof zod.Dataset>>();
expectTypeOf<t.TypeOf<typeof io.UnitActivityKind>>().toEqualTypeOf<z.output<typeof zod.UnitActivityKind>>();
expectTypeOf<t.TypeOf<typeof io.JointMeetingBody>>().toEqualTypeOf<z.output<typeof zod.JointMeetingBody>>();
expectTypeOf<t.TypeOf<typeof io.UnitActivityRecordField>>().toEqualTypeOf<
  z.output<typeof zod.UnitActivityRecordField>
>();
expectTypeOf<t.TypeOf<typeof io.UnitOnlineRecord>>().toEqualTypeOf<z.output<typeof zod.UnitOnlineRecord>>();
expectTypeOf<t.TypeOf<typeof io.UnitActivity>>().toEqualTypeOf<z.output<typeof zod.UnitActivity>>();
expectTypeOf<t.TypeOf<typeof io.UnitCommunityDesignation>>().toEqualTypeOf<
  z.output<typeof zod.UnitCommunityDesignation>
>();
expectTypeOf<t.TypeOf<typeof io.UnitDataset>>().toEqualTypeOf<z.output<typeof zod.UnitDataset>>();
expectTypeOf<t.TypeOf<typeof io.InquiryRespondentKind>>().toEqualTypeOf<
  z.output<typeof zod.InquiryRespondentKind>
>();
expectTypeOf<t.TypeOf<typeof io.UnitInquiryAnswer>>().toEqualTypeOf<z.output<typeof zod.UnitInquiryAnswer>>();
expectTypeOf<t.TypeOf<typeof io.UnitPairing>>().toEqualTypeOf<z.output<typeof zod.UnitPairing>>();
expectTypeOf<t.TypeOf<typeof io.UnitReceiptRecipient>>().toEqualTypeOf<
  z.output<typeof zod.UnitReceiptRecipient>
>();
expectTypeOf<t.TypeOf<typeof io.UnitReceipt>>().toEqualTypeOf<z.output<typeof zod.UnitReceipt>>();
expectTypeOf<t.TypeOf<typeof io.UnitRecords>>().toEqualTypeOf<z.output<typeof zod.UnitRecords>>();
expectTypeOf<t.TypeOf<typeof io.UnitScope>>().toEqualTypeOf<z.output<typeof zod.UnitScope>>();
expectTypeOf<t.TypeOf<typeof io.UnitStreetReport>>().toEqualTypeOf<z.output<typeof zod.UnitStreetReport>>();
expectTypeOf<t.TypeOf<typeof io.UnitListKind>>().toEqualTypeOf<z.output<typeof zod.UnitListKind>>();
expectTypeOf<t.TypeOf<typeof io.UnitListItem>>().toEqualTypeOf<z.output<typeof zod.UnitListItem>>();
expectTypeOf<t.TypeOf<typeof io.UnitList>>().toEqualTypeOf<z.output<typeof zod.UnitList>>();
expectTypeOf<t.TypeOf<typeof io.SamplingText>>().toEqualTypeOf<z.output<typeof sampling.SamplingText>>();
expectTypeOf<t.TypeOf<typeof io.SamplingId>>().toEqualTypeOf<z.output<typeof sampling.SamplingId>>();
expectTypeOf<t.TypeOf<typeof io.Sha256Hex>>().toEqualTypeOf<z.output<typeof sampling.Sha256Hex>>();
expectTypeOf<t.TypeOf<typeof io.VisitKind>>().toEqualTypeOf<z.output<typeof sampling.VisitKind>>();
expectTypeOf<t.TypeOf<typeof io.Visit>>().toEqualTypeOf<z.output<typeof sampling.Visit>>();
expectTypeOf<t.TypeOf<typeof io.CommunityVisit>>().toEqualTypeOf<z.output<typeof sampling.CommunityVisit>>();
expectTypeOf<t.TypeOf<typeof io.FindingsPublication>>().toEqualTypeOf<
  z.output<typeof sampling.FindingsPublication>
>();
expectTypeOf<t.TypeOf<typeof io.PopulationMember>>().toEqualTypeOf<
  z.output<typeof sampling.PopulationMember>
>();
expectTypeOf<t.TypeOf<typeof io.PopulationEntry>>().toEqualTypeOf<
  z.output<typeof sampling.PopulationEntry>
>();
expectTypeOf<t.TypeOf<typeof io.StratifyBy>>().toEqualTypeOf<z.output<typeof sampling.StratifyBy>>();
expectTypeOf<t.TypeOf<typeof io.MemberSampleOptions>>().toEqualTypeOf<
  z.output<typeof sampling.MemberSampleOptions>
>();
expectTypeOf<t.TypeOf<typeof io.MemberDrawRequest>>().toEqualTypeOf<
  z.output<typeof sampling.MemberDrawRequest>
>();
expectTypeOf<t.TypeOf<typeof io.CommunityEntry>>().toEqualTypeOf<z.output<typeof sampling.CommunityEntry>>();
expectTypeOf<t.TypeOf<typeof io.CommunityDrawRequest>>().toEqualTypeOf<
  z.output<typeof sampling.CommunityDrawRequest>
>();
expectTypeOf<t.TypeOf<typeof io.MemberSampleStratum>>().toEqualTypeOf<
  z.output<typeof sampling.MemberSampleStratum>
>();
expectTypeOf<t.TypeOf<typeof io.MemberSample>>().toEqualTypeOf<z.output<typeof sampling.MemberSample>>();
expectTypeOf<t.TypeOf<typeof io.DistrictSample>>().toEqualTypeOf<z.output<typeof sampling.DistrictSample>>();
expectTypeOf<t.TypeOf<typeof io.CommunitySample>>().toEqualTypeOf<
  z.output<typeof sampling.CommunitySample>
>();
expectTypeOf<t.TypeOf<typeof io.SpotCheckDraw>>().toEqualTypeOf<z.output<typeof sampling.SpotCheckDraw>>();
expectTypeOf<t.TypeOf<typeof io.SpotCheckInput>>().toEqualTypeOf<z.output<typeof sampling.SpotCheckInput>>();
expectTypeOf<t.TypeOf<typeof io.CommunitySampleCheckInput>>().toEqualTypeOf<
  z.output<typeof sampling.CommunitySampleCheckInput>
>();
expectTypeOf<t.TypeOf<typeof io.AuditDataset>>().toEqualTypeOf<z.output<typeof audit.AuditDataset>>();
