import { describe, expect, it } from "vitest";
import { InputError } from "../model/validate";
import { Verdict } from "../model/verdict";
import { decideSpotCheck } from "./decideSpotCheck";
import { drawMemberSample } from "./drawMemberSample";
import { CITY, request } from "./testing/fixtures";

/*
 * ZZ47-BD 三(三): 机关党组织…按照20%的比例实地抽查. The wording fixes the rate,
 * not how the members to visit are chosen, so an organisation that knows its
 * members, the year and its visits, but kept no seed or sampling date, is
 * judged on the count alone.
 */
const TEN = ["M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10"];
const COUNTED = { organisationId: "ORG-1", year: 2019, population: TEN };
const fieldVisit = (id: string, memberId: string, date: string) => ({
  id,
  memberId,
  date,
  kind: "field-visit" as const,
});

describe("decideSpotCheck without a draw (按照20%的比例实地抽查, counted only)", () => {
  it("field-visiting 2 of 10 members (20%) is met, with the draw's facts null", () => {
    const verdict = decideSpotCheck(
      {
        draw: COUNTED,
        visits: [fieldVisit("V1", "M03", "2019-05-10"), fieldVisit("V2", "M07", "2019-09-01")],
      },
      CITY,
    );
    expect(Verdict.parse(verdict)).toEqual(verdict);
    expect(verdict).toMatchObject({
      ruleId: "M-SPOTCHECK-20",
      subject: { kind: "organisation", id: "ORG-1" },
      year: 2019,
      status: "met",
      recordIds: ["V1", "V2"],
      citations: [{ text: "ZZ47-BD 三(三)" }],
    });
    expect(verdict.facts).toEqual({
      rate: "0.2",
      ratePercent: "20%",
      populationSize: 10,
      requiredCount: 2,
      visitedCount: 2,
      shortfall: 0,
      samplingDate: null,
      seed: null,
      populationHash: drawMemberSample(request(TEN), CITY).populationHash,
      algorithm: null,
      sampleSize: null,
      sampledVisitedCount: null,
      sampledNotVisited: null,
      visitedOutsideSampleCount: null,
      sampleVerified: null,
      sampleDifferences: [],
      asOf: null,
    });
    expect(verdict.explanation.en).toBe(
      "Field-visited 2 member(s) in 2019, at least the required 2 (20% of 10 members in scope, rounded up).",
    );
  });

  it("rounds 20% up: 11 members need 3 visits, and 2 are unmet after the year (count-short)", () => {
    const verdict = decideSpotCheck(
      {
        draw: { ...COUNTED, population: [...TEN, "M11"] },
        visits: [fieldVisit("V1", "M01", "2019-03-01"), fieldVisit("V2", "M02", "2019-04-01")],
      },
      CITY,
    );
    expect(verdict).toMatchObject({ status: "unmet", reason: "count-short" });
    expect(verdict.facts).toMatchObject({ requiredCount: 3, visitedCount: 2, shortfall: 1 });
  });

  it("while the year is open a shortfall is pending, with a fix that names no sample", () => {
    const verdict = decideSpotCheck({ draw: COUNTED, asOf: "2019-11-30", visits: [] }, CITY);
    expect(verdict).toMatchObject({ status: "pending", reason: "in-progress", provisional: true });
    expect(verdict.fix).toEqual({
      by: "2019-12-31",
      zh: "2019-12-31 前再实地走访 2 名党员",
      en: "field-visit 2 more members by 2019-12-31",
    });
    expect(verdict.facts.asOf).toBe("2019-11-30");
  });

  it("counts as a draw does: distinct members, field visits only, within the year and the population", () => {
    const verdict = decideSpotCheck(
      {
        draw: COUNTED,
        visits: [
          { id: "P1", memberId: "M01", date: "2019-02-01", kind: "phone" },
          fieldVisit("F1", "M01", "2019-02-02"),
          fieldVisit("F2", "M01", "2019-02-03"),
          fieldVisit("OLD", "M02", "2018-12-31"),
          fieldVisit("X", "STRANGER", "2019-02-04"),
        ],
      },
      CITY,
    );
    expect(verdict.facts.visitedCount).toBe(1);
    expect(verdict.recordIds).toEqual(["F1"]);
    expect(verdict.excluded.map((e) => [e.recordId, e.reason])).toEqual([
      ["P1", "not-field-visit"],
      ["F2", "already-visited"],
      ["X", "not-in-population"],
    ]);
  });

  it("takes members given as objects in scope on the as-of day, or on 12-31", () => {
    const population = [
      { id: "A", inService: true },
      { id: "B", inService: true, inScopeFrom: "2019-12-01" },
      { id: "C", inService: false },
    ];
    const asOfNovember = decideSpotCheck(
      { draw: { ...COUNTED, population }, asOf: "2019-11-30", visits: [] },
      CITY,
    );
    expect(asOfNovember.facts.populationSize).toBe(1);
    const atYearEnd = decideSpotCheck({ draw: { ...COUNTED, population }, visits: [] }, CITY);
    expect(atYearEnd.facts.populationSize).toBe(2);
  });

  it("is not applicable without members in scope, naming the day the population was taken", () => {
    const verdict = decideSpotCheck({ draw: { ...COUNTED, population: [] }, visits: [] }, CITY);
    expect(verdict).toMatchObject({ status: "not-applicable", reason: "no-members-in-scope" });
    expect(verdict.explanation.en).toBe(
      "The organisation had no members in scope on 2019-12-31, so there is no one to field-visit.",
    );
  });

  it("refuses half a draw, and a recorded sample without one, naming the missing field", () => {
    const problems = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof InputError) return error.issues.map((issue) => [issue.path, issue.zh]);
        throw error;
      }
      return [];
    };
    expect(problems(() => decideSpotCheck({ draw: { ...COUNTED, seed: "S" }, visits: [] }, CITY))).toEqual([
      ["draw.samplingDate", "缺少：抽样需要同时给出种子和抽样日期"],
    ]);
    const sample = drawMemberSample(request(TEN), CITY);
    expect(problems(() => decideSpotCheck({ draw: COUNTED, sample, visits: [] }, CITY))).toEqual([
      ["draw.seed", "缺少：核验登记的抽样结果需要重新抽取"],
      ["draw.samplingDate", "缺少：核验登记的抽样结果需要重新抽取"],
    ]);
  });

  it("refuses a population that names a member twice, as a draw does", () => {
    expect(() =>
      decideSpotCheck({ draw: { ...COUNTED, population: ["M01", "M01"] }, visits: [] }, CITY),
    ).toThrow(/M01/);
  });
});
