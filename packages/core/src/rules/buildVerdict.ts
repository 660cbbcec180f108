import { compareCodePoints, sortByCodePoint } from "../collections/compareCodePoints";
import type { EditionRef } from "../editions/edition";
import type {
  ExcludedRecord,
  Fix,
  Task,
  Verdict,
  VerdictOf,
  VerdictRuleId,
  VerdictStatus,
} from "../model/verdict";
import { RULES, type RuleId } from "./ruleCatalogue";

/** The parts of a verdict a rule decides; `buildVerdict` adds the rest. */
export interface VerdictParts {
  status: VerdictStatus;
  reason?: string;
  provisional?: boolean;
  severity?: Verdict["severity"];
  recordIds?: string[];
  /** The rule's facts, of the shape its facts schema gives (checked by the schema tests, not by the compiler). */
  facts?: object;
  excluded?: ExcludedRecord[];
  explanation: { zh: string; en: string };
  fix?: Fix;
  due?: string;
  tasks?: Task[];
  triggeredBy?: string[];
}

/** Who and when a verdict is about, and which edition it ran under. */
export interface VerdictScope {
  subject: Verdict["subject"];
  year: number;
  edition: EditionRef;
}

/**
 * A verdict with its rule's citation, subject, year and edition filled in, so
 * that no rule can forget them. Record IDs are de-duplicated and sorted, so
 * the verdict does not depend on the order of the input records.
 */
export function buildVerdict<R extends VerdictRuleId>(
  scope: VerdictScope,
  ruleId: R,
  parts: VerdictParts,
): VerdictOf<R> {
  const verdict = {
    ruleId,
    subject: scope.subject,
    year: scope.year,
    status: parts.status,
    provisional: parts.provisional ?? false,
    severity: parts.severity ?? "binding",
    // The catalogue's own frozen citations and one frozen edition reference per
    // edition, shared by every verdict: copying them cost a tenth of an assessment.
    citations: RULES[ruleId as RuleId].citations as Verdict["citations"],
    recordIds: sortedUnique(parts.recordIds),
    facts: parts.facts ?? {},
    excluded: parts.excluded ?? [],
    edition: editionRefOf(scope.edition),
    explanation: parts.explanation,
    tasks: parts.tasks ?? [],
    triggeredBy: parts.triggeredBy ?? [],
  } as VerdictOf<R>;
  if (parts.reason !== undefined) verdict.reason = parts.reason;
  if (parts.due !== undefined) verdict.due = parts.due;
  if (parts.fix !== undefined) verdict.fix = parts.fix;
  return verdict;
}

const editionRefs = new WeakMap<EditionRef, Readonly<EditionRef>>();

/** `{ id, version }` of an edition, one frozen object per edition (verdicts share it). */
export function editionRefOf(edition: EditionRef): EditionRef {
  let ref = editionRefs.get(edition);
  if (ref === undefined) {
    ref = Object.freeze({ id: edition.id, version: edition.version });
    editionRefs.set(edition, ref);
  }
  return ref;
}

/** Record IDs de-duplicated and sorted; most verdicts cite none or one, which needs neither. */
function sortedUnique(ids: readonly string[] | undefined): string[] {
  if (ids === undefined || ids.length === 0) return [];
  if (ids.length === 1) return [ids[0] as string];
  // A verdict's list is short: an insertion sort, because `Array.prototype.sort`
  // allocates about 1 KB of work space per call (6 % of an assessment's garbage).
  const sorted = ids.length > 16 ? sortByCodePoint(ids) : insertionSorted(ids);
  // Sorted, then equal neighbours dropped in place.
  let kept = 1;
  for (let i = 1; i < sorted.length; i++) {
    const id = sorted[i] as string;
    if (id !== sorted[kept - 1]) sorted[kept++] = id;
  }
  sorted.length = kept;
  return sorted;
}

/** A copy of a short list in code point order. */
function insertionSorted(ids: readonly string[]): string[] {
  const sorted = ids.slice();
  for (let i = 1; i < sorted.length; i++) {
    const id = sorted[i] as string;
    let j = i - 1;
    while (j >= 0 && compareCodePoints(sorted[j] as string, id) > 0) {
      sorted[j + 1] = sorted[j] as string;
      j--;
    }
    sorted[j + 1] = id;
  }
  return sorted;
}

/** An `excluded` entry: a record looked at and set aside, with why. */
export function excludedRecord(recordId: string, reason: string, zh: string, en: string): ExcludedRecord {
  return { recordId, reason, explanation: { zh, en } };
}
