import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition } from "../editions/registry";
import { assessMember } from "../member/assessMember";
import { MemberAssessment } from "../member/memberAssessment";
import { assessOptionsArbitrary, memberRecordsArbitrary } from "../member/testing/memberArbitraries";
import { memberRecords } from "../member/testing/memberRecordsBuilder";
import { assessUnitYear } from "../unit/assessUnitYear";
import { unitOptionsArbitrary, unitRecordsArbitrary } from "../unit/testing/unitArbitraries";
import { UnitAssessment } from "../unit/unitAssessment";
import { FACTS_BY_RULE, Verdict } from "./verdict";

const RUNS = { numRuns: 200 };
const EDITIONS = [getEdition("zhengzhou-2019"), getEdition("zhengzhou-2019-health-commission")];

/** The verdict parses with its rule's schema unchanged: no fact undocumented, none of the wrong type. */
function expectParses(verdict: Verdict): void {
  const parsed = Verdict.safeParse(verdict);
  if (!parsed.success) throw new Error(`${verdict.ruleId}: ${parsed.error.message}`);
  expect(parsed.data).toEqual(verdict);
}

describe("verdict schemas", () => {
  it("every member verdict, and the assessment, parses with its schema", () => {
    fc.assert(
      fc.property(
        memberRecordsArbitrary,
        assessOptionsArbitrary,
        fc.constantFrom(...EDITIONS),
        (records, options, edition) => {
          const assessment = assessMember(records, edition, options);
          for (const verdict of assessment.verdicts) expectParses(verdict);
          expect(MemberAssessment.parse(assessment)).toEqual(assessment);
        },
      ),
      RUNS,
    );
  });

  it("every unit verdict, and the assessment, parses with its schema", () => {
    fc.assert(
      fc.property(unitRecordsArbitrary, unitOptionsArbitrary, (records, options) => {
        const assessment = assessUnitYear(records, getEdition("zhengzhou-2019"), options);
        for (const verdict of assessment.verdicts) expectParses(verdict);
        expect(UnitAssessment.parse(assessment)).toEqual(assessment);
      }),
      RUNS,
    );
  });

  it("rejects a fact a rule does not document", () => {
    const assessment = assessMember(memberRecords(), getEdition("zhengzhou-2019"), { year: 2019 });
    const service = assessment.verdicts.find((v) => v.ruleId === "M-SERVICE-YEAR") as Verdict;
    expect(Verdict.safeParse(service).success).toBe(true);
    expect(Verdict.safeParse({ ...service, facts: { ...service.facts, undocumented: 1 } }).success).toBe(
      false,
    );
  });

  it("has a facts schema for every rule a verdict can carry", () => {
    const ruleIds = Verdict.options.map((o) => o.shape.ruleId.value).sort();
    expect(Object.keys(FACTS_BY_RULE).sort()).toEqual(ruleIds);
  });
});
