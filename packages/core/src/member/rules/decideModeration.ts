import type { Verdict } from "../../model/verdict";
import type { MemberContext } from "../memberContext";
import { memberVerdict } from "../verdictBuilder";

/**
 * `M-MODERATION` (ZZ47-BD 一(二)): the member serves as an ordinary member,
 * without public power and without the unit's resources. Flagged services are
 * listed here; whether they still count is `M-SERVICE-YEAR`'s business.
 */
export function decideModeration(ctx: MemberContext): Verdict {
  const cutoff = Math.min(ctx.asOf, ctx.yearLast);
  const inYear = ctx.services.filter((s) => s.day >= ctx.yearFirst && s.day <= cutoff);
  const power = inYear.filter((s) => s.record.usedPublicPower).map((s) => s.record.id);
  const resources = inYear.filter((s) => s.record.usedUnitResources).map((s) => s.record.id);
  const facts = { servicesInYear: inYear.length, usedPublicPower: power, usedUnitResources: resources };
  if (inYear.length === 0) {
    return memberVerdict(ctx, "M-MODERATION", {
      status: "not-applicable",
      reason: "no-services",
      severity: "warning",
      facts,
      explanation: { zh: "本年度没有志愿服务记录。", en: "No volunteer service on record this year." },
    });
  }
  if (power.length === 0 && resources.length === 0) {
    return memberVerdict(ctx, "M-MODERATION", {
      status: "met",
      severity: "warning",
      recordIds: inYear.map((s) => s.record.id),
      facts,
      explanation: {
        zh: "志愿服务均以普通党员身份开展，未行使公权力、未使用单位资源。",
        en: "All service was done as an ordinary member, without public power or unit resources.",
      },
    });
  }
  const reason =
    power.length > 0 && resources.length > 0
      ? "used-public-power-and-unit-resources"
      : power.length > 0
        ? "used-public-power"
        : "used-unit-resources";
  return memberVerdict(ctx, "M-MODERATION", {
    status: "unmet",
    reason,
    severity: "warning",
    recordIds: inYear.map((s) => s.record.id),
    facts,
    explanation: {
      zh: `有 ${power.length} 次服务行使了公权力、${resources.length} 次使用了单位资源，这些服务按规定不计入次数。`,
      en: `${power.length} service(s) used public power and ${resources.length} used unit resources; these do not count.`,
    },
  });
}
