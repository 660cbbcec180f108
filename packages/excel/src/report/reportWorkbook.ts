import type { Verdict } from "@shuangbaodao/core";
import type ExcelJS from "exceljs";
import { openWorkbookWriter, type WorkbookTarget } from "../writing/openWorkbookWriter";
import { SheetNames } from "../writing/sheetNames";
import { writeTableSheet } from "../writing/tableSheet";
import { type SpotCheckSheetData, writeSpotCheckSheet } from "./spotCheckSheet";
import { type StatisticsTableSheet, writeStatisticsTableSheet } from "./statisticsTableSheet";
import { type StatusGrid, writeStatusGridSheet } from "./statusGridSheet";
import { type ReportSummary, writeSummarySheet } from "./summarySheet";
import { type SubjectNames, verdictColumns } from "./verdictsSheet";
import { type ReportWarning, WARNING_COLUMNS } from "./warningsSheet";

export interface VerdictSheetOptions {
  sheetName?: string;
  /** Names to print beside subject IDs. */
  names?: SubjectNames;
}

/**
 * Builds a report workbook sheet by sheet with the streaming writer: each
 * `add…` call writes its sheet to the end and commits it, so memory holds one
 * row at a time. Sheets appear in the order they are added; `finish` closes
 * the file.
 */
export class ReportWorkbook {
  private readonly writer: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly names = new SheetNames();
  private finished = false;

  constructor(target: WorkbookTarget) {
    this.writer = openWorkbookWriter(target);
  }

  /** The summary sheet: title, facts, status counts, notes. */
  addSummary(summary: ReportSummary, sheetName = "汇总 Summary"): this {
    writeSummarySheet(this.open(), this.names.take(sheetName), summary);
    return this;
  }

  /** One row per verdict: subject, rule, status, reason, citation, explanation zh/en, record IDs, fix. */
  addVerdicts(verdicts: Iterable<Verdict>, options: VerdictSheetOptions = {}): this {
    writeTableSheet(
      this.open(),
      this.names.take(options.sheetName ?? "党员结论 Member verdicts"),
      { zh: "逐条结论", en: "Verdicts" },
      verdictColumns(options.names),
      verdicts,
    );
    return this;
  }

  /** A rows × columns grid of statuses, coloured by status (units × periods, members × rules…). */
  addStatusGrid(grid: StatusGrid): this {
    writeStatusGridSheet(this.open(), this.names.take(grid.sheetName ?? "网格 Grid"), grid);
    return this;
  }

  /** Warnings: warning-only verdicts, import notices, data gaps. */
  addWarnings(warnings: Iterable<ReportWarning>, sheetName = "提示 Warnings"): this {
    writeTableSheet(
      this.open(),
      this.names.take(sheetName),
      { zh: "提示", en: "Warnings" },
      WARNING_COLUMNS,
      warnings,
    );
    return this;
  }

  /** The 在职党员到居住地社区统计表, laid out like the paper form. */
  addStatisticsTable(table: StatisticsTableSheet): this {
    writeStatisticsTableSheet(this.open(), this.names.take(table.sheetName ?? "统计表 Statistics"), table);
    return this;
  }

  /** A spot-check draw: seed, population hash, how to verify, sampled IDs. */
  addSpotCheck(spotCheck: SpotCheckSheetData): this {
    writeSpotCheckSheet(this.open(), this.names.take(spotCheck.sheetName ?? "抽查 Spot check"), spotCheck);
    return this;
  }

  /** Writes the workbook's closing parts and ends the file or stream. */
  async finish(): Promise<void> {
    this.open();
    this.finished = true;
    await this.writer.commit();
  }

  private open(): ExcelJS.stream.xlsx.WorkbookWriter {
    if (this.finished) throw new Error("The report workbook is already finished");
    return this.writer;
  }
}

/** Everything a report workbook can hold, for writing it in one call. */
export interface ReportContent {
  summary?: ReportSummary;
  verdicts?: Iterable<Verdict>;
  verdictNames?: SubjectNames;
  grids?: readonly StatusGrid[];
  statisticsTables?: readonly StatisticsTableSheet[];
  spotChecks?: readonly SpotCheckSheetData[];
  warnings?: Iterable<ReportWarning>;
}

/** Writes a report workbook in the usual order: summary, verdicts, grids, statistics, spot checks, warnings. */
export async function writeReportWorkbook(target: WorkbookTarget, content: ReportContent): Promise<void> {
  const report = new ReportWorkbook(target);
  if (content.summary) report.addSummary(content.summary);
  if (content.verdicts) report.addVerdicts(content.verdicts, { names: content.verdictNames });
  for (const grid of content.grids ?? []) report.addStatusGrid(grid);
  for (const table of content.statisticsTables ?? []) report.addStatisticsTable(table);
  for (const spotCheck of content.spotChecks ?? []) report.addSpotCheck(spotCheck);
  if (content.warnings) report.addWarnings(content.warnings);
  await report.finish();
}
