import { Engine, type RuleProperties } from "json-rules-engine";
import type { Edition } from "../../../packages/core/src/editions/edition";
import { assessMember } from "../../../packages/core/src/member/assessMember";
import type { MemberAssessment } from "../../../packages/core/src/member/memberAssessment";
import type { MemberRecords } from "../../../packages/core/src/model/memberRecords";
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

/** One way of deciding the four conditions for a member: the result is their bits. */
export interface Contender {
  name: string;
  decide(records: MemberRecords): number | Promise<number>;
  /** True when `decide` returns a promise. */
  async: boolean;
}

/** The four conditions read off a full assessment's verdicts. */
export function bitsOfAssessment(assessment: MemberAssessment): number {
  const v = assessment.verdicts;
  let bits = 0;
  if (v[0]?.status === "met") bits |= REPORTED;
  if (v[2]?.status === "met") bits |= CLAIMED;
  if (v[3]?.status === "met") bits |= SERVED;
  const feedback = v[6]?.status;
  if (feedback === "met" || feedback === "pending") bits |= NO_VERIFIED_NEGATIVE;
  return bits;
}

/** The library: every member rule, explained, with its verdict objects. */
export function coreContender(edition: Edition, year: number): Contender {
  const options = { year };
  return {
    name: "core assessMember",
    async: false,
    decide: (records) => bitsOfAssessment(assessMember(records, edition, options)),
  };
}

/** The hand-written loop. */
export function handContender(edition: Edition, year: number): Contender {
  const p = fourConditionParameters(edition, year);
  return { name: "hand-written loop", async: false, decide: (records) => handLoop(records, p) };
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
