import { z } from "zod";
import { CommunityEvent, EventAttendance } from "./communityEvent";
import { CommunityReport } from "./communityReport";
import { FeedbackItem } from "./feedbackItem";
import { Member } from "./member";
import { memberRecordsIssues } from "./memberRecordsIssues";
import { addPathIssues } from "./pathIssue";
import { PostClaim } from "./postClaim";
import { Residence } from "./residence";
import { SelfReport } from "./selfReport";
import { VolunteerService } from "./volunteerService";

/**
 * Everything the member programme looks at for one member. Community events are
 * those of the communities the member lived in; the assessment picks the ones
 * that were the member's own on the day. Checked on parse: every record is the
 * member's, and IDs are unique within each collection.
 */
export const MemberRecords = z
  .strictObject({
    member: Member,
    residences: z.array(Residence).default([]),
    reports: z.array(CommunityReport).default([]),
    postClaims: z.array(PostClaim).default([]),
    services: z.array(VolunteerService).default([]),
    communityEvents: z.array(CommunityEvent).default([]),
    attendances: z.array(EventAttendance).default([]),
    feedback: z.array(FeedbackItem).default([]),
    selfReports: z.array(SelfReport).default([]),
  })
  .superRefine((records, ctx) => addPathIssues(memberRecordsIssues(records), ctx));
export type MemberRecords = z.infer<typeof MemberRecords>;
export type MemberRecordsInput = z.input<typeof MemberRecords>;
