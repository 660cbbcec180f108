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
  MemberRollups,
  namesById,
  statsTableDates,
  type UnitAssessment,
  unitPart,
  type Verdict,
  type VerdictStatus,
  validate,
} from "@shuangbaodao/core";
import type { StreamedAssessment } from "@shuangbaodao/excel";
import type { PartitionedDataset } from "./partitionedDataset";
import { type Rollups, StatisticsRollups } from "./statisticsRollups";
import { SummaryVerdicts } from "./summaryVerdicts";

/** What `earlyWarnings` can turn into a warning: an obligation with a deadline not met yet. */
function mayWarn(verdict: Verdict): boolean {
  return verdict.due !== undefined && (verdict.status === "pending" || verdict.status === "unmet");
}

/** How a streamed assessment reports progress and what it leaves out. */
export interface StreamingChoices {
  /** Called every 1,000 members and at the last: members assessed, members in all. */
  onMember?: (done: number, total: number) => void;
  /**
   * `false`: leave the organisation reports out of `result()` (an empty
   * list), for a caller that does not read them (the CLI); they name most
   * members with their explanations, which is most of what a large run kept.
   */
  organisationReports?: boolean;
}

/**
 * `assessDataset` in the order a report is written, for a dataset of any
 * size: the members' records come a partition at a time, the verdicts one
 * member (then unit) at a time, as they are decided, to be written and let
 * go; the statistics table and organisation reports are rolled up as they
 * come (`MemberRollups`), and only what the other results read is kept (the
 * verdicts the summaries read, the units' assessments, the obligations that
 * may warn). Once the verdicts are read to the end, `result()` is
 * `assessDataset`'s result with each member's verdicts cut down to what the
 * summaries read (the regression test compares every other part by
 * `verdictDigest`).
 */
export function streamedAssessment(
  dataset: PartitionedDataset,
  edition: Edition,
  rawOptions: AssessDatasetOptionsInput,
  choices: StreamingChoices = {},
): StreamedAssessment {
  const { onMember } = choices;
  const options = validate(AssessDatasetOptions, rawOptions, "assessDataset options");
  const when = { year: options.year, ...(options.asOf !== undefined && { asOf: options.asOf }) };
  const statusCounts: Record<VerdictStatus, number> = { met: 0, unmet: 0, pending: 0, "not-applicable": 0 };
  let result: DatasetAssessment | undefined;

  function* verdicts(): Generator<Verdict> {
    const members: MemberAssessment[] = [];
    const names = namesById(dataset.kept);
    const rollups: Rollups =
      choices.organisationReports === false ? new StatisticsRollups(names) : new MemberRollups(names);
    // One edition object for every member kept, not one each.
    const assessedUnder = { id: edition.id, version: edition.version };
    const summaryVerdicts = new SummaryVerdicts();
    const texts = new Map<string, string>();
    const sharedText = (text: string) => {
      const known = texts.get(text);
      if (known !== undefined) return known;
      texts.set(text, text);
      return text;
    };
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
        rollups.add(assessment);
        members.push({
          ...assessment,
          // A few thousand units and branches among 100k members: one string each, not one a member.
          unitId: sharedText(assessment.unitId),
          branchId: assessment.branchId === null ? null : sharedText(assessment.branchId),
          edition: assessedUnder,
          verdicts: summaryVerdicts.of(assessment.verdicts),
        });
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
    const statistics = rollups.statistics(edition, {
      ...when,
      submittedOn: statsTableDates(kept.units, options.statsTableSubmittedOn),
    });
    for (const verdict of statistics.deadlines) {
      count(verdict);
      yield verdict;
    }
    const { unitIds, reports: organisationReports } = rollups.organisationReports(kept, units, edition, when);
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
