import type { RecordKind } from "../source/recordSource";
import type { InputIssue, InputIssueCode } from "./inputIssue";

/**
 * The most issues an `InputError` keeps whole. Past them each issue is only
 * counted, by where it is: a city's workbook with one column wrong throughout
 * has half a million, which kept whole took 863 MB to refuse a 65 MB file and
 * would answer an upload with a body of hundreds of megabytes. A thousand is
 * more than anyone reads; the counts say where the rest are.
 */
export const ISSUES_KEPT = 1_000;

/**
 * Issues past the ones kept, counted by their code and where they are: the
 * kind and field of their records (a list item's field without its position:
 * `attendedEventIds`), and the sheet when the source found them in one.
 */
export interface OmittedIssues {
  code: InputIssueCode;
  kind?: RecordKind;
  field?: string;
  sheet?: string;
  count: number;
}

/** How many issues (or a workbook's problems) the counts stand for. */
export function omittedCount(omitted: readonly { count: number }[]): number {
  let count = 0;
  for (const group of omitted) count += group.count;
  return count;
}

/** A field as issues past the kept ones are grouped, without positions: `attendedEventIds.3` and `services[7].date` are `attendedEventIds` and `services.date`. */
function groupField(field: string): string {
  return field
    .replace(/\[\d+\]/g, "")
    .split(".")
    .filter((key) => !/^\d+$/.test(key))
    .join(".");
}

/**
 * Issues in the order they are found: the first `limit` kept whole, every one
 * after only counted (`OmittedIssues`), so that reading a source of any size
 * and any number of faults takes memory for `limit` issues, not for all.
 */
export class IssueList {
  readonly kept: InputIssue[] = [];
  readonly #omitted = new Map<string, OmittedIssues>();
  #total = 0;

  constructor(readonly limit: number = ISSUES_KEPT) {}

  /** Every issue added, kept or counted. */
  get total(): number {
    return this.#total;
  }

  add(issue: InputIssue): void {
    if (this.kept.length < this.limit) {
      this.#total++;
      this.kept.push(issue);
    } else this.count(issue);
  }

  /** Counts an issue by where it is, without keeping it (one already known to fall past the kept ones). */
  count(issue: Pick<InputIssue, "code" | "kind" | "field" | "place">): void {
    this.#total++;
    this.#tally({
      code: issue.code,
      ...(issue.kind !== undefined && { kind: issue.kind }),
      ...(issue.field !== undefined && { field: groupField(issue.field) }),
      ...(issue.place?.sheet !== undefined && { sheet: issue.place.sheet }),
      count: 1,
    });
  }

  /** Issues another list (or a source) only counted: they stay counted here. */
  addOmitted(omitted: readonly OmittedIssues[]): void {
    for (const group of omitted) {
      this.#total += group.count;
      this.#tally(group);
    }
  }

  /** The counts of the issues not kept, the largest first. */
  omitted(): OmittedIssues[] {
    return [...this.#omitted.values()].sort((a, b) => b.count - a.count);
  }

  #tally(group: OmittedIssues): void {
    const key = JSON.stringify([group.code, group.kind, group.field, group.sheet]);
    const known = this.#omitted.get(key);
    if (known !== undefined) known.count += group.count;
    else this.#omitted.set(key, { ...group });
  }
}
