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
export type OneMemberRecords = {
  member: { id: string; attendedEventIds?: readonly string[] };
  communityEvents: readonly { id: string }[];
} & {
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
  // Nearly every bundle is clean: a plain scan says so without the checker's
  // maps, which cost two fifths of validating a member (docs/performance.md).
  if (isClean(records)) return [];
  const owned = Object.fromEntries(MEMBER_RECORD_COLLECTIONS.map((c) => [c, records[c]]));
  return [
    ...foreignRecordIssues(owned, "memberId", records.member.id),
    // The member goes in too, so that an event in both attendance forms is found.
    ...datasetIssues(
      { members: [records.member], ...owned, communityEvents: records.communityEvents },
      { references: false },
    ).map(atBundlePath),
  ];
}

/** Whether no record names another member and no collection repeats an ID (then there is nothing to report). */
function isClean(records: OneMemberRecords): boolean {
  const memberId = records.member.id;
  // The member's own attendance list is checked by the checker (duplicates, both forms).
  if ((records.member.attendedEventIds?.length ?? 0) > 0) return false;
  for (const collection of MEMBER_RECORD_COLLECTIONS) {
    const list = records[collection];
    for (const record of list) if (record.memberId !== memberId) return false;
    if (!distinctIds(list)) return false;
  }
  return distinctIds(records.communityEvents);
}

function distinctIds(list: readonly { id: string }[]): boolean {
  // A member's lists are short: pairwise below 16 records, a Set above.
  if (list.length > 16) return new Set(list.map((r) => r.id)).size === list.length;
  for (let i = 1; i < list.length; i++) {
    const id = (list[i] as { id: string }).id;
    for (let j = 0; j < i; j++) if ((list[j] as { id: string }).id === id) return false;
  }
  return true;
}

/** The bundle's member is at `member`, not `members[0]`. */
function atBundlePath(issue: PathIssue): PathIssue {
  if (issue.path[0] !== "members") return issue;
  return { ...issue, path: ["member", ...issue.path.slice(2)] };
}
