import { describe, expect, it } from "vitest";
import { Verdict } from "../model/verdict";
import { decideSpotCheck } from "./decideSpotCheck";
import { drawMemberSample } from "./drawMemberSample";
import { CITY, members, request } from "./testing/fixtures";
import type { VisitInput } from "./visit";

const DRAW = request(members(10));
const SAMPLE = drawMemberSample(DRAW, CITY); // drawn: M005, M009 (docs/sampling.md)

const visit = (
  id: string,
  memberId: string,
  date: string,
  kind: VisitInput["kind"] = "field-visit",
): VisitInput => ({
  id,
  memberId,
  date,
  kind,
});

describe("decideSpotCheck (M-SPOTCHECK-20)", () => {
  it("is met when field visits reach ceil(20% × N), with rule, citation, facts and edition", () => {
    const verdict = decideSpotCheck(
      {
        draw: DRAW,
        sample: SAMPLE,
        visits: [visit("V1", "M005", "2019-11-10"), visit("V2", "M009", "2019-12-01")],
      },
      CITY,
    );
    expect(Verdict.parse(verdict)).toEqual(verdict);
    expect(verdict).toMatchObject({
      ruleId: "M-SPOTCHECK-20",
      subject: { kind: "organisation", id: "ORG-1" },
      year: 2019,
      status: "met",
      citations: [{ text: "ZZ47-BD 三(三)" }],
      recordIds: ["V1", "V2"],
      edition: { id: CITY.id, version: CITY.version },
    });
    expect(verdict.facts).toMatchObject({
      rate: "0.2",
      ratePercent: "20%",
      populationSize: 10,
      requiredCount: 2,
      visitedCount: 2,
      seed: SAMPLE.seed,
      populationHash: SAMPLE.populationHash,
      sampledNotVisited: [],
      sampleVerified: true,
    });
    expect(verdict.explanation.en).toMatch(/^Field-visited 2 member\(s\) in 2019, at least the required 2/);
    expect(verdict.explanation.zh).toContain("达到应走访人数 2 名");
  });

  it("does not count phone calls and letters, nor a second visit to the same member", () => {
    const verdict = decideSpotCheck(
      {
        draw: DRAW,
        visits: [
          visit("P1", "M005", "2019-11-10", "phone"),
          visit("L1", "M009", "2019-11-11", "letter"),
          visit("F1", "M005", "2019-11-12"),
          visit("F2", "M005", "2019-11-20"),
        ],
      },
      CITY,
    );
    expect(verdict.status).toBe("unmet");
    expect(verdict.reason).toBe("count-short");
    expect(verdict.facts.visitedCount).toBe(1);
    expect(verdict.recordIds).toEqual(["F1"]);
    expect(verdict.excluded.map((e) => [e.recordId, e.reason])).toEqual([
      ["P1", "not-field-visit"],
      ["L1", "not-field-visit"],
      ["F2", "already-visited"],
    ]);
    expect(verdict.explanation.en).toContain("phone calls and letters do not count");
    expect(verdict.fix).toBeUndefined();
  });

  it("counts visits to members outside the sample but lists the sampled members not visited", () => {
    const verdict = decideSpotCheck(
      { draw: DRAW, visits: [visit("V1", "M001", "2019-03-01"), visit("V2", "M002", "2019-04-01")] },
      CITY,
    );
    expect(verdict.status).toBe("met");
    expect(verdict.facts.sampledNotVisited).toEqual(["M005", "M009"]);
    expect(verdict.facts.visitedOutsideSampleCount).toBe(2);
    expect(verdict.explanation.en).toContain("2 sampled member(s) not visited (M005, M009)");
  });

  it("sets aside visits in other years, after the as-of date and to members not in the population", () => {
    const verdict = decideSpotCheck(
      {
        draw: DRAW,
        asOf: "2019-11-30",
        visits: [
          visit("OLD", "M005", "2018-12-31"),
          visit("LATER", "M009", "2019-12-02"),
          visit("STRANGER", "X1", "2019-11-02"),
          visit("OK", "M009", "2019-11-03"),
        ],
      },
      CITY,
    );
    expect(verdict.facts.visitedCount).toBe(1);
    expect(verdict.excluded.map((e) => [e.recordId, e.reason])).toEqual([
      ["STRANGER", "not-in-population"],
      ["LATER", "after-as-of"],
    ]);
  });

  it("while the year is open a shortfall is pending, with a fix naming the next sampled members", () => {
    const verdict = decideSpotCheck({ draw: DRAW, asOf: "2019-11-30", visits: [] }, CITY);
    expect(verdict).toMatchObject({ status: "pending", reason: "in-progress", provisional: true });
    expect(verdict.fix).toEqual({
      by: "2019-12-31",
      zh: "2019-12-31 前再实地走访 2 名党员，按抽样顺序为 M005、M009",
      en: "field-visit 2 more members by 2019-12-31, next in the sample: M005, M009",
    });
  });

  it("on 12-31 itself the year is no longer open", () => {
    const verdict = decideSpotCheck({ draw: DRAW, asOf: "2019-12-31", visits: [] }, CITY);
    expect(verdict.status).toBe("unmet");
  });

  it("is not applicable without members in scope", () => {
    const verdict = decideSpotCheck({ draw: request([{ id: "R1", inService: false }]), visits: [] }, CITY);
    expect(verdict).toMatchObject({ status: "not-applicable", reason: "no-members-in-scope" });
  });

  it("says so when the recorded sample does not verify", () => {
    const forged = { ...SAMPLE, drawn: ["M001", "M002"] };
    const verdict = decideSpotCheck({ draw: DRAW, sample: forged, visits: [] }, CITY);
    expect(verdict.facts.sampleVerified).toBe(false);
    expect(verdict.facts.sampleDifferences).toEqual(["missing-ids", "unexpected-ids"]);
    // The members not visited are those of the true draw, not of the forged record.
    expect(verdict.facts.sampledNotVisited).toEqual(["M005", "M009"]);
    expect(verdict.explanation.en).toContain("the recorded sample does not match");
  });

  it("does not depend on the order of the visit records", () => {
    const visits = [
      visit("B", "M005", "2019-11-10"),
      visit("A", "M005", "2019-11-10"),
      visit("C", "M001", "2019-01-01"),
    ];
    expect(decideSpotCheck({ draw: DRAW, visits: [...visits].reverse() }, CITY)).toEqual(
      decideSpotCheck({ draw: DRAW, visits }, CITY),
    );
  });
});
