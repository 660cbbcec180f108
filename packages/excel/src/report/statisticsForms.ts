import type { VerdictStatus } from "@shuangbaodao/core";
import type {
  StatisticsTableFiling,
  StatisticsTableLine,
  StatisticsTableSheet,
} from "./statisticsTableSheet";

/** The core's roll-up (`statisticsTable` of `@shuangbaodao/core`), the parts the forms read. */
export interface CoreStatisticsTable {
  title: string;
  rows: readonly CoreStatisticsRow[];
  total: CoreStatisticsRow;
  deadlines: readonly CoreStatsTableVerdict[];
}

/** A unit's `M-STATS-TABLE` verdict: its facts hold the day the table was sent (`submittedOn`, `null` when unknown). */
interface CoreStatsTableVerdict {
  subject: { id: string };
  status: VerdictStatus;
  facts?: object;
  explanation?: { zh: string; en: string };
}

interface CoreStatisticsRow {
  level: "unit" | "branch" | "total";
  unitId: string | null;
  name: string;
  membersInScope: number;
  reportedOnTime: number;
  reportedLate: number;
  notYetReported: number;
  reportRate: number | null;
  postsClaimedByCode: readonly number[];
  servicesZero: number;
  servicesOne: number;
  servicesTwoOrMore: number;
}

function lineOf(row: CoreStatisticsRow): StatisticsTableLine {
  return {
    name: row.name,
    level: row.level === "branch" ? "branch" : "unit",
    membersInScope: row.membersInScope,
    reportedOnTime: row.reportedOnTime,
    reportedLate: row.reportedLate,
    notYetReported: row.notYetReported,
    ...(row.reportRate === null ? {} : { reportRate: row.reportRate }),
    postsClaimed: Object.fromEntries(row.postsClaimedByCode.map((count, index) => [index + 1, count])),
    services: { none: row.servicesZero, once: row.servicesOne, twiceOrMore: row.servicesTwoOrMore },
  };
}

function filingOf(
  unit: CoreStatisticsRow,
  verdict: CoreStatsTableVerdict | undefined,
): StatisticsTableFiling {
  // A pending verdict means not sent as of the report's date, whatever later day the records hold.
  const sent = verdict?.facts && "submittedOn" in verdict.facts ? verdict.facts.submittedOn : undefined;
  const submittedOn = verdict?.status !== "pending" && typeof sent === "string" ? sent : undefined;
  return {
    unitName: unit.name,
    ...(submittedOn !== undefined && { submittedOn }),
    status: verdict?.status ?? "not-applicable",
    ...(verdict?.explanation && { note: `${verdict.explanation.zh}\n${verdict.explanation.en}` }),
  };
}

/** Why a unit's form has no date: not due yet as of the report's day, or due and none on record. */
const NO_DATE_NOTE = {
  pending: "截至评估日尚未报送 not sent yet",
  other: "未记录报送日期，请手填 no filing date on record",
};

/**
 * The statistics forms of a core roll-up as ZWJ31 has them filed: one form per
 * unit (its branches, its total, the day it sent the table and whether that
 * was in time, its own stamp line), preceded by the total over all units with
 * every unit's filing listed under it.
 */
export function statisticsFormsFromCore(
  table: CoreStatisticsTable,
  options: { totalUnitName?: string } = {},
): StatisticsTableSheet[] {
  const units = table.rows.filter((row) => row.level === "unit");
  const verdictOf = (unit: CoreStatisticsRow) => table.deadlines.find((v) => v.subject.id === unit.unitId);
  const filings = units.map((unit) => filingOf(unit, verdictOf(unit)));
  const totalForm: StatisticsTableSheet = {
    sheetName: "统计表 汇总 Total",
    title: `${table.title}（汇总）`,
    unitName: options.totalUnitName ?? `汇总 All units（${units.length} 个单位）`,
    dateNote: "汇总表；各单位报送日期见下 compiled; each unit's date below",
    rows: units.map(lineOf),
    total: { ...lineOf(table.total), name: "合计 Total" },
    filings,
  };
  const unitForms = units.map((unit, index): StatisticsTableSheet => {
    const filing = filings[index] as StatisticsTableFiling;
    return {
      sheetName: `统计表 ${unit.name}`,
      title: table.title,
      unitName: unit.name,
      ...(filing.submittedOn !== undefined
        ? { date: filing.submittedOn }
        : { dateNote: filing.status === "pending" ? NO_DATE_NOTE.pending : NO_DATE_NOTE.other }),
      rows: table.rows.filter((row) => row.level === "branch" && row.unitId === unit.unitId).map(lineOf),
      total: { ...lineOf(unit), name: "合计 Total" },
      filings: [filing],
    };
  });
  return [totalForm, ...unitForms];
}
