import { deepFreeze } from "../../collections/deepFreeze";
import type { NotExcellentFacts, Verdict } from "../../model/verdict";
import type { RuleId } from "../../rules/ruleCatalogue";
import type { MemberContext } from "../memberContext";
import { memberVerdict } from "../verdictBuilder";
import { excellenceTriggers, triggerText } from "./excellenceTriggers";

/** The two ratings ZZ47-BD 三(四) bars: 民主评议党员 and 个人年度考核. */
export const BARRED_RATINGS = deepFreeze(["民主评议党员", "个人年度考核"]);

/**
 * `M-NOT-EXCELLENT` (ZZ47-BD 三(四)). Read its facts: `blocked` is true when
 * the member cannot be rated 优秀 this year, in both the 民主评议党员 and the
 * 个人年度考核 (`triggers` says why); `provisional` is true while something is
 * still pending (`pending` says what, and until when). The status follows
 * the uniform reading "is the rule's demand satisfied": `unmet` = blocked,
 * `pending` = not settled, `met` = nothing bars 优秀.
 */
export function decideNotExcellent(ctx: MemberContext, verdicts: ReadonlyMap<RuleId, Verdict>) {
  const { firm, unsettled, triggers, pending } = excellenceTriggers(ctx, verdicts);
  const recordIds = [...firm, ...unsettled].flatMap((v) => v.recordIds);
  const blocked = triggers.length > 0;
  const facts: NotExcellentFacts = {
    ratings: [...BARRED_RATINGS],
    blocked,
    provisional: !blocked && pending.length > 0,
    triggers,
    pending,
  };
  if (blocked) {
    const firmText = triggers.map(triggerText);
    return memberVerdict(ctx, "M-NOT-EXCELLENT", {
      status: "unmet",
      reason: "barred",
      recordIds,
      facts,
      triggeredBy: firmText,
      explanation: {
        zh: `${ctx.year} 年度民主评议党员、个人年度考核均不能评为“优秀”（${firmText.join("；")}）。`,
        en: `Cannot be rated excellent in ${ctx.year}, neither in the 民主评议党员 nor in the 个人年度考核 (${firmText.join("; ")}).`,
      },
    });
  }
  if (pending.length > 0) {
    const pendingText = pending.map(triggerText);
    return memberVerdict(ctx, "M-NOT-EXCELLENT", {
      status: "pending",
      reason: "provisional",
      provisional: true,
      recordIds,
      facts,
      triggeredBy: pendingText,
      explanation: {
        zh: `能否评为“优秀”尚未确定（${pendingText.join("；")}）。`,
        en: `Whether the member may be rated excellent is not settled yet (${pendingText.join("; ")}).`,
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
