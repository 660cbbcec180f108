import type { ConsequenceTrigger, PendingItem, ReReportFacts, Verdict } from "../../model/verdict";
import { isOutOfScope } from "../../model/verdict";
import { pendingOf, triggerOf, yearNotOver } from "../../rules/consequenceItems";
import type { RuleId } from "../../rules/ruleCatalogue";
import type { MemberContext } from "../memberContext";

/** What stands in the way of 优秀: triggers that are settled, and what may still go either way. */
export interface ExcellenceTriggers {
  /** The verdicts that settle the bar. */
  firm: Verdict[];
  /** The verdicts that may still turn into a trigger (an overdue duty, an investigation, a duty not yet due). */
  unsettled: Verdict[];
  triggers: ConsequenceTrigger[];
  /** The unsettled verdicts, and the year itself while it is open. */
  pending: PendingItem[];
}

/** `RULE-ID:reason`, the text form of a trigger (the deprecated `triggeredBy`). */
export function triggerText(item: ConsequenceTrigger | PendingItem): string {
  return item.reason === "year-not-over" ? "year-not-over" : `${item.ruleId}:${item.reason}`;
}

/**
 * The triggers of ZZ47-BD 三(四): "没有报到或参加活动没有达到次数要求，或在社会公德、
 * 家庭美德等方面有负面反映、并经调查属实的". Which readings apply (late report,
 * missing re-report, four musts) is the edition's choice. A duty not yet due
 * (`pending`) is no trigger: while the year is open it is listed as pending.
 */
export function excellenceTriggers(
  ctx: MemberContext,
  verdicts: ReadonlyMap<RuleId, Verdict>,
): ExcellenceTriggers {
  const firm: Verdict[] = [];
  const unsettled: Verdict[] = [];
  const p = ctx.params;
  const add = (verdict: Verdict | undefined, settled: boolean) => {
    if (verdict) (settled ? firm : unsettled).push(verdict);
  };

  const report = verdicts.get("M-REPORT");
  if (report?.reason === "missing") add(report, true);
  if (report?.reason === "late" && p.lateReportBlocksExcellent) add(report, true);
  if (report?.reason === "overdue") add(report, false);
  if (report?.status === "pending" && report.provisional) add(report, false);

  const reReport = verdicts.get("M-REREPORT");
  const moveStatuses =
    reReport === undefined || isOutOfScope(reReport.facts)
      ? []
      : (reReport.facts as ReReportFacts).moveStatuses;
  if (p.missingReReportBlocksExcellent && moveStatuses.includes("missing")) add(reReport, true);
  else if (p.lateReReportBlocksExcellent && moveStatuses.includes("late")) add(reReport, true);
  else if (p.missingReReportBlocksExcellent && moveStatuses.includes("overdue")) add(reReport, false);
  else if (reReport?.status === "pending" && reReport.provisional) add(reReport, false);

  const service = verdicts.get("M-SERVICE-YEAR");
  if (service?.status === "unmet") add(service, true);
  if (service?.status === "pending") add(service, false);

  const feedback = verdicts.get("M-FEEDBACK");
  if (feedback?.status === "unmet") add(feedback, true);
  if (feedback?.status === "pending") add(feedback, false);

  const fourMusts = verdicts.get("M-FOUR-MUSTS");
  if (p.fourMustsAffectRating && fourMusts?.status === "unmet") add(fourMusts, true);

  const pending = unsettled.map(pendingOf);
  if (ctx.yearOpen) pending.push(yearNotOver("M-NOT-EXCELLENT", ctx.yearEnd));
  return { firm, unsettled, triggers: firm.map(triggerOf), pending };
}
