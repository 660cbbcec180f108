// @shuangbaodao/excel: input templates, streaming import with cell-level errors, report workbooks.
// The column specs (spec/) define each input sheet once; template, import and export all read them.

export { columnLettersOf } from "./cells/a1";
export { normaliseText } from "./cells/normaliseText";
export { readBoolean } from "./cells/readBoolean";
export { readCalendarDate } from "./cells/readCalendarDate";
export type {
  ImportEvent,
  IssueEvent,
  NoticeEvent,
  RecordEvent,
} from "./import/importEvent";
export { REQUIRED_SHEETS } from "./import/importEventBatches";
export type { ImportIssue, ImportIssueKind, ImportNotice } from "./import/importIssue";
export { formatIssues } from "./import/importIssue";
export type { OmittedImportIssues } from "./import/importIssueList";
export {
  type CollectedImportResult,
  type ImportedRecords,
  type ImportMode,
  type ImportOptions,
  importWorkbook,
  importWorkbookOrThrow,
  type StrictImportResult,
  WorkbookImportError,
  type WorkbookSource,
} from "./import/importWorkbook";
export { importWorkbookRecords, type StreamingImportOptions } from "./import/importWorkbookRecords";
export { DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits } from "./import/workbookLimits";
export type { RefusalKind } from "./import/workbookRefusal";
export { type AuditReportOptions, type StreamedAssessment, writeAuditReport } from "./report/auditReport";
export {
  type ReportContent,
  ReportWorkbook,
  type VerdictSheetOptions,
  writeReportWorkbook,
} from "./report/reportWorkbook";
export type { SampledSubject, SpotCheckSheetData } from "./report/spotCheckSheet";
export { type CoreStatisticsTable, statisticsFormsFromCore } from "./report/statisticsForms";
export type {
  StatisticsTableFiling,
  StatisticsTableLine,
  StatisticsTableSheet,
} from "./report/statisticsTableSheet";
export type { StatusGrid, StatusGridCell, StatusGridRow } from "./report/statusGridSheet";
export { STATUS_LOOK } from "./report/statusStyle";
export { countStatuses, type ReportSummary } from "./report/summarySheet";
export { triggerLabels } from "./report/triggerLabels";
export type { SubjectNames } from "./report/verdictsSheet";
export { importWarnings, type ReportWarning } from "./report/warningsSheet";
export { type WorkbookRecordSource, workbookRecordSource } from "./source/workbookRecordSource";
export type { Bilingual } from "./spec/bilingual";
export type {
  ColumnSpec,
  ColumnType,
  EnumOption,
  RecordSchema,
  SchemaIssue,
  SchemaResult,
  SheetSpec,
} from "./spec/columnSpec";
export * from "./spec/enumOptions";
export { INPUT_SHEETS, INSTRUCTIONS_SHEET_NAME, OPTIONS_SHEET_NAME } from "./spec/inputSheets";
export { MEMBER_PROGRAMME_SHEETS } from "./spec/memberProgrammeSheets";
export { POST_CATALOGUE, POST_CODE_OPTIONS } from "./spec/postCatalogue";
export { REASON_WORDS, reasonText } from "./spec/reasonWords";
export { SAMPLING_SHEETS, type SamplingKey } from "./spec/samplingSheets";
export { UNIT_PROGRAMME_SHEETS, type UnitProgrammeKey } from "./spec/unitProgrammeSheets";
export { recordToCells, recordToRows } from "./template/recordToCells";
export {
  FIRST_DATA_ROW,
  HEADER_ROW,
  type InputWorkbookOptions,
  type RecordsByKind,
  TITLE_ROW,
  writeInputWorkbook,
  writeTemplate,
} from "./template/writeInputWorkbook";
export { displayWidth } from "./writing/displayWidth";
export type { WorkbookTarget } from "./writing/openWorkbookWriter";
