import type { Bilingual } from "../spec/bilingual";

/** A table that went on past a sheet's row limit: its title and its sheets, in order. */
export interface ContinuedTable {
  title: Bilingual;
  sheetNames: readonly string[];
}

/** The summary's notes that say which sheets each long table fills, and in what order. */
export function continuedTablesNote(tables: readonly ContinuedTable[], rowLimit: number): Bilingual[] {
  const limit = rowLimit.toLocaleString("en");
  return tables.map(({ title, sheetNames }) => ({
    zh: `“${title.zh}”超过每张工作表 ${limit} 行的上限，按顺序分列于 ${sheetNames.length} 张工作表：${sheetNames.join("、")}。`,
    en: `“${title.en}” passes the limit of ${limit} rows a sheet and fills ${sheetNames.length} sheets, in this order: ${sheetNames.join(", ")}.`,
  }));
}
