import { plainCellValue } from "../cells/plainCellValue";
import type { SheetSpec } from "../spec/columnSpec";
import type { HeaderMatcher } from "./headerMatcher";
import type { FoundColumn } from "./sheetLayout";

/** A header cell that names nothing the sheet knows, or a column already found. */
export interface StrayHeader {
  column: number;
  header: string;
}

export interface HeaderRowMatch {
  columns: FoundColumn[];
  duplicates: StrayHeader[];
  unknown: StrayHeader[];
}

/**
 * Reads a row as the header row if it names at least two of the sheet's
 * columns (or its only one). A title row above the headers, merged across the
 * table, holds one text and never qualifies, so the header row is found by its
 * names wherever it is.
 */
export function matchHeaderRow(
  values: readonly unknown[],
  spec: SheetSpec,
  matcher: HeaderMatcher,
): HeaderRowMatch | undefined {
  const columns: FoundColumn[] = [];
  const duplicates: StrayHeader[] = [];
  const unknown: StrayHeader[] = [];
  const taken = new Set<number>();
  values.forEach((value, column) => {
    const plain = plainCellValue(value);
    if (plain === undefined || typeof plain === "object") return;
    const header = String(plain).trim();
    const index = matcher.match(header);
    const columnSpec = index === undefined ? undefined : spec.columns[index];
    if (index === undefined || columnSpec === undefined) {
      unknown.push({ column, header });
    } else if (taken.has(index)) {
      duplicates.push({ column, header });
    } else {
      taken.add(index);
      columns.push({ spec: columnSpec, column, header });
    }
  });
  return columns.length >= Math.min(2, spec.columns.length) ? { columns, duplicates, unknown } : undefined;
}
