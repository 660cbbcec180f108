import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition } from "../editions/registry";
import { assessMember } from "../member/assessMember";
import { MemberAssessment } from "../member/memberAssessment";
import { assessOptionsArbitrary, memberRecordsArbitrary } from "../member/testing/memberArbitraries";
import { memberRecords } from "../member/testing/memberRecordsBuilder";
import { decideStatsTable } from "../rollups/decideStatsTable";
import { decideCommunitySample } from "../sampling/decideCommunitySample";
import { decideSpotCheck } from "../sampling/decideSpotCheck";
import { drawCommunitySample } from "../sampling/drawCommunitySample";
import { drawMemberSample } from "../sampling/drawMemberSample";
import {
  editionArbitrary,
  idArbitrary,
  populationArbitrary,
  seedArbitrary,
} from "../sampling/testing/arbitraries";
import { CITY } from "../sampling/testing/fixtures";
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

const kindArbitrary = fc.constantFrom("field-visit", "field-visit", "phone", "letter") as fc.Arbitrary<
  "field-visit" | "phone" | "letter"
>;
const dayArbitrary = fc.constantFrom("2019-03-01", "2019-11-10", "2019-12-31", "2020-01-15");
const asOfArbitrary = fc.option(fc.constantFrom("2019-11-05", "2019-12-20", "2020-02-01"), {
  nil: undefined,
});

describe("organisation and unit verdicts parse with their schemas (the same property as the member and unit verdicts)", () => {
  it("M-SPOTCHECK-20: any population, seed, visits, as-of date, with the sample recorded, tampered with or left out", () => {
    fc.assert(
      fc.property(
        populationArbitrary,
        seedArbitrary,
        editionArbitrary,
        fc.array(fc.tuple(fc.nat(), kindArbitrary, dayArbitrary), { maxLength: 20 }),
        fc.constantFrom("recorded", "tampered", "absent"),
        asOfArbitrary,
        (population, seed, edition, visitPicks, recorded, asOf) => {
          const draw = {
            organisationId: "ORG-1",
            year: 2019,
            samplingDate: "2019-11-01",
            seed,
            population,
          };
          const sample = drawMemberSample(draw, edition);
          const visits = visitPicks.map(([pick, kind, date], i) => ({
            id: `V${i}`,
            memberId: population.length > 0 ? (population[pick % population.length]?.id as string) : "nobody",
            date,
            kind,
          }));
          const input = {
            draw,
            visits,
            ...(asOf !== undefined && { asOf }),
            ...(recorded === "recorded" && { sample }),
            ...(recorded === "tampered" && {
              sample: { ...sample, drawn: [...sample.drawn].reverse(), sampleSize: sample.sampleSize + 1 },
            }),
          };
          expectParses(decideSpotCheck(input, edition));
        },
      ),
      RUNS,
    );
  });

  it("W-COMMUNITY-SAMPLE: any communities, districts, visits, findings, as-of date, sample recorded or not", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(idArbitrary, { maxLength: 12 }),
        fc.array(fc.constantFrom("金水区", "中原区", "二七区"), { minLength: 12, maxLength: 12 }),
        seedArbitrary,
        fc.array(fc.tuple(fc.nat(), kindArbitrary, dayArbitrary), { maxLength: 10 }),
        fc.option(fc.array(dayArbitrary, { maxLength: 2 }), { nil: undefined }),
        fc.boolean(),
        asOfArbitrary,
        (ids, districts, seed, visitPicks, findingDays, recorded, asOf) => {
          const draw = {
            committeeId: "市直工委",
            year: 2019,
            samplingDate: "2019-11-01",
            seed,
            communities: ids.map((id, i) => ({ id, district: districts[i] as string })),
            districts: ["上街区"],
          };
          const visits = visitPicks.map(([pick, kind, date], i) => ({
            id: `V${i}`,
            communityId: ids.length > 0 ? (ids[pick % ids.length] as string) : "nowhere",
            date,
            kind,
          }));
          const input = {
            draw,
            visits,
            ...(findingDays !== undefined && {
              findings: findingDays.map((date, i) => ({ id: `F${i}`, date })),
            }),
            ...(asOf !== undefined && { asOf }),
            ...(recorded && { sample: drawCommunitySample(draw, CITY) }),
          };
          expectParses(decideCommunitySample(input, CITY));
        },
      ),
      RUNS,
    );
  });

  it("M-STATS-TABLE: any edition, year, submission day (or none) and as-of date", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EDITIONS),
        fc.constantFrom(2018, 2019, 2020),
        fc.option(fc.constantFrom("2019-11-01", "2019-11-10", "2019-11-20", "2019-11-21", "2020-01-05"), {
          nil: undefined,
        }),
        asOfArbitrary,
        (edition, year, submittedOn, asOf) => {
          expectParses(decideStatsTable(edition, "u1", year, submittedOn, asOf));
        },
      ),
      RUNS,
    );
  });
});
