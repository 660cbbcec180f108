import { deepFreeze } from "../../collections/deepFreeze";
import type { Verdict } from "../../model/verdict";
import type { RuleId } from "../../rules/ruleCatalogue";
import type { MemberContext } from "../memberContext";
import { memberVerdict } from "../verdictBuilder";
import { excellenceTriggers } from "./excellenceTriggers";

/** The two ratings ZZ47-BD 三(四) bars: 民主评议党员 and 个人年度考核. */
export const BARRED_RATINGS = deepFreeze(["民主评议党员", "个人年度考核"]);

/**
 * `M-NOT-EXCELLENT` (ZZ47-BD 三(四)): `unmet` means the member cannot be rated
 * 优秀 this year, in both the 民主评议党员 and the 个人年度考核; `pending` means
 * a trigger is not settled yet (an investigation, or the year is not over), so
 * the bar is provisional; `met` means nothing bars 优秀.
 */
export function decideNotExcellent(ctx: MemberContext, verdicts: ReadonlyMap<RuleId, Verdict>): Verdict {
  const { firm, provisional } = excellenceTriggers(ctx, verdicts);
  const recordIds: string[] = [];
  for (const trigger of [...firm, ...provisional]) {
    const colon = trigger.indexOf(":");
    const ids = verdicts.get((colon < 0 ? trigger : trigger.slice(0, colon)) as RuleId)?.recordIds;
    if (ids) recordIds.push(...ids);
  }
  const facts = { ratings: BARRED_RATINGS, firmTriggers: firm, provisionalTriggers: provisional };
  if (firm.length > 0) {
    return memberVerdict(ctx, "M-NOT-EXCELLENT", {
      status: "unmet",
      reason: "barred",
      recordIds,
      facts,
      triggeredBy: firm,
      explanation: {
        zh: `${ctx.year} 年度民主评议党员、个人年度考核均不能评为“优秀”（${firm.join("；")}）。`,
        en: `Cannot be rated excellent in ${ctx.year}, neither in the 民主评议党员 nor in the 个人年度考核 (${firm.join("; ")}).`,
      },
    });
  }
  if (provisional.length > 0) {
    return memberVerdict(ctx, "M-NOT-EXCELLENT", {
      status: "pending",
      reason: "provisional",
      provisional: true,
      recordIds,
      facts,
      triggeredBy: provisional,
      explanation: {
        zh: `能否评为“优秀”尚未确定（${provisional.join("；")}）。`,
        en: `Whether the member may be rated excellent is not settled yet (${provisional.join("; ")}).`,
      },
    });
  }
  return memberVerdict(ctx, "M-NOT-EXCELLENT", {
    status: "met",
    facts,
    explanation: {
      zh: `没有影响 ${ctx.year} 年度评为“优秀”的情形。`,
      en: `Nothing bars an excellent rating in ${ctx.year}.`,
    },
  });
}
