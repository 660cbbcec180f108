import { ISSUES_KEPT, type OmittedIssues } from "@shuangbaodao/core";
import { columnLettersOf } from "../cells/a1";
import type { ImportIssue, ImportIssueKind } from "./importIssue";

/**
 * A workbook's problems past the ones kept whole, counted where a person
 * fixes them: by sheet and column (its letters and header) and by what is
 * wrong.
 */
export interface OmittedImportIssues {
  kind: ImportIssueKind;
  /** The sheet's name as it is in the workbook; empty for the file as a whole. */
  sheet: string;
  /** The column's letters (`C`), for problems in cells. */
  columnLetters?: string;
  /** The column's header as it is in the workbook. */
  column?: string;
  count: number;
}

/**
 * A workbook's own problems as the import finds them: the first
 * {@link ISSUES_KEPT} whole, every later one counted by sheet, column and
 * kind. A column wrong in each of half a million rows is then refused in the
 * memory of a thousand problems (all of them took 863 MB for a 65 MB file).
 */
export class ImportIssueList {
  readonly kept: ImportIssue[] = [];
  readonly #omitted = new Map<string, OmittedImportIssues>();

  constructor(readonly limit: number = ISSUES_KEPT) {}

  add(issue: ImportIssue): void {
    if (this.kept.length < this.limit) {
      this.kept.push(issue);
      return;
    }
    const columnLetters = columnLettersOf(issue.cell);
    this.tally({
      kind: issue.kind,
      sheet: issue.sheet,
      ...(columnLetters !== undefined && { columnLetters }),
      ...(issue.column !== undefined && { column: issue.column }),
      count: 1,
    });
  }

  /** Counts the problems of a group as well (the core's, said in the workbook's terms). */
  tally(group: OmittedImportIssues): void {
    const key = JSON.stringify([group.kind, group.sheet, group.columnLetters, group.column]);
    const known = this.#omitted.get(key);
    if (known !== undefined) known.count += group.count;
    else this.#omitted.set(key, { ...group });
  }

  /** The counts, the largest first. */
  omitted(): OmittedImportIssues[] {
    return [...this.#omitted.values()].sort((a, b) => b.count - a.count);
  }

  /** The counts as the core takes a source's unreadable records it did not keep. */
  omittedUnreadable(): OmittedIssues[] {
    return this.omitted().map(({ sheet, count }) => ({
      code: "malformed-record",
      ...(sheet !== "" && { sheet }),
      count,
    }));
  }
}
