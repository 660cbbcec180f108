import { sortByCodePoint } from "../collections/compareCodePoints";
import type { Edition } from "../editions/edition";
import type { MemberAssessment } from "../member/memberAssessment";
import type { DatesByUnit } from "../options/datesByUnit";
import { type OrganisationReport, OrganisationReportTally } from "../rollups/organisationReport";
import { type StatisticsTable, StatisticsTally } from "../rollups/statisticsTable";
import type { UnitAssessment } from "../unit/unitAssessment";
import type { AuditDataset } from "./auditDataset";

/** The names of units and party organisations by ID, as the statistics table and reports print them. */
export function namesById(dataset: Pick<AuditDataset, "units" | "organisations">): Map<string, string> {
  return new Map<string, string>([
    ...dataset.units.map((u): [string, string] => [u.id, u.name]),
    ...dataset.organisations.map((o): [string, string] => [o.id, o.name]),
  ]);
}

/**
 * What an audit rolls up from every member's assessment — the statistics
 * table and each unit's organisation report — built a member at a time:
 * feed it each assessment as it is made ({@link MemberRollups.add}); it keeps
 * counters and the members the reports name (not 优秀, barred candidates),
 * not the assessments. `assessDataset` and callers that stream the members
 * (the CLI) both use it, so both roll up alike.
 */
export class MemberRollups {
  readonly #names: ReadonlyMap<string, string>;
  readonly #statistics: StatisticsTally;
  readonly #reports = new Map<string, OrganisationReportTally>();

  /** `names`: of units and party organisations by ID ({@link namesById}). */
  constructor(names: ReadonlyMap<string, string>) {
    this.#names = names;
    this.#statistics = new StatisticsTally(names);
  }

  add(assessment: MemberAssessment): void {
    this.#statistics.add(assessment);
    this.#reportOf(assessment.unitId).add(assessment);
  }

  /** The statistics table, with each unit's deadline for sending it decided. */
  statistics(
    edition: Edition,
    options: { year: number; asOf?: string; submittedOn?: DatesByUnit },
  ): StatisticsTable {
    return this.#statistics.table(edition, options);
  }

  /** Every unit's organisation report, in code-point order of unit ID: the units on record and any a member names. */
  organisationReports(
    dataset: Pick<AuditDataset, "units">,
    units: readonly UnitAssessment[],
    edition: Edition,
    when: { year: number; asOf?: string },
  ): { unitIds: string[]; reports: OrganisationReport[] } {
    const unitOf = new Map(units.map((u) => [u.unitId, u]));
    const unitIds = sortByCodePoint([
      ...new Set([...dataset.units.map((u) => u.id), ...this.#reports.keys()]),
    ]);
    const reports = unitIds.map((unitId) => {
      const unitVerdicts = unitOf.get(unitId)?.verdicts;
      return this.#reportOf(unitId).report(edition, { ...when, ...(unitVerdicts && { unitVerdicts }) });
    });
    return { unitIds, reports };
  }

  #reportOf(unitId: string): OrganisationReportTally {
    let report = this.#reports.get(unitId);
    if (report === undefined) {
      report = new OrganisationReportTally(unitId, this.#names.get(unitId));
      this.#reports.set(unitId, report);
    }
    return report;
  }
}
