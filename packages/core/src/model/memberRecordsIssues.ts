import { datasetIssues } from "../source/datasetIssues";
import { foreignRecordIssues } from "./ownedRecordsIssues";
import type { PathIssue } from "./pathIssue";

/** The record lists of `MemberRecords` that carry a `memberId` (community events belong to communities). */
export const MEMBER_RECORD_COLLECTIONS = [
  "residences",
  "reports",
  "postClaims",
  "services",
  "attendances",
  "feedback",
  "selfReports",
] as const;

type Owned = { id: string; memberId: string };

/** One member's records, as validated. */
export type OneMemberRecords = { member: { id: string }; communityEvents: readonly { id: string }[] } & {
  [K in (typeof MEMBER_RECORD_COLLECTIONS)[number]]: readonly Owned[];
};

/**
 * The cross-record checks of one member's records: every record is the
 * member's, and IDs are unique within each collection. References are not
 * checked here: a bundle carries only the events of the member's own
 * communities, while the member may have attended one elsewhere. The zod
 * schema and the io-ts codec both report these.
 */
export function memberRecordsIssues(records: OneMemberRecords): PathIssue[] {
  const owned = Object.fromEntries(MEMBER_RECORD_COLLECTIONS.map((c) => [c, records[c]]));
  return [
    ...foreignRecordIssues(owned, "memberId", records.member.id),
    ...datasetIssues({ ...owned, communityEvents: records.communityEvents }, { references: false }),
  ];
}
