import { z } from "zod";
import type { MemberAssessment } from "../member/memberAssessment";
import { inScope, verdictOf } from "../rules/verdictLookup";

/**
 * One line of the 在职党员到居住地社区统计表: the members of a unit or a branch,
 * how their reporting stands, the posts they claimed and how often they served.
 */
export const StatisticsRow = z.object({
  level: z.enum(["unit", "branch", "total"]),
  unitId: z.string().nullable(),
  /** Null on unit and total lines, and on a unit's line of members without a branch (level `branch`). */
  branchId: z.string().nullable(),
  name: z.string(),
  membersInScope: z.number().int(),
  reportedOnTime: z.number().int(),
  reportedLate: z.number().int(),
  notYetReported: z.number().int(),
  /** (on time + late) / in scope; null when nobody is in scope. */
  reportRate: z.number().nullable(),
  /** Members who claimed each catalogue post: index 0 is post 1, index 14 is post 15 (其他). */
  postsClaimedByCode: z.array(z.number().int()).length(15),
  servicesZero: z.number().int(),
  servicesOne: z.number().int(),
  servicesTwoOrMore: z.number().int(),
  /** Member IDs counted in this row, for tracing any figure back to the verdicts. */
  memberIds: z.array(z.string()),
});
export type StatisticsRow = z.infer<typeof StatisticsRow>;

/** An empty row to add members to. */
export function emptyRow(
  level: StatisticsRow["level"],
  unitId: string | null,
  branchId: string | null,
  name: string,
): StatisticsRow {
  return {
    level,
    unitId,
    branchId,
    name,
    membersInScope: 0,
    reportedOnTime: 0,
    reportedLate: 0,
    notYetReported: 0,
    reportRate: null,
    postsClaimedByCode: Array.from({ length: 15 }, () => 0),
    servicesZero: 0,
    servicesOne: 0,
    servicesTwoOrMore: 0,
    memberIds: [],
  };
}

/**
 * Adds one member's assessment to a row. Every figure comes from a verdict:
 * `M-REPORT` for reporting, `M-CLAIM-POST` for posts, `M-SERVICE-YEAR` for the
 * countable services. Members out of scope (`M-REPORT` not applicable) are left out.
 */
export function addToRow(row: StatisticsRow, assessment: MemberAssessment): void {
  const report = assessment.verdicts.find((v) => v.ruleId === "M-REPORT");
  if (!report || report.status === "not-applicable") return;
  row.membersInScope += 1;
  row.memberIds.push(assessment.memberId);
  if (report.status === "met" && report.reason !== "reported-in-earlier-year") row.reportedOnTime += 1;
  else if (report.status === "met" || report.reason === "late") row.reportedLate += 1;
  else row.notYetReported += 1;
  row.reportRate = (row.reportedOnTime + row.reportedLate) / row.membersInScope;

  const claims = inScope(verdictOf(assessment, "M-CLAIM-POST"))?.facts.claimedPostCodes ?? [];
  for (const code of claims) {
    const index = Number(code) - 1;
    row.postsClaimedByCode[index] = (row.postsClaimedByCode[index] ?? 0) + 1;
  }
  const counted = inScope(verdictOf(assessment, "M-SERVICE-YEAR"))?.facts.counted ?? 0;
  if (counted === 0) row.servicesZero += 1;
  else if (counted === 1) row.servicesOne += 1;
  else row.servicesTwoOrMore += 1;
}
