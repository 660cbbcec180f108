import { z } from "zod";
import { CommunityEvent, EventAttendance } from "./communityEvent";
import { CommunityReport } from "./communityReport";
import { FeedbackItem } from "./feedbackItem";
import { Member } from "./member";
import { PartyOrganisation } from "./partyOrganisation";
import { PostClaim } from "./postClaim";
import { Residence } from "./residence";
import { SelfReport } from "./selfReport";
import { Unit } from "./unit";
import { VolunteerService } from "./volunteerService";

/** All records of many members and their units, flat, the way a workbook or a database holds them. */
export const Dataset = z.object({
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
});
export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;
