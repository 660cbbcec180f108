import { groupBy } from "../collections/groupBy";
import type { Edition } from "../editions/edition";
import { assessMemberWithOptions } from "../member/assessMember";
import { groupByMember } from "../member/groupByMember";
import type { MemberAssessment } from "../member/memberAssessment";
import { validate } from "../model/validate";
import type { Verdict } from "../model/verdict";
import { AssessDatasetOptions, type AssessDatasetOptionsInput } from "../options/assessDatasetOptions";
import type { OrganisationReport } from "../rollups/organisationReport";
import type { StatisticsTable } from "../rollups/statisticsTable";
import { decideSpotCheck } from "../sampling/decideSpotCheck";
import { drawMemberSample } from "../sampling/drawMemberSample";
import type { MemberSample } from "../sampling/memberSample";
import { assessUnitYearWithOptions } from "../unit/assessUnitYear";
import { groupByUnit } from "../unit/groupByUnit";
import type { UnitAssessment } from "../unit/unitAssessment";
import type { EarlyWarnings } from "../warnings/earlyWarning";
import { earlyWarnings } from "../warnings/earlyWarnings";
import { type AuditDataset, unitPart } from "./auditDataset";
import { checkBranchesForDraw } from "./branchesForDraw";
import { MemberRollups, namesById } from "./memberRollups";
import { spotCheckPopulation } from "./spotCheckPopulation";
import { statsTableDates } from "./statsTableDates";

/** One unit's spot check: the replayable sample and whether field visits reached it. */
export interface SpotCheck {
  unitId: string;
  sample: MemberSample;
  verdict: Verdict;
}

/** Everything the rules say about a dataset for one year under one edition. */
export interface DatasetAssessment {
  year: number;
  asOf: string | null;
  edition: { id: string; version: string };
  members: MemberAssessment[];
  units: UnitAssessment[];
  statistics: StatisticsTable;
  organisationReports: OrganisationReport[];
  /** Present when an as-of date was given. */
  warnings: EarlyWarnings | null;
  spotChecks: SpotCheck[];
}

export function assessDataset(
  dataset: AuditDataset,
  edition: Edition,
  rawOptions: AssessDatasetOptionsInput,
): DatasetAssessment {
  // Checked once here; the member and unit assessments below take them as they are.
  const options = validate(AssessDatasetOptions, rawOptions, "assessDataset options");
  // Before the assessment, not after it: a branch draw needs every drawn member's branch.
  if (options.spotCheck) checkBranchesForDraw(dataset.members, options.spotCheck);
  const when = { year: options.year, ...(options.asOf !== undefined && { asOf: options.asOf }) };
  const rollups = new MemberRollups(namesById(dataset));
  const members = [...groupByMember(dataset)].map((records) => {
    const assessment = assessMemberWithOptions(records, edition, when);
    rollups.add(assessment);
    return assessment;
  });
  const units = [...groupByUnit(unitPart(dataset))].map((records) =>
    assessUnitYearWithOptions(records, edition, when),
  );
  const statistics = rollups.statistics(edition, {
    ...when,
    submittedOn: statsTableDates(dataset.units, options.statsTableSubmittedOn),
  });
  const { unitIds, reports: organisationReports } = rollups.organisationReports(
    dataset,
    units,
    edition,
    when,
  );
  const warnings =
    options.asOf === undefined
      ? null
      : earlyWarnings(everyVerdict(members, units, statistics), edition, {
          asOf: options.asOf,
          ...(options.overdueSince !== undefined && { overdueSince: options.overdueSince }),
        });
  const spotChecks = options.spotCheck
    ? drawSpotChecks(dataset, edition, options, unitIds, options.spotCheck)
    : [];
  return {
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
}

/** Every verdict of the audit, one at a time (a copy of them all in one array is a lot of garbage at 100k members). */
function* everyVerdict(
  members: readonly MemberAssessment[],
  units: readonly UnitAssessment[],
  statistics: StatisticsTable,
): Generator<Verdict> {
  for (const member of members) yield* member.verdicts;
  for (const unit of units) yield* unit.verdicts;
  yield* statistics.deadlines;
}

/** Each unit's spot check (M-SPOTCHECK-20): its in-scope members drawn from, the visits checked against. */
export function drawSpotChecks(
  dataset: AuditDataset,
  edition: Edition,
  options: AssessDatasetOptions,
  unitIds: readonly string[],
  spotCheck: NonNullable<AssessDatasetOptions["spotCheck"]>,
): SpotCheck[] {
  // Again here for callers that stream the assessment and draw afterwards (the CLI).
  checkBranchesForDraw(dataset.members, spotCheck);
  const membersOf = groupBy(dataset.members, (m) => m.unitId);
  const unitOfMember = new Map(dataset.members.map((m) => [m.id, m.unitId]));
  const visitsOf = groupBy(dataset.visits, (v) => unitOfMember.get(v.memberId));
  return unitIds.flatMap((unitId) => {
    const population = spotCheckPopulation({ members: membersOf.get(unitId) ?? [] }, unitId);
    if (population.length === 0) return [];
    const draw = {
      organisationId: unitId,
      year: options.year,
      samplingDate: spotCheck.samplingDate,
      seed: spotCheck.seed,
      population,
      options: { stratifyBy: spotCheck.stratifyBy ?? "none" },
    };
    const sample = drawMemberSample(draw, edition);
    const verdict = decideSpotCheck(
      {
        draw,
        sample,
        visits: visitsOf.get(unitId) ?? [],
        ...(options.asOf !== undefined && { asOf: options.asOf }),
      },
      edition,
    );
    return [{ unitId, sample, verdict }];
  });
}
