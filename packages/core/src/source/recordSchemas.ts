import type { z } from "zod";
import type { AuditDataset } from "../audit/auditDataset";
import { CommunityEvent, EventAttendance } from "../model/communityEvent";
import { CommunityReport } from "../model/communityReport";
import { FeedbackItem } from "../model/feedbackItem";
import { Member } from "../model/member";
import { PartyOrganisation } from "../model/partyOrganisation";
import { PostClaim } from "../model/postClaim";
import { Residence } from "../model/residence";
import { SelfReport } from "../model/selfReport";
import { Unit } from "../model/unit";
import { UnitActivity } from "../model/unitActivity";
import { UnitCommunityDesignation } from "../model/unitCommunityDesignation";
import { UnitInquiryAnswer } from "../model/unitInquiryAnswer";
import { UnitPairing } from "../model/unitPairing";
import { UnitReceipt } from "../model/unitReceipt";
import { UnitScope } from "../model/unitScope";
import { UnitStreetReport } from "../model/unitStreetReport";
import { UnitList } from "../model/unitThreeLists";
import { VolunteerService } from "../model/volunteerService";
import { Visit } from "../sampling/visit";
import type { RecordKind } from "./recordSource";

/** The schema of one record of a kind, yielding the record as an `AuditDataset` holds it. */
export type RecordSchema<K extends RecordKind> = z.ZodType<AuditDataset[K][number]>;

/**
 * The schema of each kind of record, the very ones `AuditDataset`'s lists
 * hold (a test keeps the two the same): a source's records are validated one
 * by one with these, then checked across records.
 */
export const RECORD_SCHEMAS: { readonly [K in RecordKind]: RecordSchema<K> } = {
  units: Unit,
  organisations: PartyOrganisation,
  members: Member,
  residences: Residence,
  reports: CommunityReport,
  postClaims: PostClaim,
  services: VolunteerService,
  communityEvents: CommunityEvent,
  attendances: EventAttendance,
  feedback: FeedbackItem,
  selfReports: SelfReport,
  unitScopes: UnitScope,
  streetReports: UnitStreetReport,
  designations: UnitCommunityDesignation,
  pairings: UnitPairing,
  receipts: UnitReceipt,
  activities: UnitActivity,
  lists: UnitList,
  inquiryAnswers: UnitInquiryAnswer,
  visits: Visit,
};
