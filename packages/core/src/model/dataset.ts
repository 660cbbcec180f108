import { z } from "zod";
import { datasetIssues } from "../source/datasetIssues";
import { CommunityEvent, EventAttendance } from "./communityEvent";
import { CommunityReport } from "./communityReport";
import { FeedbackItem } from "./feedbackItem";
import { Member } from "./member";
import { PartyOrganisation } from "./partyOrganisation";
import { addPathIssues } from "./pathIssue";
import { PostClaim } from "./postClaim";
import { Residence } from "./residence";
import { SelfReport } from "./selfReport";
import { Unit } from "./unit";
import { VolunteerService } from "./volunteerService";

/**
 * All records of many members and their units, flat, the way a workbook or a
 * database holds them. Checked on parse (`datasetIssues`): IDs unique within
 * each collection, every reference names a record (a member's unit, a
 * record's member, an attendance's event; a member's branch when
 * organisations are given), and no unit or organisation is its own ancestor.
 */
export const Dataset = z
  .strictObject({
    units: z.array(Unit).default([]),
    organisations: z.array(PartyOrganisation).default([]),
    members: z.array(Member).default([]),
    residences: z.array(Residence).default([]),
    reports: z.array(CommunityReport).default([]),
    postClaims: z.array(PostClaim).default([]),
    services: z.array(VolunteerService).default([]),
    communityEvents: z.array(CommunityEvent).default([]),
    attendances: z.array(EventAttendance).default([]),
    feedback: z.array(FeedbackItem).default([]),
    selfReports: z.array(SelfReport).default([]),
  })
  .superRefine((dataset, ctx) => addPathIssues(datasetIssues(dataset), ctx));
export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;
