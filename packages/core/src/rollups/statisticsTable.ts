import { z } from "zod";
import { compareCodePoints, sortByCodePoint } from "../collections/compareCodePoints";
import type { Edition } from "../editions/edition";
import type { MemberAssessment } from "../member/memberAssessment";
import { validate } from "../model/validate";
import { Verdict } from "../model/verdict";
import { dateOfUnit } from "../options/datesByUnit";
import { StatisticsTableOptions, type StatisticsTableOptionsInput } from "../options/statisticsTableOptions";
import { RULES } from "../rules/ruleCatalogue";
import { decideStatsTable } from "./decideStatsTable";
import { addToRow, emptyRow, StatisticsRow } from "./statisticsRow";

/** The statistics table a unit sends up, as plain typed data for the Excel and HTTP adapters. */
export const StatisticsTable = z.object({
  ruleId: z.literal("M-STATS-TABLE"),
  title: z.string(),
  citation: z.string(),
  year: z.number().int(),
  asOf: z.string().nullable(),
  edition: z.object({ id: z.string(), version: z.string() }),
  /**
   * One row per unit, then its branches, then (when some member has no
   * branch) the unit's 「（未分支部）」 line; then the total. A unit's branch
   * lines, that line included, sum to the unit's line.
   */
  rows: z.array(StatisticsRow),
  total: StatisticsRow,
  /** Each unit's own deadline status for sending the table. */
  deadlines: z.array(Verdict),
});
export type StatisticsTable = z.infer<typeof StatisticsTable>;

/** The label of the line counting a unit's members who have no branch (its `branchId` is null). */
export const NO_BRANCH_LINE_NAME = "（未分支部）/ no branch";

type UnitLines = { row: StatisticsRow; branches: Map<string | null, StatisticsRow> };

/**
 * The statistics table built a member at a time: feed it each member's
 * assessment; it keeps the counters of each unit, branch and the total (and
 * the member IDs each counts), not the assessments.
 */
export class StatisticsTally {
  readonly #name: (id: string) => string;
  // The key null is the unit's line of members without a branch: no record ID can take it.
  readonly #units = new Map<string, UnitLines>();
  readonly #total = emptyRow("total", null, null, "合计");

  /** `names`: the names of units and branches by ID, as the lines print them. */
  constructor(names?: ReadonlyMap<string, string>) {
    this.#name = (id) => names?.get(id) ?? id;
  }

  add(assessment: MemberAssessment): void {
    let unit = this.#units.get(assessment.unitId);
    if (!unit) {
      const row = emptyRow("unit", assessment.unitId, null, this.#name(assessment.unitId));
      unit = { row, branches: new Map() };
      this.#units.set(assessment.unitId, unit);
    }
    const branchId = assessment.branchId;
    let branch = unit.branches.get(branchId);
    if (!branch) {
      branch = emptyRow(
        "branch",
        assessment.unitId,
        branchId,
        branchId === null ? NO_BRANCH_LINE_NAME : this.#name(branchId),
      );
      unit.branches.set(branchId, branch);
    }
    addToRow(unit.row, assessment);
    addToRow(branch, assessment);
    addToRow(this.#total, assessment);
  }

  /** The table of the members added so far, with each unit's deadline for sending it decided. */
  table(edition: Edition, options: Omit<StatisticsTableOptions, "names">): StatisticsTable {
    const copy = (row: StatisticsRow) => ({ ...row, memberIds: sortByCodePoint(row.memberIds) });
    const byId = <T>(entries: Iterable<[string, T]>) =>
      [...entries].sort(([a], [b]) => compareCodePoints(a, b));
    const branchLines = (branches: Map<string | null, StatisticsRow>) => {
      const named = byId(
        [...branches].filter((entry): entry is [string, StatisticsRow] => entry[0] !== null),
      );
      const noBranch = branches.get(null);
      return [...named.map(([, row]) => row), ...(noBranch ? [noBranch] : [])];
    };
    const units = byId(this.#units);
    return {
      ruleId: "M-STATS-TABLE",
      title: "在职党员到居住地社区统计表",
      citation: RULES["M-STATS-TABLE"].citations.map((c) => c.text).join("; "),
      year: options.year,
      asOf: options.asOf ?? null,
      edition: { id: edition.id, version: edition.version },
      rows: units.flatMap(([, unit]) => [unit.row, ...branchLines(unit.branches)].map(copy)),
      total: copy(this.#total),
      deadlines: units.map(([unitId]) =>
        decideStatsTable(
          edition,
          unitId,
          options.year,
          dateOfUnit(options.submittedOn, unitId),
          options.asOf,
        ),
      ),
    };
  }
}

/**
 * Rolls member assessments up into the 在职党员到居住地社区统计表 (`M-STATS-TABLE`),
 * per unit and per branch, and decides each unit's deadline for sending it.
 * Streams: it keeps counters, not the assessments ({@link StatisticsTally}).
 */
export function statisticsTable(
  assessments: Iterable<MemberAssessment>,
  edition: Edition,
  rawOptions: StatisticsTableOptionsInput,
): StatisticsTable {
  const options = validate(StatisticsTableOptions, rawOptions, "statisticsTable options");
  const tally = new StatisticsTally(options.names);
  for (const assessment of assessments) tally.add(assessment);
  return tally.table(edition, options);
}
