import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawMemberSample } from "./drawMemberSample";
import type { MemberSample } from "./memberSample";
import {
  type ArbitraryMember,
  editionArbitrary,
  inScope,
  populationArbitrary,
  seedArbitrary,
} from "./testing/arbitraries";
import { CITY, members, request, withSampling } from "./testing/fixtures";
import { verifyMemberSample } from "./verifyMemberSample";

const RUNS = { numRuns: 150 };
const REQUEST = request(
  members(30, (i) => `B${i % 3}`),
  { stratifyBy: "branch", mustVisit: ["M007"] },
);
const SAMPLE = drawMemberSample(REQUEST, CITY);

const kinds = (sample: unknown, input = REQUEST, edition = CITY) =>
  verifyMemberSample(sample, input, edition).differences.map((d) => d.kind);

describe("verifyMemberSample", () => {
  it("accepts the draw it re-derives, also from a JSON round trip", () => {
    expect(verifyMemberSample(SAMPLE, REQUEST, CITY)).toMatchObject({ ok: true, differences: [] });
    expect(verifyMemberSample(JSON.parse(JSON.stringify(SAMPLE)), REQUEST, CITY).ok).toBe(true);
  });

  it("names the missing and the unexpected ID when one drawn member is swapped", () => {
    const outsider = members(30).find((m) => !SAMPLE.drawn.includes(m.id) && m.id !== "M007")?.id as string;
    const swapped = { ...SAMPLE, drawn: [outsider, ...SAMPLE.drawn.slice(1)] };
    const result = verifyMemberSample(swapped, REQUEST, CITY);
    expect(result.ok).toBe(false);
    expect(result.differences).toEqual([
      expect.objectContaining({ kind: "missing-ids", ids: [SAMPLE.drawn[0]] }),
      expect.objectContaining({ kind: "unexpected-ids", ids: [outsider] }),
    ]);
  });

  it("reports a changed seed", () => {
    const result = verifyMemberSample({ ...SAMPLE, seed: "another seed" }, REQUEST, CITY);
    expect(result.ok).toBe(false);
    expect(result.differences[0]).toMatchObject({
      kind: "seed-mismatch",
      expected: SAMPLE.seed,
      actual: "another seed",
    });
  });

  it("reports a population that is not the one drawn from", () => {
    const changed = {
      ...REQUEST,
      population: [...members(30, (i) => `B${i % 3}`), { id: "M999", inService: true, branchId: "B0" }],
    };
    expect(kinds(SAMPLE, changed)).toContain("population-hash-mismatch");
    expect(kinds(SAMPLE, changed)).toContain("population-size-mismatch");
  });

  it("reports another edition, another algorithm version and another organisation", () => {
    expect(kinds(SAMPLE, REQUEST, withSampling({}, CITY, "other-edition"))).toEqual(["edition-mismatch"]);
    expect(kinds({ ...SAMPLE, algorithm: { ...SAMPLE.algorithm, version: "0" } })).toEqual([
      "algorithm-mismatch",
    ]);
    expect(kinds({ ...SAMPLE, organisationId: "ORG-2" })).toEqual(["subject-mismatch"]);
  });

  it("reports a sample whose size rests on another rate", () => {
    const other = withSampling({ spotCheckRate: 0.25 }, CITY, CITY.id);
    expect(kinds(SAMPLE, REQUEST, other)).toEqual(
      expect.arrayContaining(["rate-mismatch", "required-size-mismatch", "missing-ids"]),
    );
  });

  it("reports the right members in the wrong order", () => {
    const reversed = { ...SAMPLE, drawn: [...SAMPLE.drawn].reverse() };
    expect(kinds(reversed)).toEqual(["order-mismatch"]);
  });

  it("reports options that differ from the request's", () => {
    expect(kinds({ ...SAMPLE, options: { ...SAMPLE.options, mustVisit: [] } })).toEqual(["options-mismatch"]);
  });

  it("says malformed for anything that is not a sample", () => {
    expect(kinds(null)).toEqual(["malformed"]);
    expect(kinds({ ...SAMPLE, populationHash: "abc" })).toEqual(["malformed"]);
  });

  it("says invalid-input when the inputs cannot be drawn from", () => {
    expect(kinds(SAMPLE, { ...REQUEST, population: ["M1", "M1"] })).toEqual(["invalid-input"]);
  });
});

describe("verifyMemberSample properties", () => {
  const caseArbitrary = fc.record({
    population: populationArbitrary,
    seed: seedArbitrary,
    edition: editionArbitrary,
    stratify: fc.boolean(),
  });
  const drawOf = (c: { population: ArbitraryMember[]; seed: string; stratify: boolean }) =>
    request(c.population, { stratifyBy: c.stratify ? "branch" : "none" }, c.seed);

  it("accepts every draw", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const input = drawOf(c);
        expect(verifyMemberSample(drawMemberSample(input, c.edition), input, c.edition).ok).toBe(true);
      }),
      RUNS,
    );
  });

  it("rejects a draw with one drawn ID swapped for another member", () => {
    fc.assert(
      fc.property(caseArbitrary, fc.nat(), fc.nat(), (c, which, replacement) => {
        const input = drawOf(c);
        const sample = drawMemberSample(input, c.edition);
        const others =
          sample.drawn.length === 0
            ? []
            : c.population.map((m) => m.id).filter((id) => !sample.drawn.includes(id));
        fc.pre(sample.drawn.length > 0 && others.length > 0);
        const drawn = [...sample.drawn];
        drawn[which % drawn.length] = others[replacement % others.length] as string;
        const result = verifyMemberSample({ ...sample, drawn }, input, c.edition);
        expect(result.ok).toBe(false);
        expect(result.differences.map((d) => d.kind)).toContain("unexpected-ids");
      }),
      RUNS,
    );
  });

  it("rejects a draw whose seed was changed, or that is checked against a changed population", () => {
    fc.assert(
      fc.property(caseArbitrary, seedArbitrary, fc.nat(), (c, otherSeed, dropped) => {
        const input = drawOf(c);
        const sample: MemberSample = drawMemberSample(input, c.edition);
        if (otherSeed !== c.seed) {
          expect(verifyMemberSample({ ...sample, seed: otherSeed }, input, c.edition).ok).toBe(false);
        }
        // Drop one member in scope, or add one (an ID the arbitrary never makes).
        const population = [...c.population];
        const inScopeAt = population.map((m, i) => (inScope(m) ? i : -1)).filter((i) => i >= 0);
        if (inScopeAt.length > 0 && dropped % 2 === 0)
          population.splice(inScopeAt[dropped % inScopeAt.length] as number, 1);
        else population.push({ id: "新党员-X", branchId: "甲", inService: true });
        const changed = { ...input, population };
        const result = verifyMemberSample(sample, changed, c.edition);
        expect(result.ok).toBe(false);
        expect(result.differences.map((d) => d.kind)).toContain("population-hash-mismatch");
      }),
      RUNS,
    );
  });
});
