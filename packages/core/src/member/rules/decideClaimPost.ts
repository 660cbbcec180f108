import { toDayNumber } from "../../calendar/dayNumber";
import type { Verdict } from "../../model/verdict";
import type { MemberContext } from "../memberContext";
import { memberVerdict } from "../verdictBuilder";

/**
 * `M-CLAIM-POST` (ZZ47-BD 二(二)): the member claims at least `postsToClaim`
 * distinct posts of the catalogue. A claim stands once made; claims dated after
 * the year (or the as-of date) do not count yet.
 */
export function decideClaimPost(ctx: MemberContext): Verdict {
  const cutoff = Math.min(ctx.asOf, ctx.yearLast);
  // An undated claim is taken as made before the year.
  const counted = ctx.records.postClaims.filter((c) => c.date === undefined || toDayNumber(c.date) <= cutoff);
  const codes = [...new Set(counted.map((c) => c.postCode))].sort((a, b) => a - b);
  const required = ctx.params.postsToClaim;
  const facts = { required, claimedPostCodes: codes, claimed: codes.length };
  const recordIds = counted.map((c) => c.id);
  const yearEnd = ctx.yearEnd;
  if (codes.length >= required) {
    return memberVerdict(ctx, "M-CLAIM-POST", {
      due: yearEnd,
      status: "met",
      recordIds,
      facts,
      explanation: {
        zh: `已认领 ${codes.length} 个志愿服务岗位（岗位编号 ${codes.join("、") || "无"}），要求至少 ${required} 个。`,
        en: `Claimed ${codes.length} volunteer post(s) (codes ${codes.join(", ") || "none"}); at least ${required} required.`,
      },
    });
  }
  const missing = required - codes.length;
  return memberVerdict(ctx, "M-CLAIM-POST", {
    due: yearEnd,
    status: "unmet",
    reason: "count-short",
    provisional: ctx.yearOpen,
    recordIds,
    facts,
    explanation: {
      zh: `只认领了 ${codes.length} 个志愿服务岗位，要求至少 ${required} 个。`,
      en: `Claimed ${codes.length} volunteer post(s); at least ${required} required.`,
    },
    ...(ctx.yearOpen && {
      fix: {
        by: yearEnd,
        zh: `${yearEnd} 前从《备选志愿服务岗位目录》再认领 ${missing} 个岗位`,
        en: `claim ${missing} more post(s) from the catalogue by ${yearEnd}`,
      },
    }),
  });
}
