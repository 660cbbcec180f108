import type * as t from "io-ts";
import { datasetIssues } from "../source/datasetIssues";
import { closedObject, listOrEmpty, withCheck } from "./codec";
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

/** All records of many members and their units, flat, checked across records as the zod schema checks them. */
export const Dataset = withCheck(
  closedObject("Dataset", {
    units: listOrEmpty(Unit),
    organisations: listOrEmpty(PartyOrganisation),
    members: listOrEmpty(Member),
    residences: listOrEmpty(Residence),
    reports: listOrEmpty(CommunityReport),
    postClaims: listOrEmpty(PostClaim),
    services: listOrEmpty(VolunteerService),
    communityEvents: listOrEmpty(CommunityEvent),
    attendances: listOrEmpty(EventAttendance),
    feedback: listOrEmpty(FeedbackItem),
    selfReports: listOrEmpty(SelfReport),
  }),
  datasetIssues,
);
export type Dataset = t.TypeOf<typeof Dataset>;
