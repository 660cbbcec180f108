import { fromDayNumber } from "../../calendar/dayNumber";
import { groupBy } from "../../collections/groupBy";
import type { UnitPairing } from "../../model/unitPairing";
import type { ExcludedRecord, Verdict } from "../../model/verdict";
import { type DutyProblem, decideOneTimeDuty } from "../oneTimeDuty";
import { type Dated, oneTimeDue, type UnitContext } from "../unitContext";
import { excludedRecord } from "../unitVerdict";

/**
 * `U-PAIR-COMMUNITY` (ZZ47-GJ 一、二): the unit then pairs with the community
 * the street designated (共建协议, 结对共建). A pairing counts when it is with
 * a designated community and dated on or after that designation; it is due by
 * `unit.pairingDeadline` (with none set, the end of the year the unit came
 * into scope). Pairings that do not count are listed with why; if there are
 * only such pairings the verdict says so instead of `missing`.
 */
export function decidePairCommunity(ctx: UnitContext): Verdict {
  const due = oneTimeDue(ctx, ctx.params.pairingDeadline);
  const designations = ctx.designations.filter((d) => d.day <= ctx.cutoff);
  const pairings = ctx.pairings.filter((p) => p.day <= ctx.yearLast);
  const designationsOf = groupBy(designations, (d) => d.record.communityId);
  let first: Dated<UnitPairing> | undefined;
  let firstInvalid: DutyProblem | undefined;
  const excluded: ExcludedRecord[] = [];
  for (const pairing of pairings) {
    const forCommunity = designationsOf.get(pairing.record.communityId) ?? [];
    const designation = forCommunity.find((d) => d.day <= pairing.day);
    if (designation) {
      first ??= pairing;
      continue;
    }
    const problem: DutyProblem =
      designations.length === 0
        ? {
            reason: "no-designation",
            zh: "没有街道党工委确定共建社区的记录",
            en: "there is no record of the street designating the community",
          }
        : forCommunity.length > 0
          ? {
              reason: "before-designation",
              zh: `共建协议（${fromDayNumber(pairing.day)}）早于街道确定该社区（${fromDayNumber(forCommunity[0]?.day ?? pairing.day)}）`,
              en: `the agreement (${fromDayNumber(pairing.day)}) predates the street's designation of the community (${fromDayNumber(forCommunity[0]?.day ?? pairing.day)})`,
            }
          : {
              reason: "not-designated-community",
              zh: `结对社区 ${pairing.record.communityId} 不是街道确定的共建社区`,
              en: `community ${pairing.record.communityId} is not the one the street designated`,
            };
    firstInvalid ??= problem;
    excluded.push(excludedRecord(pairing.record.id, problem.reason, problem.zh, problem.en));
  }
  const designation = first
    ? designations.find((d) => d.record.communityId === first.record.communityId && d.day <= first.day)
    : designations[0];
  return decideOneTimeDuty(ctx, {
    ruleId: "U-PAIR-COMMUNITY",
    first,
    due,
    deadlineParameter: "unit.pairingDeadline",
    duty: {
      zh: "与街道确定的社区党组织签订共建协议、结对共建",
      en: "sign the co-building agreement with the community the street designated",
    },
    done: (p) => ({
      zh: `${fromDayNumber(p.day)} 与社区 ${p.record.communityId} 签订共建协议（街道于 ${designation ? fromDayNumber(designation.day) : "—"} 确定该社区）`,
      en: `Signed the co-building agreement with community ${p.record.communityId} on ${fromDayNumber(p.day)} (designated by the street on ${designation ? fromDayNumber(designation.day) : "—"})`,
    }),
    ...(firstInvalid && { invalid: firstInvalid }),
    facts: {
      agreementDate: first ? fromDayNumber(first.day) : null,
      communityId: first ? first.record.communityId : null,
      designationDate: designation ? fromDayNumber(designation.day) : null,
      designatedCommunityId: designation ? designation.record.communityId : null,
    },
    recordIds: designation ? [designation.record.id] : [],
    excluded,
  });
}
