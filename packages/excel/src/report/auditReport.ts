import {
  type DatasetAssessment,
  periodIdOf,
  periodsOfYear,
  RULES,
  type Verdict,
  type VerdictStatus,
} from "@shuangbaodao/core";
import { reasonText } from "../spec/reasonWords";
import type { WorkbookTarget } from "../writing/openWorkbookWriter";
import { type ReportContent, ReportWorkbook, writeReportWorkbook } from "./reportWorkbook";
import type { SpotCheckSheetData } from "./spotCheckSheet";
import { statisticsFormsFromCore } from "./statisticsForms";
import type { StatusGrid, StatusGridRow } from "./statusGridSheet";
import type { ReportSummary } from "./summarySheet";
import type { ReportWarning } from "./warningsSheet";

/** The frequency rules of the unit programme, shown period by period in the grid. */
const PERIODIC_RULES = ["U-MEETING-QUARTER", "U-THEMEDAY-HALF", "U-VOLUNTEER-MONTH"] as const;

export interface AuditReportOptions {
  /** Display names of units, branches and members, by ID. */
  names?: ReadonlyMap<string, string>;
  /** The workbook the records came from, for the summary. */
  sourceFile?: string;
  /** Called as each sheet after the verdicts is written (for a progress bar): sheets written and the sheet count. */
  onSheetWritten?: (written: number, sheetCount: number) => void;
  /** The most rows a sheet may hold (Excel's 1,048,576): longer tables go on in further sheets. */
  rowLimit?: number;
}

/**
 * An assessment handed over while it is made, for a dataset of any size:
 * every verdict once, in report order (members, units, statistics-table
 * deadlines, spot checks), as it is decided; once they are read to the end,
 * the dataset-level results (`result()`, whose members keep only the verdicts
 * the rollups and summaries read) and how many verdicts had each status.
 */
export interface StreamedAssessment {
  verdicts: Iterable<Verdict>;
  result(): DatasetAssessment;
  statusCounts(): Readonly<Record<VerdictStatus, number>>;
}

function* allVerdicts(result: DatasetAssessment): Generator<Verdict> {
  for (const member of result.members) yield* member.verdicts;
  for (const unit of result.units) yield* unit.verdicts;
  yield* result.statistics.deadlines;
  for (const check of result.spotChecks) yield check.verdict;
}

function summaryOf(
  result: DatasetAssessment,
  options: AuditReportOptions,
  statusCounts?: Readonly<Record<string, number>>,
): ReportSummary {
  const counts: Record<string, number> = { ...statusCounts };
  if (statusCounts === undefined)
    for (const v of allVerdicts(result)) counts[v.status] = (counts[v.status] ?? 0) + 1;
  const count = (ruleId: string, status: string, list: { verdicts: Verdict[] }[]) =>
    list.filter((s) => s.verdicts.some((v) => v.ruleId === ruleId && v.status === status)).length;
  return {
    title: { zh: `“双报到”${result.year} 年度评估报告`, en: `Dual reporting assessment, ${result.year}` },
    facts: [
      { label: { zh: "版本", en: "Edition" }, value: `${result.edition.id} ${result.edition.version}` },
      { label: { zh: "年度", en: "Year" }, value: result.year },
      { label: { zh: "截至日期", en: "As of" }, value: result.asOf ?? "全部记录 / all records" },
      ...(options.sourceFile
        ? [{ label: { zh: "数据文件", en: "Source file" }, value: options.sourceFile }]
        : []),
      { label: { zh: "评估党员", en: "Members assessed" }, value: result.members.length },
      { label: { zh: "评估单位", en: "Units assessed" }, value: result.units.length },
      {
        label: { zh: "不能评为“优秀”（M-NOT-EXCELLENT）", en: "Cannot be rated excellent (M-NOT-EXCELLENT)" },
        value: count("M-NOT-EXCELLENT", "unmet", result.members),
      },
      {
        label: { zh: "取消考察资格（M-CADRE-BAR）", en: "Cadre candidacies cancelled (M-CADRE-BAR)" },
        value: count("M-CADRE-BAR", "unmet", result.members),
      },
      {
        label: { zh: "应下发督办单的单位（U-SUPERVISE）", en: "Units due a supervision order (U-SUPERVISE)" },
        value: count("U-SUPERVISE", "unmet", result.units),
      },
      {
        label: { zh: "督办单待定的单位（周期或年度未结束）", en: "Units whose supervision order is pending" },
        value: count("U-SUPERVISE", "pending", result.units),
      },
      {
        label: { zh: "取消评先推优资格（U-AWARD-BAR）", en: "Units losing award eligibility (U-AWARD-BAR)" },
        value: count("U-AWARD-BAR", "unmet", result.units),
      },
      {
        label: { zh: "评先推优资格待定的单位", en: "Units whose award eligibility is pending" },
        value: count("U-AWARD-BAR", "pending", result.units),
      },
    ],
    statusCounts: counts,
    notes: [
      {
        zh: "每条结论均注明规则编号、条款出处、所依据的记录编号和适用版本；规则与条款对照见 docs/rules.md。",
        en: "Every verdict names its rule ID, the clause, the records it rests on and the edition; docs/rules.md maps rules to clauses.",
      },
    ],
  };
}

/** The unit × period grid: one row per unit and frequency rule, one column per month, quarter and half-year. */
function periodGrid(result: DatasetAssessment, names: ReadonlyMap<string, string>): StatusGrid {
  const columns = [
    ...periodsOfYear("month", result.year),
    ...periodsOfYear("quarter", result.year),
    ...periodsOfYear("half-year", result.year),
  ].map((p) => ({ key: p.label, label: p.label }));
  const rows: StatusGridRow[] = result.units.flatMap((unit) =>
    PERIODIC_RULES.map((ruleId) => ({
      labels: [names.get(unit.unitId) ?? unit.unitId, `${RULES[ruleId].title.zh}（${ruleId}）`],
      cells: Object.fromEntries(
        unit.verdicts
          .filter((v) => v.ruleId === ruleId && periodIdOf(v) !== null)
          // Words first, the code in brackets: 次数不足（count-short）; a met period shows the status alone.
          .map((v) => [
            periodIdOf(v) as string,
            { status: v.status, ...(v.status !== "met" && v.reason && { text: reasonText(v.reason, "zh") }) },
          ]),
      ),
    })),
  );
  return {
    sheetName: "周期",
    title: { zh: "单位按周期完成情况", en: "Units by period" },
    rowHeaders: [
      { zh: "单位", en: "Unit" },
      { zh: "规则", en: "Rule" },
    ],
    columns,
    rows,
  };
}

function warningsOf(result: DatasetAssessment, names: ReadonlyMap<string, string>): ReportWarning[] {
  if (!result.warnings) return [];
  const who = (id: string) => names.get(id) ?? id;
  return [
    ...result.warnings.ahead.map((w) => ({
      subject: who(w.subject.id),
      ruleId: w.ruleId,
      code: `ahead-${w.severity}`,
      message: {
        zh: `${w.period ? `${w.period}：` : ""}还剩 ${w.daysLeft} 天（截止 ${w.due}）：${w.needed.zh}`,
        en: `${w.period ? `${w.period}: ` : ""}${w.daysLeft} day(s) left (due ${w.due}): ${w.needed.en}`,
      },
      where: w.citations.map((c) => c.text).join("; "),
    })),
    ...result.warnings.overdue.map((o) => ({
      subject: who(o.subject.id),
      ruleId: o.ruleId,
      code: "overdue",
      message: {
        zh: `${o.period ? `${o.period}：` : ""}已逾期 ${o.daysOverdue} 天（截止 ${o.due}）：${o.explanation.zh}`,
        en: `${o.period ? `${o.period}: ` : ""}${o.daysOverdue} day(s) overdue (due ${o.due}): ${o.explanation.en}`,
      },
      where: o.citations.map((c) => c.text).join("; "),
    })),
  ];
}

function spotChecksOf(result: DatasetAssessment, names: ReadonlyMap<string, string>): SpotCheckSheetData[] {
  return result.spotChecks.map(({ unitId, sample }) => ({
    sheetName: `抽查 ${unitId}`.slice(0, 31),
    ruleId: "M-SPOTCHECK-20",
    scope: names.get(unitId) ?? unitId,
    year: sample.year,
    samplingDate: sample.samplingDate,
    seed: sample.seed,
    populationHash: sample.populationHash,
    populationSize: sample.populationSize,
    sampleSize: sample.sampleSize,
    sizeRule: `ceil(${sample.rate} × ${sample.populationSize}) = ${sample.requiredSize}`,
    howToVerify: {
      zh: `用同一工作簿运行 shuangbaodao sample verify <工作簿> <抽样.json>，或按 docs/sampling.md 重新计算：种子、名单哈希与抽中名单应完全一致。`,
      en: "Run shuangbaodao sample verify <workbook> <sample.json> on the same workbook, or recompute by docs/sampling.md: seed, population hash and sample must match exactly.",
    },
    sampled: [...sample.mustVisit, ...sample.drawn].map((id) => ({
      id,
      ...(names.has(id) && { name: names.get(id) }),
    })),
  }));
}

/**
 * Writes the auditor's report workbook for a whole assessment (`assessDataset`):
 * summary, every verdict with its rule, clause and records, the unit × period
 * grid, warnings as of the as-of date, the statistics table laid out like the
 * paper form, and each spot-check sample with how to verify it.
 */
export async function writeAuditReport(
  target: WorkbookTarget,
  result: DatasetAssessment | StreamedAssessment,
  options: AuditReportOptions = {},
): Promise<void> {
  const names = options.names ?? new Map<string, string>();
  if ("verdicts" in result) return writeStreamedAuditReport(target, result, options, names);
  await writeReportWorkbook(
    target,
    {
      summary: summaryOf(result, options),
      verdicts: allVerdicts(result),
      verdictNames: names,
      ...datasetSheets(result, names),
    },
    { ...(options.rowLimit !== undefined && { rowLimit: options.rowLimit }) },
  );
}

/**
 * A streamed assessment's report: the verdict sheet is written as the
 * verdicts are decided; the summary keeps its place in front and is filled at
 * the end, with the counts; the dataset-level sheets follow the verdicts.
 */
async function writeStreamedAuditReport(
  target: WorkbookTarget,
  streamed: StreamedAssessment,
  options: AuditReportOptions,
  names: ReadonlyMap<string, string>,
): Promise<void> {
  const report = new ReportWorkbook(target, {
    ...(options.rowLimit !== undefined && { rowLimit: options.rowLimit }),
  });
  report.addSummary(() => summaryOf(streamed.result(), options, streamed.statusCounts()));
  report.addVerdicts(streamed.verdicts, { names });
  await report.flush();
  const { grids, statisticsTables, spotChecks, warnings } = datasetSheets(streamed.result(), names);
  const adds = [
    ...grids.map((grid) => () => report.addStatusGrid(grid)),
    ...statisticsTables.map((table) => () => report.addStatisticsTable(table)),
    ...spotChecks.map((spotCheck) => () => report.addSpotCheck(spotCheck)),
    () => report.addWarnings(warnings),
  ];
  const sheetCount = adds.length + 2;
  options.onSheetWritten?.(2, sheetCount);
  for (const [index, add] of adds.entries()) {
    add();
    await report.flush();
    options.onSheetWritten?.(index + 3, sheetCount);
  }
  await report.finish();
}

/** The sheets after the verdicts: the period grid, the statistics table, the spot checks and the warnings. */
function datasetSheets(result: DatasetAssessment, names: ReadonlyMap<string, string>) {
  return {
    grids: [periodGrid(result, names)],
    statisticsTables: statisticsFormsFromCore(result.statistics),
    spotChecks: spotChecksOf(result, names),
    warnings: warningsOf(result, names),
  } satisfies ReportContent;
}
