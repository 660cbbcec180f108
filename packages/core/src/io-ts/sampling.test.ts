import { describe, expect, test } from "vitest";
import * as zodAudit from "../audit/auditDataset";
import { InputError, type InputIssue, validate } from "../model/validate";
import { drawMemberSample } from "../sampling/drawMemberSample";
import * as zodSampling from "../sampling/index";
import { CITY, members, request } from "../sampling/testing/fixtures";
import { AuditDataset } from "./auditDataset";
import { MemberDrawRequest } from "./memberDrawRequest";
import { decodeOrThrow } from "./report";
import { SpotCheckInput } from "./spotCheckInput";
import { Visit } from "./visit";

/** The path and message of each issue (codes and Chinese are tested in validate.test.ts). */
function issues(run: () => unknown): readonly Pick<InputIssue, "path" | "message">[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.issues.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  throw new Error("expected an InputError");
}

const draw = {
  organisationId: "o1",
  year: 2019,
  samplingDate: "2019-03-01",
  seed: "2019-03-02 上证收盘 3027.58",
};
const visit = { id: "v1", memberId: "m1", date: "2019-11-02", kind: "field-visit" };

describe("Visit", () => {
  test("a date-time with an offset decodes to the Shanghai date; ids are trimmed", () => {
    expect(decodeOrThrow(Visit, { ...visit, memberId: " m1 ", date: "2019-10-31T20:00:00Z" })).toEqual({
      ...visit,
      date: "2019-11-01",
    });
  });

  test("a typo in the field-visit kind is rejected at its path, as zod rejects it", () => {
    const input = {
      draw: { ...draw, population: ["m1"] },
      visits: [visit, { ...visit, kind: "field_visit" }],
    };
    expect(issues(() => decodeOrThrow(SpotCheckInput, input))).toEqual([
      { path: "visits[1].kind", message: 'expected VisitKind, got "field_visit"' },
    ]);
    expect(issues(() => validate(zodSampling.SpotCheckInput, input)).map((issue) => issue.path)).toEqual([
      "visits[1].kind",
    ]);
  });
});

describe("SpotCheckInput", () => {
  test("a recorded sample decodes unchanged; one with an upper-case hash is rejected at that field", () => {
    const drawRequest = request(members(10));
    const sample = drawMemberSample(drawRequest, CITY);
    const decoded = decodeOrThrow(SpotCheckInput, { draw: drawRequest, sample });
    expect(decoded.sample).toEqual(sample);
    expect(decoded.visits).toEqual([]);
    const tampered = { ...sample, populationHash: sample.populationHash.toUpperCase() };
    expect(issues(() => decodeOrThrow(SpotCheckInput, { draw: drawRequest, sample: tampered }))).toEqual([
      { path: "sample.populationHash", message: "64 lower-case hex digits" },
    ]);
  });

  test("a draw without seed and sampling date (visits counted only) decodes as zod parses it", () => {
    const counted = { draw: { organisationId: "o1", year: 2019, population: ["m1", "m2"] }, visits: [visit] };
    const decoded = decodeOrThrow(SpotCheckInput, counted);
    expect(decoded).toEqual(validate(zodSampling.SpotCheckInput, counted));
    expect(decoded.draw).toEqual({
      ...counted.draw,
      options: { stratifyBy: "none", mustVisit: [], alreadyVisited: [] },
    });
    expect(issues(() => decodeOrThrow(SpotCheckInput, { draw: { ...counted.draw, seed: "" } }))).toEqual([
      { path: "draw.seed", message: "must be canonical text: it is empty" },
    ]);
  });
});

describe("MemberDrawRequest", () => {
  test("absent options are the defaults; the population mixes plain IDs and members", () => {
    expect(
      decodeOrThrow(MemberDrawRequest, {
        ...draw,
        organisationId: " o1 ",
        population: [" m1", { id: "m2", branchId: "b1", inService: true, unitId: "u1" }],
      }),
    ).toEqual({
      ...draw,
      population: ["m1", { id: "m2", branchId: "b1", inService: true }],
      options: { stratifyBy: "none", mustVisit: [], alreadyVisited: [] },
    });
  });

  test("the seed must be canonical as given: it is not trimmed, unlike an ID", () => {
    expect(issues(() => decodeOrThrow(MemberDrawRequest, { ...draw, seed: " s ", population: [] }))).toEqual([
      { path: "seed", message: "must be canonical text: it has leading or trailing white space" },
    ]);
  });

  test("a population entry is blamed where zod's union blames it", () => {
    const population = [
      "m1",
      { id: "m\u00852", inService: true },
      { id: "m3", inService: "yes" },
      "\ud800",
      { id: "", inService: true, inScopeFrom: "2019-02-30" },
    ];
    const io = issues(() => decodeOrThrow(MemberDrawRequest, { ...draw, population }));
    expect(io).toEqual([
      // Control characters and lone surrogates are refused by the ID itself (RecordId), before the sampling text.
      { path: "population[1].id", message: "must not contain a control character" },
      { path: "population[2]", message: "expected a member ID (text) or a member (id, inService, …)" },
      { path: "population[3]", message: "must not contain an unpaired surrogate" },
      { path: "population[4]", message: "expected a member ID (text) or a member (id, inService, …)" },
    ]);
    const zod = issues(() => validate(zodSampling.MemberDrawRequest, { ...draw, population }));
    expect(zod.map((issue) => issue.path)).toEqual(io.map((issue) => issue.path));
  });
});

describe("AuditDataset", () => {
  const dataset = {
    units: [{ id: "u1", name: "市直单位" }],
    members: [{ id: "m1", name: "张三", unitId: "u1", branchId: "b1", inService: true }],
    streetReports: [{ id: "s1", unitId: "u1", streetId: "st1", date: "2019-03-01" }],
    visits: [visit],
  };

  test("decodes both programmes' records and the visits, with every list defaulted", () => {
    const decoded = decodeOrThrow(AuditDataset, dataset);
    expect(decoded).toEqual(validate(zodAudit.AuditDataset, dataset));
    expect(decoded.visits).toEqual([visit]);
    expect(decoded.members[0]?.cadreCandidateYears).toEqual([]);
    expect(decoded.inquiryAnswers).toEqual([]);
  });

  test("a street report naming an unknown unit is rejected at its unitId", () => {
    const input = { ...dataset, streetReports: [{ ...dataset.streetReports[0], unitId: "u2" }] };
    const expected = [{ path: "streetReports[0].unitId", message: 'names unknown unit "u2"' }];
    expect(issues(() => decodeOrThrow(AuditDataset, input))).toEqual(expected);
    expect(issues(() => validate(zodAudit.AuditDataset, input))).toEqual(expected);
  });
});
