import {
  type InputIssueCode,
  type OmittedIssues,
  omittedCount,
  type RecordKind,
  type SourcePlace,
} from "@shuangbaodao/core";
import { DatabaseError } from "../connection/databaseError";

/** One reason an import was refused, at its place (file and line, or sheet and row) and field. */
export interface ImportProblem {
  place: SourcePlace;
  /** The field path inside the record (`date`, `online.activityDate`); empty for the whole record. */
  field: string;
  zh: string;
  en: string;
  /** Where in the dataset, when no place is known (`members[4]`). */
  path?: string;
  /** The core's code for the problem (`invalid-value`, `unknown-reference`, …), with the record's kind and index. */
  code?: InputIssueCode;
  kind?: RecordKind;
  index?: number;
}

/**
 * The import was refused: nothing was written. Lists the problems found, the
 * first thousand whole (`problems`), the rest counted by code and place as
 * the core counted them (`omitted`); `problemCount` is the number of all.
 */
export class ImportRejected extends DatabaseError {
  readonly problems: readonly ImportProblem[];
  readonly omitted: readonly OmittedIssues[];
  readonly problemCount: number;

  constructor(source: string, problems: readonly ImportProblem[], omitted: readonly OmittedIssues[] = []) {
    const shown = problems.slice(0, 50);
    const problemCount = problems.length + omittedCount(omitted);
    const more = problemCount - shown.length;
    super(
      [
        `导入被拒绝，未写入任何记录（${source}，${problemCount} 个问题）：`,
        ...shown.map(
          (p) => `- ${placeText(p.place, "zh") || p.path}${p.field ? ` 字段 ${p.field}` : ""}：${p.zh}`,
        ),
        ...(more > 0 ? [`……另有 ${more} 个问题`] : []),
      ].join("\n"),
      [
        `Import refused, nothing written (${source}, ${problemCount} problem(s)):`,
        ...shown.map(
          (p) => `- ${placeText(p.place, "en") || p.path}${p.field ? ` field ${p.field}` : ""}: ${p.en}`,
        ),
        ...(more > 0 ? [`… and ${more} more`] : []),
      ].join("\n"),
    );
    this.name = "ImportRejected";
    this.problems = problems;
    this.omitted = omitted;
    this.problemCount = problemCount;
  }
}

/** `records.ndjson line 3`, `records.xlsx 志愿服务 row 5` / `文件 records.xlsx 工作表 志愿服务 第 5 行`. */
export function placeText(place: SourcePlace, lang: "zh" | "en"): string {
  const parts: string[] = [];
  if (lang === "zh") {
    if (place.file) parts.push(`文件 ${place.file}`);
    if (place.sheet) parts.push(`工作表 ${place.sheet}`);
    if (place.row) parts.push(`第 ${place.row} 行`);
    if (place.line) parts.push(`第 ${place.line} 行`);
    if (place.table) parts.push(`表 ${place.table}${place.key ? ` 记录 ${place.key}` : ""}`);
  } else {
    if (place.file) parts.push(place.file);
    if (place.sheet) parts.push(`sheet ${place.sheet}`);
    if (place.row) parts.push(`row ${place.row}`);
    if (place.line) parts.push(`line ${place.line}`);
    if (place.table) parts.push(`table ${place.table}${place.key ? ` record ${place.key}` : ""}`);
  }
  return parts.join(" ");
}
