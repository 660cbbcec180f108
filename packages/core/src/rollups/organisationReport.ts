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

/**
 * One unit's special report built a member at a time: feed it each member's
 * assessment (other units' are passed over); it keeps the unit's counters and
 * only the members it names (not 优秀, barred candidates), not the assessments.
 */
export class OrganisationReportTally {
  readonly unitId: string;
  readonly #members: StatisticsRow;
  readonly #notExcellent: ReportedMember[] = [];
  readonly #barredCandidates: ReportedMember[] = [];

  constructor(unitId: string, unitName?: string) {
    this.unitId = unitId;
    this.#members = emptyRow("unit", unitId, null, unitName ?? unitId);
  }

  add(assessment: MemberAssessment): void {
    if (assessment.unitId !== this.unitId) return;
    addToRow(this.#members, assessment);
    for (const verdict of assessment.verdicts) {
      if (verdict.status !== "unmet" && verdict.status !== "pending") continue;
      if (verdict.ruleId === "M-NOT-EXCELLENT") this.#notExcellent.push(named(assessment, verdict));
      if (verdict.ruleId === "M-CADRE-BAR") this.#barredCandidates.push(named(assessment, verdict));
    }
  }

  /** The report of the members added so far (and, if given, the unit's own verdicts). */
  report(
    edition: Edition,
    options: Omit<OrganisationReportOptions, "unitId" | "unitName">,
  ): OrganisationReport {
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
      unitId: this.unitId,
      year: options.year,
      asOf: options.asOf ?? null,
      edition: { id: edition.id, version: edition.version },
      members: { ...this.#members, memberIds: sortByCodePoint(this.#members.memberIds) },
      notExcellent: [...this.#notExcellent].sort(byMember),
      barredCandidates: [...this.#barredCandidates].sort(byMember),
      unitVerdictCounts,
    };
  }
}

/** Builds the special report of one unit from its members' assessments (and, if given, the unit's own verdicts). */
export function organisationReport(
  assessments: Iterable<MemberAssessment>,
  edition: Edition,
  rawOptions: OrganisationReportOptionsInput,
): OrganisationReport {
  const options = validate(OrganisationReportOptions, rawOptions, "organisationReport options");
  const tally = new OrganisationReportTally(options.unitId, options.unitName);
  for (const assessment of assessments) tally.add(assessment);
  return tally.report(edition, options);
}
