import type * as t from "io-ts";
import { type CheckIssue, listOrEmpty, strictObject, withCheck } from "./codec";
import { CommunityEvent, EventAttendance } from "./communityEvent";
import { CommunityReport } from "./communityReport";
import { FeedbackItem } from "./feedbackItem";
import { Member } from "./member";
import { PostClaim } from "./postClaim";
import { Residence } from "./residence";
import { SelfReport } from "./selfReport";
import { VolunteerService } from "./volunteerService";

/** The record lists that carry a `memberId` (community events belong to communities, not members). */
const OWNED_KINDS = [
  "residences",
  "reports",
  "postClaims",
  "services",
  "attendances",
  "feedback",
  "selfReports",
] as const;

/** Everything the member programme looks at for one member; every record must be that member's. */
export const MemberRecords = withCheck(
  strictObject("MemberRecords", {
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
  (records) => {
    const memberId = records.member.id;
    const issues: CheckIssue[] = [];
    for (const kind of OWNED_KINDS) {
      records[kind].forEach((record, index) => {
        if (record.memberId !== memberId) {
          issues.push({
            path: [kind, index, "memberId"],
            message: `belongs to member ${JSON.stringify(record.memberId)}, not ${JSON.stringify(memberId)}`,
          });
        }
      });
    }
    return issues;
  },
);
export type MemberRecords = t.TypeOf<typeof MemberRecords>;
