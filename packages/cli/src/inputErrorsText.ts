import type { ImportIssue } from "@shuangbaodao/excel";
import { bothLines, type Lang } from "./lang";

/** Problems listed one by one at most; a column wrong throughout a city's workbook is half a million. */
export const ISSUES_LISTED = 100;
/** Places named in the count of the rest, the most frequent first. */
const PLACES_NAMED = 10;

/** Where a problem is, as the count of the rest groups it: the sheet and the column (letters and header). */
function placeOf(issue: ImportIssue): { key: string; zh: string; en: string } {
  const letters = /^([A-Z]+)\d/.exec(issue.cell ?? "")?.[1];
  // A template header has its Chinese and English on two lines; a summary keeps to one.
  const column = issue.column?.replace(/\s+/g, " ");
  const header = column === undefined ? "" : `（${column}）`;
  const headerEn = column === undefined ? "" : ` (${column})`;
  if (issue.sheet === "") return { key: "", zh: "整个文件", en: "the file as a whole" };
  if (letters === undefined)
    return { key: issue.sheet, zh: `「${issue.sheet}」表`, en: `sheet "${issue.sheet}"` };
  return {
    key: `${issue.sheet}\u0000${letters}`,
    zh: `「${issue.sheet}」表 ${letters} 列${header}`,
    en: `sheet "${issue.sheet}", column ${letters}${headerEn}`,
  };
}

/**
 * The problems of a refused workbook for the console: each in both
 * languages, the first {@link ISSUES_LISTED} of them, then how many there are
 * in all and where the rest are, by sheet and column — a date column wrong in
 * every row is one thing to fix, not 478,200 lines to read.
 */
export function inputErrorsText(issues: readonly ImportIssue[], lang: Lang): string {
  const listed = issues.slice(0, ISSUES_LISTED).map((issue) => bothLines(lang, issue.message));
  if (issues.length <= ISSUES_LISTED) return `${listed.join("\n")}\n`;
  const places = new Map<string, { zh: string; en: string; count: number }>();
  for (const issue of issues) {
    const place = placeOf(issue);
    const seen = places.get(place.key);
    if (seen === undefined) places.set(place.key, { ...place, count: 1 });
    else seen.count++;
  }
  const byCount = [...places.values()].sort((a, b) => b.count - a.count);
  const named = byCount.slice(0, PLACES_NAMED);
  const others = byCount.slice(PLACES_NAMED).reduce((total, place) => total + place.count, 0);
  const count = (n: number) => n.toLocaleString("en");
  const zhPlaces = named.map((place) => `${place.zh} ${count(place.count)} 个`);
  const enPlaces = named.map((place) => `${place.en}: ${count(place.count)}`);
  if (others > 0) {
    zhPlaces.push(`其他位置 ${count(others)} 个`);
    enPlaces.push(`elsewhere: ${count(others)}`);
  }
  const summary = bothLines(lang, {
    zh: `……共 ${count(issues.length)} 个问题，以上列出前 ${ISSUES_LISTED} 个。按位置：${zhPlaces.join("；")}`,
    en: `… ${count(issues.length)} problems in all, the first ${ISSUES_LISTED} listed above. By place: ${enPlaces.join("; ")}`,
  });
  return `${listed.join("\n")}\n${summary}\n`;
}
