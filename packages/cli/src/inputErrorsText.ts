import { omittedCount } from "@shuangbaodao/core";
import { columnLettersOf, type ImportIssue, type OmittedImportIssues } from "@shuangbaodao/excel";
import { bothLines, type Lang } from "./lang";

/** Problems listed one by one at most; a column wrong throughout a city's workbook is half a million. */
export const ISSUES_LISTED = 100;
/** Places named in the count of the rest, the most frequent first. */
const PLACES_NAMED = 10;

/** Where problems are, as the count of the rest groups them: the sheet and the column (letters and header). */
function placeOf(at: { sheet: string; columnLetters?: string; column?: string }): {
  key: string;
  zh: string;
  en: string;
} {
  const letters = at.columnLetters;
  // A template header has its Chinese and English on two lines; a summary keeps to one.
  const column = at.column?.replace(/\s+/g, " ");
  const header = column === undefined ? "" : `（${column}）`;
  const headerEn = column === undefined ? "" : ` (${column})`;
  if (at.sheet === "") return { key: "", zh: "整个文件", en: "the file as a whole" };
  if (letters === undefined) return { key: at.sheet, zh: `「${at.sheet}」表`, en: `sheet "${at.sheet}"` };
  return {
    key: `${at.sheet}\u0000${letters}`,
    zh: `「${at.sheet}」表 ${letters} 列${header}`,
    en: `sheet "${at.sheet}", column ${letters}${headerEn}`,
  };
}

/**
 * The problems of a refused workbook for the console: each in both
 * languages, the first {@link ISSUES_LISTED} of them, then how many there are
 * in all and where the rest are, by sheet and column — a date column wrong in
 * every row is one thing to fix, not 478,200 lines to read. `omitted` are the
 * problems the import and the core only counted (past the first thousand).
 */
export function inputErrorsText(
  issues: readonly ImportIssue[],
  omitted: readonly OmittedImportIssues[],
  lang: Lang,
): string {
  const total = issues.length + omittedCount(omitted);
  const listed = issues.slice(0, ISSUES_LISTED).map((issue) => bothLines(lang, issue.message));
  if (total <= listed.length) return `${listed.join("\n")}\n`;
  const places = new Map<string, { zh: string; en: string; count: number }>();
  const count = (at: Parameters<typeof placeOf>[0], n: number) => {
    const place = placeOf(at);
    const seen = places.get(place.key);
    if (seen === undefined) places.set(place.key, { ...place, count: n });
    else seen.count += n;
  };
  for (const issue of issues) {
    const columnLetters = columnLettersOf(issue.cell);
    count({ ...issue, ...(columnLetters !== undefined && { columnLetters }) }, 1);
  }
  for (const group of omitted) count(group, group.count);
  const byCount = [...places.values()].sort((a, b) => b.count - a.count);
  const named = byCount.slice(0, PLACES_NAMED);
  const others = byCount.slice(PLACES_NAMED).reduce((sum, place) => sum + place.count, 0);
  const number = (n: number) => n.toLocaleString("en");
  const zhPlaces = named.map((place) => `${place.zh} ${number(place.count)} 个`);
  const enPlaces = named.map((place) => `${place.en}: ${number(place.count)}`);
  if (others > 0) {
    zhPlaces.push(`其他位置 ${number(others)} 个`);
    enPlaces.push(`elsewhere: ${number(others)}`);
  }
  const summary = bothLines(lang, {
    zh: `……共 ${number(total)} 个问题，以上列出前 ${listed.length} 个。按位置：${zhPlaces.join("；")}`,
    en: `… ${number(total)} problems in all, the first ${listed.length} listed above. By place: ${enPlaces.join("; ")}`,
  });
  return `${listed.join("\n")}\n${summary}\n`;
}
