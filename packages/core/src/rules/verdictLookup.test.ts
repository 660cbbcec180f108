import { describe, expect, expectTypeOf, it } from "vitest";
import { getEdition } from "../editions/registry";
import { assessMember } from "../member/assessMember";
import { memberRecords, serviceOn } from "../member/testing/memberRecordsBuilder";
import type { FrequencyFacts, OutOfScopeFacts, ServiceYearFacts } from "../model/verdict";
import { assessUnitYear } from "../unit/assessUnitYear";
import { unitRecords } from "../unit/testing/unitRecordsBuilder";
import { inScope, periodIdOf, verdictFor, verdictOf } from "./verdictLookup";

const CITY = getEdition("zhengzhou-2019");

describe("typed verdict lookups", () => {
  it("verdictOf finds a rule's verdict with its facts typed", () => {
    const assessment = assessMember(memberRecords({ services: [serviceOn("2019-10-12")] }), CITY, {
      year: 2019,
    });
    const service = verdictOf(assessment, "M-SERVICE-YEAR");
    expectTypeOf(service?.facts).toEqualTypeOf<ServiceYearFacts | OutOfScopeFacts | undefined>();
    expect(service?.ruleId).toBe("M-SERVICE-YEAR");
    const facts = inScope(service)?.facts;
    expectTypeOf(facts).toEqualTypeOf<ServiceYearFacts | undefined>();
    expect(facts).toMatchObject({ counted: 1, required: 2, countedServiceIds: ["svc-2019-10-12"] });
    expect(verdictOf(assessment.verdicts, "U-SUPERVISE")).toBeUndefined();
  });

  it("inScope gives nothing for a member the programme does not cover", () => {
    const assessment = assessMember(memberRecords({ member: { inService: false } }), CITY, { year: 2019 });
    const service = verdictOf(assessment, "M-SERVICE-YEAR");
    expect(service?.facts).toEqual({ outOfScope: true, inService: false });
    expect(inScope(service)).toBeUndefined();
  });

  it("verdictFor finds a periodic rule's verdict for one month, quarter or half-year", () => {
    const assessment = assessUnitYear(unitRecords(), CITY, { year: 2019 });
    const q4 = verdictFor(assessment, "U-MEETING-QUARTER", "2019-Q4");
    expect(q4 && periodIdOf(q4)).toBe("2019-Q4");
    expect(inScope(q4)?.facts.period).toEqual({
      kind: "quarter",
      id: "2019-Q4",
      from: "2019-10-01",
      to: "2019-12-31",
    });
    expectTypeOf(inScope(q4)?.facts).toEqualTypeOf<FrequencyFacts | undefined>();
    expect(verdictFor(assessment, "U-VOLUNTEER-MONTH", "2019-11")?.ruleId).toBe("U-VOLUNTEER-MONTH");
    expect(verdictFor(assessment, "U-THEMEDAY-HALF", "2019-H2")?.ruleId).toBe("U-THEMEDAY-HALF");
    expect(verdictFor(assessment, "U-MEETING-QUARTER", "2019-Q5")).toBeUndefined();
    expect(periodIdOf(verdictOf(assessment, "U-SUPERVISE") as never)).toBeNull();
  });
});
