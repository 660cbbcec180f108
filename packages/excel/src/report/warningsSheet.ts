import type { ImportIssue, ImportNotice } from "../import/importIssue";
import type { Bilingual } from "../spec/bilingual";
import type { TableColumn } from "../writing/tableSheet";

/** A warning to list in the report: a warning-only verdict, an import notice, a data gap. */
export interface ReportWarning {
  /** Who or what it is about (a member, a unit, a file). */
  subject?: string;
  ruleId?: string;
  /** A short code to filter by (`cloud-mismatch`, `missing-list`, …). */
  code?: string;
  message: Bilingual;
  /** Where it was found: `file › sheet!C5`, a record ID… */
  where?: string;
  recordIds?: readonly string[];
}

/** The columns of the warnings sheet. */
export const WARNING_COLUMNS: readonly TableColumn<ReportWarning>[] = [
  { header: { zh: "对象", en: "Subject" }, width: 16, value: (w) => w.subject },
  { header: { zh: "规则编号", en: "Rule ID" }, width: 18, value: (w) => w.ruleId, repeats: true },
  { header: { zh: "类别", en: "Code" }, width: 18, value: (w) => w.code, repeats: true },
  { header: { zh: "提示", en: "Warning (zh)" }, width: 56, value: (w) => w.message.zh, wrap: true },
  { header: { zh: "Warning", en: "Warning (en)" }, width: 56, value: (w) => w.message.en, wrap: true },
  { header: { zh: "位置", en: "Where" }, width: 24, value: (w) => w.where, wrap: true },
  {
    header: { zh: "相关记录", en: "Record IDs" },
    width: 22,
    value: (w) => w.recordIds?.join(", "),
    wrap: true,
  },
];

/** Import issues and notices as report warnings (for a collect-mode import that went ahead). */
export function importWarnings(items: Iterable<ImportIssue | ImportNotice>): ReportWarning[] {
  return [...items].map((item) => ({
    subject: item.file,
    code: "kind" in item ? item.kind : "import-notice",
    message: item.message,
    where: [item.sheet, item.cell].filter((part) => part !== undefined && part !== "").join("!"),
  }));
}
