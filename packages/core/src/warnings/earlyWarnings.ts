import { toDayNumber } from "../calendar/dayNumber";
import { compareCodePoints } from "../collections/compareCodePoints";
import type { Edition } from "../editions/edition";
import { validate } from "../model/validate";
import type { Verdict } from "../model/verdict";
import { EarlyWarningsOptions, type EarlyWarningsOptionsInput } from "../options/earlyWarningsOptions";
import { periodIdOf } from "../rules/verdictLookup";
import type { EarlyWarning, EarlyWarnings, OverdueObligation, WarningSeverity } from "./earlyWarning";

/** Severity by days left, with the edition's thresholds: it rises as the deadline nears. */
export function warningSeverity(edition: Edition, daysLeft: number): WarningSeverity {
  const { urgentDays, warningDays } = edition.parameters.warnings;
  if (daysLeft <= urgentDays) return "urgent";
  if (daysLeft <= warningDays) return "warning";
  return "notice";
}

/** A verdict that is a duty still open on the as-of date, with a deadline ahead. */
function isStillAhead(verdict: Verdict, asOf: number): verdict is Verdict & { due: string } {
  if (verdict.due === undefined || toDayNumber(verdict.due) < asOf) return false;
  return verdict.status === "pending" || (verdict.status === "unmet" && verdict.provisional);
}

/** A duty whose deadline passed in the window (since, asOf) and that is still unmet, not merely done late. */
function becameOverdue(verdict: Verdict, since: number, asOf: number): verdict is Verdict & { due: string } {
  if (verdict.due === undefined || verdict.status !== "unmet" || verdict.reason === "late") return false;
  const due = toDayNumber(verdict.due);
  return due < asOf && due >= since;
}

const bySubjectRuleAndDue = (
  a: { due: string; ruleId: string; subject: { id: string }; period: string | null },
  b: typeof a,
) =>
  compareCodePoints(a.due, b.due) ||
  compareCodePoints(a.subject.id, b.subject.id) ||
  compareCodePoints(a.ruleId, b.ruleId) ||
  compareCodePoints(a.period ?? "", b.period ?? "");

/**
 * 预警提醒 and 纠偏 (ZZ47-GJ 四.2): from verdicts decided as of a day, every
 * obligation not yet met whose deadline is still ahead, with days left, what
 * is needed and a severity that rises as the deadline nears; and every one
 * that became overdue since a given day. Pass verdicts decided with the same
 * `asOf`; a warning disappears as soon as the records meet the obligation,
 * since its verdict is then `met`.
 */
export function earlyWarnings(
  verdicts: Iterable<Verdict>,
  edition: Edition,
  rawOptions: EarlyWarningsOptionsInput,
): EarlyWarnings {
  const options = validate(EarlyWarningsOptions, rawOptions, "earlyWarnings options");
  const asOf = toDayNumber(options.asOf);
  const since =
    options.overdueSince === undefined ? Number.NEGATIVE_INFINITY : toDayNumber(options.overdueSince);
  const ahead: EarlyWarning[] = [];
  const overdue: OverdueObligation[] = [];
  // Most verdicts are neither: the shared fields are copied only for those that are.
  const common = (verdict: Verdict) => ({
    ruleId: verdict.ruleId,
    subject: verdict.subject,
    year: verdict.year,
    period: periodIdOf(verdict),
    citations: verdict.citations,
    edition: verdict.edition,
  });
  for (const verdict of verdicts) {
    if (isStillAhead(verdict, asOf)) {
      const daysLeft = toDayNumber(verdict.due) - asOf;
      ahead.push({
        ...common(verdict),
        status: verdict.status,
        due: verdict.due,
        daysLeft,
        severity: warningSeverity(edition, daysLeft),
        needed: verdict.fix ? { zh: verdict.fix.zh, en: verdict.fix.en } : verdict.explanation,
      });
    } else if (becameOverdue(verdict, since, asOf)) {
      overdue.push({
        ...common(verdict),
        reason: verdict.reason ?? null,
        due: verdict.due,
        daysOverdue: asOf - toDayNumber(verdict.due),
        explanation: verdict.explanation,
      });
    }
  }
  return {
    asOf: options.asOf,
    overdueSince: options.overdueSince ?? null,
    ahead: ahead.sort(bySubjectRuleAndDue),
    overdue: overdue.sort(bySubjectRuleAndDue),
  };
}
