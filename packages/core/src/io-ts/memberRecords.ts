import type * as t from "io-ts";
import { memberRecordsIssues } from "../model/memberRecordsIssues";
import { closedObject, listOrEmpty, withCheck } from "./codec";
import { CommunityEvent, EventAttendance } from "./communityEvent";
import { CommunityReport } from "./communityReport";
import { FeedbackItem } from "./feedbackItem";
import { Member } from "./member";
import { PostClaim } from "./postClaim";
import { Residence } from "./residence";
import { SelfReport } from "./selfReport";
import { VolunteerService } from "./volunteerService";

/** Everything the member programme looks at for one member; every record must be that member's. */
export const MemberRecords = withCheck(
  closedObject("MemberRecords", {
    member: Member,
    residences: listOrEmpty(Residence),
    reports: listOrEmpty(CommunityReport),
    postClaims: listOrEmpty(PostClaim),
    services: listOrEmpty(VolunteerService),
    communityEvents: listOrEmpty(CommunityEvent),
    attendances: listOrEmpty(EventAttendance),
    feedback: listOrEmpty(FeedbackItem),
    selfReports: listOrEmpty(SelfReport),
  }),
  memberRecordsIssues,
);
export type MemberRecords = t.TypeOf<typeof MemberRecords>;
