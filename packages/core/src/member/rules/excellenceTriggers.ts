import type { Verdict } from "../../model/verdict";
import type { RuleId } from "../../rules/ruleCatalogue";
import type { MemberContext } from "../memberContext";

/** What stands in the way of 优秀: triggers that are settled, and those that may still go either way. */
export interface ExcellenceTriggers {
  /** `RULE-ID:reason` of each settled trigger. */
  firm: string[];
  /** `RULE-ID:reason` of each trigger that is not settled yet. */
  provisional: string[];
}

/**
 * The triggers of ZZ47-BD 三(四): "没有报到或参加活动没有达到次数要求，或在社会公德、
 * 家庭美德等方面有负面反映、并经调查属实的". Which readings apply (late report,
 * missing re-report, four musts) is the edition's choice.
 */
export function excellenceTriggers(
  ctx: MemberContext,
  verdicts: ReadonlyMap<RuleId, Verdict>,
): ExcellenceTriggers {
  const firm: string[] = [];
  const provisional: string[] = [];
  const p = ctx.params;
  const add = (verdict: Verdict | undefined, settled: boolean) => {
    if (!verdict) return;
    (settled ? firm : provisional).push(`${verdict.ruleId}:${verdict.reason ?? verdict.status}`);
  };

  const report = verdicts.get("M-REPORT");
  if (report?.reason === "missing") add(report, true);
  if (report?.reason === "late" && p.lateReportBlocksExcellent) add(report, true);
  if (report?.reason === "overdue") add(report, false);

  const reReport = verdicts.get("M-REREPORT");
  const moveStatuses = (reReport?.facts.moveStatuses as string[] | undefined) ?? [];
  if (p.missingReReportBlocksExcellent && moveStatuses.includes("missing")) add(reReport, true);
  else if (p.lateReReportBlocksExcellent && moveStatuses.includes("late")) add(reReport, true);
  else if (p.missingReReportBlocksExcellent && moveStatuses.includes("overdue")) add(reReport, false);

  const service = verdicts.get("M-SERVICE-YEAR");
  if (service?.status === "unmet") add(service, true);

  const feedback = verdicts.get("M-FEEDBACK");
  if (feedback?.status === "unmet") add(feedback, true);
  if (feedback?.status === "pending") add(feedback, false);

  const fourMusts = verdicts.get("M-FOUR-MUSTS");
  if (p.fourMustsAffectRating && fourMusts?.status === "unmet") add(fourMusts, true);

  if (ctx.yearOpen) provisional.push("year-not-over");
  return { firm, provisional };
}
