import {
  type AuditDataset,
  type Edition,
  type MemberAssessment,
  type MemberRollups,
  type OrganisationReport,
  StatisticsTally,
  sortByCodePoint,
} from "@shuangbaodao/core";

/** The part of `MemberRollups` a streamed assessment reads. */
export type Rollups = Pick<MemberRollups, "add" | "statistics" | "organisationReports">;

/**
 * `MemberRollups` without the organisation reports: the statistics table and
 * the units the members name (the spot checks draw by unit), but not each
 * unit's list of members who cannot be rated 优秀 or are barred, with the
 * verdict's explanation in both languages. The CLI prints and writes no
 * organisation report, and those lists grow with the members (most of what
 * an assessment of 100k members kept; docs/performance.md).
 */
export class StatisticsRollups implements Rollups {
  readonly #statistics: StatisticsTally;
  readonly #unitIds = new Set<string>();

  constructor(names: ReadonlyMap<string, string>) {
    this.#statistics = new StatisticsTally(names);
  }

  add(assessment: MemberAssessment): void {
    this.#statistics.add(assessment);
    this.#unitIds.add(assessment.unitId);
  }

  statistics(...args: Parameters<MemberRollups["statistics"]>) {
    return this.#statistics.table(...args);
  }

  /** The units on record and any a member names, in code-point order (as `MemberRollups`), with no reports. */
  organisationReports(
    dataset: Pick<AuditDataset, "units">,
    _units: unknown,
    _edition: Edition,
    _when: unknown,
  ): { unitIds: string[]; reports: OrganisationReport[] } {
    return {
      unitIds: sortByCodePoint([...new Set([...dataset.units.map((u) => u.id), ...this.#unitIds])]),
      reports: [],
    };
  }
}
