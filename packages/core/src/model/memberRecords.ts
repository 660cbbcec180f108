import { z } from "zod";
import { CommunityEvent, EventAttendance } from "./communityEvent";
import { CommunityReport } from "./communityReport";
import { FeedbackItem } from "./feedbackItem";
import { Member } from "./member";
import { PostClaim } from "./postClaim";
import { Residence } from "./residence";
import { SelfReport } from "./selfReport";
import { VolunteerService } from "./volunteerService";

/**
 * Everything the member programme looks at for one member. Community events are
 * those of the communities the member lived in; the assessment picks the ones
 * that were the member's own on the day.
 */
export const MemberRecords = z
  .object({
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
  .superRefine((records, ctx) => {
    const memberId = records.member.id;
    const kinds = [
      "residences",
      "reports",
      "postClaims",
      "services",
      "attendances",
      "feedback",
      "selfReports",
    ] as const;
    for (const kind of kinds) {
      records[kind].forEach((record, index) => {
        if (record.memberId !== memberId) {
          ctx.addIssue({
            code: "custom",
            path: [kind, index, "memberId"],
            message: `belongs to member ${JSON.stringify(record.memberId)}, not ${JSON.stringify(memberId)}`,
          });
        }
      });
    }
  });
export type MemberRecords = z.infer<typeof MemberRecords>;
export type MemberRecordsInput = z.input<typeof MemberRecords>;
