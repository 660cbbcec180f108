import type { Edition } from "../editions/edition";
import { assessMember } from "../member/assessMember";
import { groupByMember } from "../member/groupByMember";
import type { MemberAssessment } from "../member/memberAssessment";
import type { Verdict } from "../model/verdict";
import { type OrganisationReport, organisationReport } from "../rollups/organisationReport";
import { type StatisticsTable, statisticsTable } from "../rollups/statisticsTable";
import { decideSpotCheck } from "../sampling/decideSpotCheck";
import { drawMemberSample } from "../sampling/drawMemberSample";
import type { MemberSample } from "../sampling/memberSample";
import { assessUnitYear } from "../unit/assessUnitYear";
import { groupByUnit } from "../unit/groupByUnit";
import type { UnitAssessment } from "../unit/unitAssessment";
import type { EarlyWarnings } from "../warnings/earlyWarning";
import { earlyWarnings } from "../warnings/earlyWarnings";
import { type AuditDataset, unitPart } from "./auditDataset";
import { spotCheckPopulation } from "./spotCheckPopulation";

export interface AssessDatasetOptions {
  year: number;
  /** Judge the year as it stood on this day (and list warnings as of it); leave out to use everything on record. */
  asOf?: string;
  /** With `asOf`: also list what became overdue since this day (纠偏). */
  overdueSince?: string;
  /** When each unit sent its statistics table, by unit ID. */
  statsTableSubmittedOn?: Readonly<Record<string, string>>;
  /** Draw each unit's spot-check sample (M-SPOTCHECK-20) with this public seed on this day. */
  spotCheck?: { seed: string; samplingDate: string; stratifyBy?: "none" | "branch" };
}

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

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The whole audit in one pure call: every member's and unit's verdicts, the
 * statistics table, each unit's special report, early warnings as of a day,
 * and each unit's spot-check draw. The adapters (Excel, HTTP, Postgres, CLI)
 * translate into and out of this one function. Validate the dataset once with
 * `AuditDataset` first.
 */
export function assessDataset(
  dataset: AuditDataset,
  edition: Edition,
  options: AssessDatasetOptions,
): DatasetAssessment {
  const when = { year: options.year, ...(options.asOf !== undefined && { asOf: options.asOf }) };
  const members = [...groupByMember(dataset)].map((records) => assessMember(records, edition, when));
  const units = [...groupByUnit(unitPart(dataset))].map((records) => assessUnitYear(records, edition, when));
  const names = new Map<string, string>([
    ...dataset.units.map((u): [string, string] => [u.id, u.name]),
    ...dataset.organisations.map((o): [string, string] => [o.id, o.name]),
  ]);
  const statistics = statisticsTable(members, edition, {
    ...when,
    names,
    ...(options.statsTableSubmittedOn && { submittedOn: options.statsTableSubmittedOn }),
  });
  const unitIds = [...new Set([...dataset.units.map((u) => u.id), ...members.map((m) => m.unitId)])].sort(
    byId,
  );
  const organisationReports = unitIds.map((unitId) =>
    organisationReport(members, edition, {
      ...when,
      unitId,
      ...(names.has(unitId) && { unitName: names.get(unitId) }),
      ...(units.some((u) => u.unitId === unitId) && {
        unitVerdicts: units.find((u) => u.unitId === unitId)?.verdicts,
      }),
    }),
  );
  const warnings =
    options.asOf === undefined
      ? null
      : earlyWarnings(
          [
            ...members.flatMap((m) => m.verdicts),
            ...units.flatMap((u) => u.verdicts),
            ...statistics.deadlines,
          ],
          edition,
          {
            asOf: options.asOf,
            ...(options.overdueSince !== undefined && { overdueSince: options.overdueSince }),
          },
        );
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

function drawSpotChecks(
  dataset: AuditDataset,
  edition: Edition,
  options: AssessDatasetOptions,
  unitIds: readonly string[],
  spotCheck: NonNullable<AssessDatasetOptions["spotCheck"]>,
): SpotCheck[] {
  return unitIds.flatMap((unitId) => {
    const population = spotCheckPopulation(dataset, unitId);
    if (population.length === 0) return [];
    const memberIds = new Set(dataset.members.filter((m) => m.unitId === unitId).map((m) => m.id));
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
        visits: dataset.visits.filter((v) => memberIds.has(v.memberId)),
        ...(options.asOf !== undefined && { asOf: options.asOf }),
      },
      edition,
    );
    return [{ unitId, sample, verdict }];
  });
}
