import { ISSUES_KEPT, IssueList, type OmittedIssues } from "../model/issueList";
import type { UnreadableRecord } from "./recordSource";
import { unreadableIssue } from "./unreadableIssue";

/**
 * What a source could not read, as it finds it: the first
 * {@link ISSUES_KEPT} kept whole for `unreadable()`, every one after only
 * counted for `omittedUnreadable()`, so that a stream of a million broken
 * lines is refused in the memory of a thousand.
 */
export class UnreadableList {
  readonly kept: UnreadableRecord[] = [];
  readonly #counted = new IssueList(0);

  add(item: UnreadableRecord): void {
    if (this.kept.length < ISSUES_KEPT) this.kept.push(item);
    else this.#counted.add(unreadableIssue(item));
  }

  omitted(): OmittedIssues[] {
    return this.#counted.omitted();
  }
}
