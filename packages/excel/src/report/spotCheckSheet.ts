import type ExcelJS from "exceljs";
import type { Bilingual } from "../spec/bilingual";
import { printSetup } from "../writing/printSetup";
import { type ReportCellInput, safeCellValue } from "../writing/safeCellValue";
import { styleHeaderCell, styleTitleCell, TABLE_BORDER } from "../writing/sheetStyles";

/** One sampled subject and, once visited, what the visit found. */
export interface SampledSubject {
  id: string;
  name?: string;
  /** Filled after the field visit; blank columns are left for it otherwise. */
  visitDate?: string;
  visitResult?: string;
  note?: string;
}

/**
 * A reproducible spot-check draw (`M-SPOTCHECK-20`, `W-COMMUNITY-SAMPLE`):
 * who drew it from which population with which seed, so anyone can redraw
 * it and get the same list.
 */
export interface SpotCheckSheetData {
  sheetName?: string;
  title?: Bilingual;
  ruleId: string;
  /** The 机关党组织 (or district) the sample is for. */
  scope: string;
  year: number;
  samplingDate: string;
  seed: string;
  /** A hash of the sorted population IDs, so a changed population is noticed. */
  populationHash: string;
  populationSize: number;
  sampleSize: number;
  /** How the sample size follows from the population, e.g. `ceil(0.2 × 37) = 8`. */
  sizeRule?: string;
  howToVerify?: Bilingual;
  sampled: readonly SampledSubject[];
}

const DEFAULT_HOW_TO_VERIFY: Bilingual = {
  zh: "用相同的种子、抽样日期和名单重新抽样：先核对名单哈希与本表一致，再比对抽中的编号。",
  en: "Redraw with the same seed, sampling date and population: first check that the population hash matches this sheet, then compare the sampled IDs.",
};

const TABLE_HEADERS: readonly Bilingual[] = [
  { zh: "序号", en: "#" },
  { zh: "编号", en: "ID" },
  { zh: "姓名/名称", en: "Name" },
  { zh: "走访日期", en: "Visit date" },
  { zh: "走访结果", en: "Result" },
  { zh: "备注", en: "Note" },
];
const FACTS_LABEL_COLUMN = TABLE_HEADERS.length + 2;
const HEADER_ROW = 3;

/**
 * Writes the spot-check sheet: the sampled IDs as a table on the left (with
 * blank columns for the visit), and beside it the seed, the population hash
 * and how to verify the draw.
 */
export function writeSpotCheckSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  data: SpotCheckSheetData,
): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
    // The names and the seed with its verification block side by side on one page width.
    pageSetup: printSetup({ landscape: true, titleRows: `1:${HEADER_ROW}` }),
  });
  sheet.columns = [
    { width: 6 },
    { width: 16 },
    { width: 14 },
    { width: 12 },
    { width: 24 },
    { width: 20 },
    { width: 3 },
    { width: 22 },
    { width: 60 },
  ];
  const title = sheet.getRow(1);
  const titleText = data.title ?? { zh: "走访抽查名单", en: "Field-visit sample" };
  title.getCell(1).value = safeCellValue(`${titleText.zh}  ${titleText.en}（${data.ruleId}）`);
  styleTitleCell(title.getCell(1));
  title.height = 24;
  title.commit();

  const header = sheet.getRow(HEADER_ROW);
  TABLE_HEADERS.forEach((text, index) => {
    header.getCell(index + 1).value = `${text.zh}\n${text.en}`;
    styleHeaderCell(header.getCell(index + 1));
  });
  header.height = 32;

  const howToVerify = data.howToVerify ?? DEFAULT_HOW_TO_VERIFY;
  const facts: [string, ReportCellInput][] = [
    ["规则 Rule", data.ruleId],
    ["范围 Scope", data.scope],
    ["年度 Year", data.year],
    ["抽样日期 Sampling date", data.samplingDate],
    ["种子 Seed", data.seed],
    ["名单哈希 Population hash", data.populationHash],
    ["名单人数 Population", data.populationSize],
    ["抽样人数 Sample size", data.sampleSize],
    ["样本量规则 Size rule", data.sizeRule],
    ["如何核验", howToVerify.zh],
    ["How to verify", howToVerify.en],
  ];
  const factCells = (row: ExcelJS.Row, index: number) => {
    const fact = facts[index];
    if (fact === undefined) return;
    const label = row.getCell(FACTS_LABEL_COLUMN);
    label.value = fact[0];
    label.font = { bold: true };
    label.border = TABLE_BORDER;
    const value = row.getCell(FACTS_LABEL_COLUMN + 1);
    value.value = safeCellValue(fact[1]);
    value.border = TABLE_BORDER;
    value.alignment = { wrapText: true, vertical: "top" };
  };
  // The facts column starts on the header row and runs down beside the table.
  factCells(header, 0);
  header.commit();

  const rowCount = Math.max(data.sampled.length, facts.length - 1);
  for (let index = 0; index < rowCount; index++) {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    const subject = data.sampled[index];
    if (subject !== undefined) {
      const values = [
        index + 1,
        subject.id,
        subject.name,
        subject.visitDate,
        subject.visitResult,
        subject.note,
      ];
      values.forEach((value, column) => {
        const cell = row.getCell(column + 1);
        cell.value = safeCellValue(value);
        cell.border = TABLE_BORDER;
      });
    }
    factCells(row, index + 1);
    row.commit();
  }
  sheet.autoFilter = `A${HEADER_ROW}:F${HEADER_ROW + data.sampled.length}`;
  sheet.commit();
}
