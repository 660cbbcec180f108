import { once } from "node:events";
import type { Verdict } from "@shuangbaodao/core";
import type ExcelJS from "exceljs";
import type { Bilingual } from "../spec/bilingual";
import {
  openWorkbookWriter,
  untilZipped,
  type WorkbookTarget,
  whileWriting,
  withPartsHeld,
} from "../writing/openWorkbookWriter";
import { SheetNames } from "../writing/sheetNames";
import { sheetPartStream } from "../writing/sheetPartStream";
import { EXCEL_ROW_LIMIT, type SheetContinuation } from "../writing/sheetRowLimit";
import { type TableColumn, writeTableSheet } from "../writing/tableSheet";
import { type ContinuedTable, continuedTablesNote } from "./continuedTablesNote";
import { type SpotCheckSheetData, writeSpotCheckSheet } from "./spotCheckSheet";
import { type StatisticsTableSheet, writeStatisticsTableSheet } from "./statisticsTableSheet";
import { type StatusGrid, writeStatusGridSheet } from "./statusGridSheet";
import { addSummarySheet, fillSummarySheet, type ReportSummary } from "./summarySheet";
import { type SubjectNames, verdictColumns } from "./verdictsSheet";
import { type ReportWarning, WARNING_COLUMNS } from "./warningsSheet";

export interface ReportWorkbookOptions {
  /** The most rows a sheet may hold (Excel's 1,048,576): a longer table goes on in further sheets. */
  rowLimit?: number;
}

export interface VerdictSheetOptions {
  sheetName?: string;
  /** Names to print beside subject IDs. */
  names?: SubjectNames;
}

/**
 * Builds a report workbook sheet by sheet with the streaming writer. Each
 * `add…` call queues its sheet and returns at once; the sheets are written
 * in the order they were added, each committed before the next, a long
 * table in pieces that wait for the zip, so memory holds a piece at a time.
 * Their contents (a verdict iterable, say) are therefore read after `add…`
 * returns, by the time `finish` is done; `finish` closes the file and throws
 * whatever writing a sheet threw.
 */
export class ReportWorkbook {
  private readonly writer: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly names = new SheetNames();
  private finished = false;
  /** The sheets queued so far, written one after the other. */
  private written: Promise<void> = Promise.resolve();
  /** Sheets whose place is taken and whose rows are written at `finish` (a summary counted last). */
  private readonly lastly: (() => Promise<void>)[] = [];
  private readonly rowLimit: number;
  /** The tables that went on past the row limit, named in the summary's notes. */
  private readonly continued: ContinuedTable[] = [];

  constructor(target: WorkbookTarget, options: ReportWorkbookOptions = {}) {
    this.writer = openWorkbookWriter(target);
    this.rowLimit = options.rowLimit ?? EXCEL_ROW_LIMIT;
  }

  /**
   * The summary sheet: title, facts, status counts, notes. It keeps its
   * place but is filled at `finish`, once the sheets after it are written:
   * given as a function, it can count what they held (a streamed report), and
   * its notes say which sheets a table past the row limit went on in.
   */
  addSummary(summary: ReportSummary | (() => ReportSummary), sheetName = "汇总 Summary"): this {
    const name = this.names.take(sheetName);
    return this.queue((writer) => {
      const sheet = withPartsHeld(writer, () => addSummarySheet(writer, name));
      this.lastly.push(async () => {
        const filled = typeof summary === "function" ? summary() : summary;
        const notes = [...(filled.notes ?? []), ...continuedTablesNote(this.continued, this.rowLimit)];
        fillSummarySheet(sheet, { ...filled, ...(notes.length > 0 && { notes }) });
        // Held back until complete: in the zip before the workbook's closing parts.
        const part = sheetPartStream(sheet);
        if (!part.writableFinished) await once(part, "finish");
      });
    });
  }

  /** One row per verdict: subject, rule, status, reason, citation, explanation zh/en, record IDs, fix. */
  addVerdicts(verdicts: Iterable<Verdict>, options: VerdictSheetOptions = {}): this {
    const sheetName = options.sheetName ?? "党员结论 Member verdicts";
    const name = this.names.take(sheetName);
    const columns = verdictColumns(options.names);
    return this.queue((writer) =>
      this.writeTable(writer, sheetName, name, { zh: "逐条结论", en: "Verdicts" }, columns, verdicts),
    );
  }

  /** A rows × columns grid of statuses, coloured by status (units × periods, members × rules…). */
  addStatusGrid(grid: StatusGrid): this {
    const wanted = grid.sheetName ?? "网格 Grid";
    const name = this.names.take(wanted);
    return this.queue((writer) => {
      const sheetNames = writeStatusGridSheet(writer, name, grid, this.continuation(wanted));
      this.noteContinued(grid.title, sheetNames);
    });
  }

  /** Warnings: warning-only verdicts, import notices, data gaps. */
  addWarnings(warnings: Iterable<ReportWarning>, sheetName = "提示 Warnings"): this {
    const name = this.names.take(sheetName);
    return this.queue((writer) =>
      this.writeTable(writer, sheetName, name, { zh: "提示", en: "Warnings" }, WARNING_COLUMNS, warnings),
    );
  }

  /** The 在职党员到居住地社区统计表, laid out like the paper form. */
  addStatisticsTable(table: StatisticsTableSheet): this {
    const name = this.names.take(table.sheetName ?? "统计表 Statistics");
    return this.queue((writer) => writeStatisticsTableSheet(writer, name, table));
  }

  /** A spot-check draw: seed, population hash, how to verify, sampled IDs. */
  addSpotCheck(spotCheck: SpotCheckSheetData): this {
    const name = this.names.take(spotCheck.sheetName ?? "抽查 Spot check");
    return this.queue((writer) => writeSpotCheckSheet(writer, name, spotCheck));
  }

  /**
   * Waits until every sheet queued so far is written (more can be added
   * after), and the zip has taken all but the last, so that sheets added one
   * after another do not pile up in memory.
   */
  async flush(): Promise<void> {
    await this.written;
    await untilZipped(this.writer);
  }

  /** Waits for the queued sheets, fills the ones kept for last, then writes the closing parts and ends the file or stream. */
  async finish(): Promise<void> {
    this.open();
    this.finished = true;
    await this.written;
    for (const fill of this.lastly) await fill();
    await whileWriting(this.writer, () => this.writer.commit());
  }

  /** A table sheet, and the sheets it goes on in past the row limit. */
  private async writeTable<T>(
    writer: ExcelJS.stream.xlsx.WorkbookWriter,
    wanted: string,
    name: string,
    title: Bilingual,
    columns: readonly TableColumn<T>[],
    rows: Iterable<T>,
  ): Promise<void> {
    const { sheetNames } = await writeTableSheet(
      writer,
      name,
      title,
      columns,
      rows,
      this.continuation(wanted),
    );
    this.noteContinued(title, sheetNames);
  }

  /** How a sheet goes on past the row limit: named as wanted, made unique (`结论 (2)`). */
  private continuation(wanted: string): SheetContinuation {
    return { rowLimit: this.rowLimit, nextSheetName: () => this.names.take(wanted) };
  }

  private noteContinued(title: Bilingual, sheetNames: readonly string[]): void {
    if (sheetNames.length > 1) this.continued.push({ title, sheetNames });
  }

  private queue(write: (writer: ExcelJS.stream.xlsx.WorkbookWriter) => unknown): this {
    const writer = this.open();
    this.written = this.written.then(async () => {
      await write(writer);
    });
    // `finish` reports a failure; until it is called, a failed sheet is not an unhandled rejection.
    this.written.catch(() => {});
    return this;
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
export async function writeReportWorkbook(
  target: WorkbookTarget,
  content: ReportContent,
  options: ReportWorkbookOptions = {},
): Promise<void> {
  const report = new ReportWorkbook(target, options);
  if (content.summary) report.addSummary(content.summary);
  if (content.verdicts) report.addVerdicts(content.verdicts, { names: content.verdictNames });
  for (const grid of content.grids ?? []) report.addStatusGrid(grid);
  for (const table of content.statisticsTables ?? []) report.addStatisticsTable(table);
  for (const spotCheck of content.spotChecks ?? []) report.addSpotCheck(spotCheck);
  if (content.warnings) report.addWarnings(content.warnings);
  await report.finish();
}
