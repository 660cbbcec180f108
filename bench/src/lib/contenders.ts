import { Engine, type RuleProperties } from "json-rules-engine";
import type { Edition } from "../../../packages/core/src/editions/edition";
import { assessMember } from "../../../packages/core/src/member/assessMember";
import type { MemberAssessment } from "../../../packages/core/src/member/memberAssessment";
import type { MemberRecords } from "../../../packages/core/src/model/memberRecords";
import type { VerdictStatus } from "../../../packages/core/src/model/verdict";
import {
  CLAIMED,
  claimedPosts,
  countableServices,
  type FourConditionParameters,
  firstValidReport,
  fourConditionParameters,
  handLoop,
  inScope,
  NO_VERIFIED_NEGATIVE,
  REPORTED,
  reportDue,
  SERVED,
  verifiedNegative,
} from "./fourConditions";
import { packStatuses, statusAt, tenRuleLoop, tenRuleParameters } from "./tenRules";

/** One way of deciding a member-year: the ten rules' statuses packed, or the four conditions' bits. */
export interface Contender {
  name: string;
  decide(records: MemberRecords): number | Promise<number>;
  /** True when `decide` returns a promise. */
  async: boolean;
  /** What the result holds: the ten statuses (`packStatuses`) or the four conditions' bits. */
  decides: "ten-rules" | "four-conditions";
}

/** The four conditions read off the ten statuses (packed in `MEMBER_RULE_IDS` order). */
export function fourConditionsOf(statuses: number): number {
  let bits = 0;
  if (statusAt(statuses, 0) === "met") bits |= REPORTED;
  if (statusAt(statuses, 2) === "met") bits |= CLAIMED;
  if (statusAt(statuses, 3) === "met") bits |= SERVED;
  const feedback = statusAt(statuses, 6);
  if (feedback === "met" || feedback === "pending") bits |= NO_VERIFIED_NEGATIVE;
  return bits;
}

/** The ten statuses of a full assessment, packed. */
function statusesOf(assessment: MemberAssessment): number {
  const statuses: VerdictStatus[] = [];
  for (const verdict of assessment.verdicts) statuses.push(verdict.status);
  return packStatuses(statuses);
}

/** The library: every member rule, explained, with its verdict objects. */
export function coreContender(edition: Edition, year: number): Contender {
  const options = { year };
  return {
    name: "core assessMember",
    async: false,
    decides: "ten-rules",
    decide: (records) => statusesOf(assessMember(records, edition, options)),
  };
}

/** The fair yardstick: the ten rules' statuses by hand. */
export function tenRuleContender(edition: Edition, year: number): Contender {
  const t = tenRuleParameters(edition, year);
  return {
    name: "hand-written loop, 10 rules",
    async: false,
    decides: "ten-rules",
    decide: (records) => tenRuleLoop(records, t),
  };
}

/** The hand-written loop of four conditions. */
export function handContender(edition: Edition, year: number): Contender {
  const p = fourConditionParameters(edition, year);
  return {
    name: "hand-written loop, 4 conditions",
    async: false,
    decides: "four-conditions",
    decide: (records) => handLoop(records, p),
  };
}

/** `YYYY-MM-DD` as the number YYYYMMDD, so json-rules-engine's numeric operators can compare dates. */
function dateNumber(date: string | undefined): number | null {
  return date === undefined ? null : Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10));
}

/**
 * json-rules-engine v7 in its documented basic style, which measured the
 * fastest of the documented ones here: the caller works out the facts (with
 * the same functions as the hand loop) and passes them to `engine.run`; the
 * four conditions are JSON rules over those facts, with the scope condition
 * first so that `all` stops early for a member out of scope; each rule's event
 * says its condition is met. One engine, built once, runs every member.
 * (Dynamic facts that read the records through the almanac, the documented
 * alternative, ran about 1.6 times slower.)
 */
export function jsonRulesEngineContender(edition: Edition, year: number): Contender {
  const p: FourConditionParameters = fourConditionParameters(edition, year);
  const engine = new Engine();
  const scoped = (ruleId: string, condition: Record<string, unknown>): RuleProperties => ({
    name: ruleId,
    conditions: {
      all: [{ fact: "inScope", operator: "equal", value: true }, condition],
    } as RuleProperties["conditions"],
    event: { type: "met", params: { ruleId } },
  });
  engine.addRule(
    scoped("M-REPORT", {
      all: [
        { fact: "firstValidReportDate", operator: "lessThanInclusive", value: dateNumber(p.yearLast) },
        {
          any: [
            { fact: "firstValidReportDate", operator: "lessThanInclusive", value: { fact: "reportDueDate" } },
            { fact: "firstValidReportDate", operator: "lessThan", value: dateNumber(p.yearFirst) },
          ],
        },
      ],
    }),
  );
  engine.addRule(
    scoped("M-CLAIM-POST", { fact: "claimedPosts", operator: "greaterThanInclusive", value: p.postsToClaim }),
  );
  engine.addRule(
    scoped("M-SERVICE-YEAR", {
      fact: "countableServices",
      operator: "greaterThanInclusive",
      value: p.servicesPerYear,
    }),
  );
  engine.addRule(scoped("M-FEEDBACK", { fact: "verifiedNegativeFeedback", operator: "equal", value: 0 }));

  const bitOf: Record<string, number> = {
    "M-REPORT": REPORTED,
    "M-CLAIM-POST": CLAIMED,
    "M-SERVICE-YEAR": SERVED,
    "M-FEEDBACK": NO_VERIFIED_NEGATIVE,
  };
  return {
    name: "json-rules-engine 7",
    async: true,
    decides: "four-conditions",
    decide: async (member) => {
      const { events } = await engine.run({
        inScope: inScope(member, p),
        firstValidReportDate: dateNumber(firstValidReport(member)),
        reportDueDate: dateNumber(reportDue(member, p)),
        claimedPosts: claimedPosts(member, p),
        countableServices: countableServices(member, p),
        verifiedNegativeFeedback: verifiedNegative(member, p),
      });
      let bits = 0;
      for (const event of events) bits |= bitOf[event.params?.ruleId as string] ?? 0;
      return bits;
    },
  };
}
