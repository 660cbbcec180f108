import { z } from "zod";
import { compareCodePoints, sortByCodePoint } from "../collections/compareCodePoints";
import type { Edition } from "../editions/edition";
import type { MemberAssessment } from "../member/memberAssessment";
import { validate } from "../model/validate";
import type { Verdict } from "../model/verdict";
import {
  OrganisationReportOptions,
  type OrganisationReportOptionsInput,
} from "../options/organisationReportOptions";
import { RULES } from "../rules/ruleCatalogue";
import { addToRow, emptyRow, StatisticsRow } from "./statisticsRow";

/** A member named in the report, with the verdict that names them. */
export const ReportedMember = z.object({
  memberId: z.string(),
  branchId: z.string().nullable(),
  status: z.string(),
  provisional: z.boolean(),
  triggeredBy: z.array(z.string()),
  explanation: z.object({ zh: z.string(), en: z.string() }),
});
export type ReportedMember = z.infer<typeof ReportedMember>;

/**
 * The 机关党组织's yearly special report to 工委 (`M-ORG-REPORT`, ZZ47-BD 三(二)),
 * part of its 述职: the year's figures for members and for the unit, the
 * members who cannot be rated 优秀 and the candidates barred, with reasons.
 */
export const OrganisationReport = z.object({
  ruleId: z.literal("M-ORG-REPORT"),
  citation: z.string(),
  unitId: z.string(),
  year: z.number().int(),
  asOf: z.string().nullable(),
  edition: z.object({ id: z.string(), version: z.string() }),
  members: StatisticsRow,
  /** `M-NOT-EXCELLENT` unmet (barred) or pending (provisional). */
  notExcellent: z.array(ReportedMember),
  /** `M-CADRE-BAR` unmet (candidacy cancelled) or pending (provisional). */
  barredCandidates: z.array(ReportedMember),
  /** Count of the unit's own verdicts by `RULE-ID:status`, when the unit assessment is given. */
  unitVerdictCounts: z.record(z.string(), z.number().int()).nullable(),
});
export type OrganisationReport = z.infer<typeof OrganisationReport>;

function named(assessment: MemberAssessment, verdict: Verdict): ReportedMember {
  return {
    memberId: assessment.memberId,
    branchId: assessment.branchId,
    status: verdict.status,
    provisional: verdict.provisional,
    triggeredBy: verdict.triggeredBy,
    explanation: verdict.explanation,
  };
}

const byMember = (a: ReportedMember, b: ReportedMember) => compareCodePoints(a.memberId, b.memberId);

/** Builds the special report of one unit from its members' assessments (and, if given, the unit's own verdicts). */
export function organisationReport(
  assessments: Iterable<MemberAssessment>,
  edition: Edition,
  rawOptions: OrganisationReportOptionsInput,
): OrganisationReport {
  const options = validate(OrganisationReportOptions, rawOptions, "organisationReport options");
  const members = emptyRow("unit", options.unitId, null, options.unitName ?? options.unitId);
  const notExcellent: ReportedMember[] = [];
  const barredCandidates: ReportedMember[] = [];
  for (const assessment of assessments) {
    if (assessment.unitId !== options.unitId) continue;
    addToRow(members, assessment);
    for (const verdict of assessment.verdicts) {
      if (verdict.status !== "unmet" && verdict.status !== "pending") continue;
      if (verdict.ruleId === "M-NOT-EXCELLENT") notExcellent.push(named(assessment, verdict));
      if (verdict.ruleId === "M-CADRE-BAR") barredCandidates.push(named(assessment, verdict));
    }
  }
  members.memberIds = sortByCodePoint(members.memberIds);
  let unitVerdictCounts: Record<string, number> | null = null;
  if (options.unitVerdicts) {
    unitVerdictCounts = {};
    for (const v of options.unitVerdicts) {
      const key = `${v.ruleId}:${v.status}`;
      unitVerdictCounts[key] = (unitVerdictCounts[key] ?? 0) + 1;
    }
  }
  return {
    ruleId: "M-ORG-REPORT",
    citation: RULES["M-ORG-REPORT"].citations.map((c) => c.text).join("; "),
    unitId: options.unitId,
    year: options.year,
    asOf: options.asOf ?? null,
    edition: { id: edition.id, version: edition.version },
    members,
    notExcellent: notExcellent.sort(byMember),
    barredCandidates: barredCandidates.sort(byMember),
    unitVerdictCounts,
  };
}
