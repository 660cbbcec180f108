import { fromDayNumber } from "../../calendar/dayNumber";
import type { CadreBarFacts, NotExcellentFacts, Task, Verdict, VerdictOf } from "../../model/verdict";
import { type MemberContext, residenceOn } from "../memberContext";
import { memberVerdict } from "../verdictBuilder";

/** The inspection team's visit to the member's community, due for every candidate whatever the verdict. */
function communityVisitTask(ctx: MemberContext): Task {
  const home = residenceOn(ctx, Math.min(ctx.asOf, ctx.yearLast));
  const where = home ? `${home.record.district}${home.record.communityName}` : "党员居住地社区";
  return {
    kind: "community-visit",
    zh: `考察组到${where}实地调查走访`,
    en: `the inspection team visits ${where} in person`,
  };
}

/**
 * `M-CADRE-BAR` (ZZ47-BD 三(四)): for a candidate under inspection for cadre
 * selection in the year, the same triggers as `M-NOT-EXCELLENT` cancel the
 * candidacy (`unmet`); unsettled triggers make it provisional (`pending`).
 */
export function decideCadreBar(ctx: MemberContext, notExcellent: VerdictOf<"M-NOT-EXCELLENT">) {
  const excellence = notExcellent.facts as NotExcellentFacts;
  const candidate = ctx.records.member.cadreCandidateYears.includes(ctx.year);
  const facts: CadreBarFacts = {
    candidate,
    barred: candidate && excellence.blocked,
    provisional: candidate && excellence.provisional,
    triggers: candidate ? excellence.triggers : [],
    pending: candidate ? excellence.pending : [],
    candidateYear: ctx.year,
    assessedOn: Number.isFinite(ctx.asOf) ? fromDayNumber(ctx.asOf) : null,
  };
  if (!candidate) {
    return memberVerdict(ctx, "M-CADRE-BAR", {
      status: "not-applicable",
      reason: "not-a-candidate",
      facts,
      explanation: {
        zh: `${ctx.year} 年未被列入组织考察对象。`,
        en: `Not a candidate under inspection for cadre selection in ${ctx.year}.`,
      },
    });
  }
  const tasks = [communityVisitTask(ctx)];
  const candidateVerdict = (
    status: Verdict["status"],
    reason: string | undefined,
    explanation: Verdict["explanation"],
  ) =>
    memberVerdict(ctx, "M-CADRE-BAR", {
      recordIds: notExcellent.recordIds,
      facts,
      triggeredBy: notExcellent.triggeredBy,
      tasks,
      status,
      reason,
      provisional: status === "pending",
      explanation,
    });
  if (notExcellent.status === "unmet") {
    return candidateVerdict("unmet", "candidacy-cancelled", {
      zh: `作为组织考察对象，存在${notExcellent.triggeredBy.join("；")}的情形，取消考察资格。`,
      en: `As a cadre candidate with ${notExcellent.triggeredBy.join("; ")}, the candidacy is cancelled.`,
    });
  }
  if (notExcellent.status === "pending") {
    return candidateVerdict("pending", "provisional", {
      zh: `考察资格待定（${notExcellent.triggeredBy.join("；")}），考察组须到社区实地调查走访。`,
      en: `The candidacy is provisional (${notExcellent.triggeredBy.join("; ")}); the inspection team must visit the community.`,
    });
  }
  return candidateVerdict("met", undefined, {
    zh: "未发现取消考察资格的情形，考察组仍须到社区实地调查走访。",
    en: "Nothing cancels the candidacy; the inspection team must still visit the community.",
  });
}
