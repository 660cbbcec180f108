import {
  AssessDatasetOptions,
  type AssessDatasetOptionsInput,
  assessMembers,
  assessUnitYears,
  type DatasetAssessment,
  drawSpotChecks,
  type Edition,
  earlyWarnings,
  groupByMember,
  groupByUnit,
  type Member,
  type MemberAssessment,
  namesById,
  organisationReportsByUnit,
  statisticsTable,
  statsTableDates,
  type UnitAssessment,
  unitPart,
  type Verdict,
  type VerdictStatus,
  validate,
} from "@shuangbaodao/core";
import type { StreamedAssessment } from "@shuangbaodao/excel";
import type { PartitionedDataset } from "./partitionedDataset";

/**
 * The member verdicts the dataset-level results read after the members are
 * done: the statistics table (`M-REPORT`, `M-CLAIM-POST`, `M-SERVICE-YEAR`),
 * the organisation reports and the summaries (`M-NOT-EXCELLENT`, `M-CADRE-BAR`
 * when not met). Every other verdict is written and let go.
 */
function keptForRollups(verdict: Verdict): boolean {
  switch (verdict.ruleId) {
    case "M-REPORT":
    case "M-CLAIM-POST":
    case "M-SERVICE-YEAR":
      return true;
    case "M-NOT-EXCELLENT":
    case "M-CADRE-BAR":
      return verdict.status === "unmet" || verdict.status === "pending";
    default:
      return false;
  }
}

/**
 * A kept verdict cut down to what those results read — status, reason,
 * provisional, the consequence's triggers and explanation, the counts of
 * `facts` — not its citations, record IDs, dates or fix: at 100k members the
 * whole verdicts were most of the memory left after the report was written.
 */
function rollupPart(verdict: Verdict): Verdict {
  const facts = verdict.facts as Record<string, unknown>;
  const counts = verdict.ruleId === "M-CLAIM-POST" || verdict.ruleId === "M-SERVICE-YEAR";
  if (counts || verdict.ruleId === "M-REPORT") {
    // The statistics table reads status, reason and counts; no text.
    const kept = {
      ruleId: verdict.ruleId,
      status: verdict.status,
      reason: verdict.reason,
      facts: counts
        ? { outOfScope: facts.outOfScope, claimedPostCodes: facts.claimedPostCodes, counted: facts.counted }
        : {},
    };
    return kept as unknown as Verdict;
  }
  // A consequence names the member in the organisation report, with why.
  const kept = {
    ruleId: verdict.ruleId,
    status: verdict.status,
    reason: verdict.reason,
    provisional: verdict.provisional,
    triggeredBy: verdict.triggeredBy,
    explanation: verdict.explanation,
    facts: { triggers: facts.triggers, pending: facts.pending },
  };
  return kept as unknown as Verdict;
}

/** What `earlyWarnings` can turn into a warning: an obligation with a deadline not met yet. */
function mayWarn(verdict: Verdict): boolean {
  return verdict.due !== undefined && (verdict.status === "pending" || verdict.status === "unmet");
}

/**
 * `assessDataset` in the order a report is written, for a dataset of any
 * size: the members' records come a partition at a time, the verdicts one
 * member (then unit) at a time, as they are decided, to be written and let
 * go; only what the dataset-level results
 * read is kept (the rollups' member verdicts, the units' assessments, the
 * obligations that may warn). Once the verdicts are read to the end,
 * `result()` is `assessDataset`'s result with each member's verdicts cut down
 * to what the rollups read (the regression test compares every other part by
 * `verdictDigest`).
 */
export function streamedAssessment(
  dataset: PartitionedDataset,
  edition: Edition,
  rawOptions: AssessDatasetOptionsInput,
  onMember?: (done: number, total: number) => void,
): StreamedAssessment {
  const options = validate(AssessDatasetOptions, rawOptions, "assessDataset options");
  const when = { year: options.year, ...(options.asOf !== undefined && { asOf: options.asOf }) };
  const statusCounts: Record<VerdictStatus, number> = { met: 0, unmet: 0, pending: 0, "not-applicable": 0 };
  let result: DatasetAssessment | undefined;

  function* verdicts(): Generator<Verdict> {
    const members: MemberAssessment[] = [];
    const mayWarnLater: Verdict[] = [];
    const count = (verdict: Verdict) => {
      statusCounts[verdict.status]++;
      if (options.asOf !== undefined && mayWarn(verdict)) mayWarnLater.push(verdict);
    };
    const total = dataset.memberCount;
    // The spot checks draw from the members' own records: kept only when there is a draw.
    const drawnFrom: Member[] = [];
    for (const part of dataset.partitions()) {
      if (options.spotCheck) drawnFrom.push(...part.members);
      for (const assessment of assessMembers(groupByMember(part), edition, when)) {
        for (const verdict of assessment.verdicts) {
          count(verdict);
          yield verdict;
        }
        members.push({ ...assessment, verdicts: assessment.verdicts.filter(keptForRollups).map(rollupPart) });
        if (members.length % 1000 === 0 || members.length === total) onMember?.(members.length, total);
      }
    }
    const { kept } = dataset;
    const units: UnitAssessment[] = [];
    for (const unit of assessUnitYears(groupByUnit(unitPart(kept)), edition, when)) {
      units.push(unit);
      for (const verdict of unit.verdicts) {
        count(verdict);
        yield verdict;
      }
    }
    const names = namesById(kept);
    const statistics = statisticsTable(members, edition, {
      ...when,
      names,
      submittedOn: statsTableDates(kept.units, options.statsTableSubmittedOn),
    });
    for (const verdict of statistics.deadlines) {
      count(verdict);
      yield verdict;
    }
    const { unitIds, reports: organisationReports } = organisationReportsByUnit(
      kept,
      members,
      units,
      edition,
      when,
      names,
    );
    const spotChecks = options.spotCheck
      ? drawSpotChecks({ ...kept, members: drawnFrom }, edition, options, unitIds, options.spotCheck)
      : [];
    for (const check of spotChecks) statusCounts[check.verdict.status]++;
    const warnings =
      options.asOf === undefined
        ? null
        : earlyWarnings(mayWarnLater, edition, {
            asOf: options.asOf,
            ...(options.overdueSince !== undefined && { overdueSince: options.overdueSince }),
          });
    result = {
      year: options.year,
      asOf: options.asOf ?? null,
      edition: { id: edition.id, version: edition.version },
      members,
      units,
      statistics,
      organisationReports,
      warnings,
      spotChecks,
    };
    for (const check of spotChecks) yield check.verdict;
  }

  return {
    verdicts: verdicts(),
    result() {
      if (result === undefined) throw new Error("streamedAssessment: read the verdicts to the end first");
      return result;
    },
    statusCounts: () => statusCounts,
  };
}
