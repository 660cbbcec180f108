import {
  assessDataset,
  assessMember,
  assessUnitYear,
  getEdition,
  groupByMember,
  groupByUnit,
  MemberRecords,
  type MemberRecordsInput,
  unitPart,
  validate,
  verdictDigest,
} from "@shuangbaodao/core";
import { describe, expect, it } from "vitest";
import { LIBRARY_VERSION, ProblemDocument } from "../src/index";
import { EXAMPLE_EDITION, exampleDataset, exampleDatasetInput } from "./support/exampleDataset";
import { bodyOf, postJson, testApp } from "./support/testApp";

const edition = getEdition(EXAMPLE_EDITION);
const dataset = exampleDataset();
const bundles = [...groupByMember(dataset)];
const when = { year: 2019, asOf: "2019-11-05" };

/** An assessment as the HTTP answer carries it, without the decision ID. */
function withoutDecisionId<T extends { decisionId?: string }>({ decisionId: _d, ...rest }: T) {
  return rest;
}

describe("POST /v1/member-assessments (JSON)", () => {
  it("answers the bundled example's verdicts exactly as the in-memory core decides them", async () => {
    const { app } = testApp();
    const res = await app.request(
      "/v1/member-assessments",
      postJson({ edition: EXAMPLE_EDITION, ...when, members: bundles }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Shuangbaodao-Edition")).toBe(EXAMPLE_EDITION);
    const body = await bodyOf(res);
    expect(body.edition).toEqual({ id: edition.id, version: edition.version });
    // The core's digest (RFC 8785 JSON, SHA-256): every field of every verdict, as the core decided it.
    expect(verdictDigest(body.assessments.map(withoutDecisionId))).toBe(
      verdictDigest(bundles.map((b) => assessMember(b, edition, when))),
    );
    const ids = body.assessments.map((a: { decisionId: string }) => a.decisionId);
    expect(new Set(ids).size).toBe(bundles.length);
  });

  it("names each answer by the SHA-256 of its question: the same question, the same decision ID", async () => {
    const { app } = testApp({ newDecisionId: undefined });
    const ask = async (asOf: string) =>
      (
        await bodyOf(
          await app.request(
            "/v1/member-assessments",
            postJson({ edition: EXAMPLE_EDITION, year: 2019, asOf, members: bundles.slice(0, 3) }),
          ),
        )
      ).assessments.map((a: { decisionId: string }) => a.decisionId);
    const first = await ask("2019-11-05");
    expect(await ask("2019-11-05")).toEqual(first);
    expect(await ask("2019-11-06")).not.toContain(first[0]);
    // A caller recomputes it from what it sent (documented in the README).
    const bundle = validate(MemberRecords, bundles[0]);
    expect(first[0]).toBe(
      verdictDigest({
        library: LIBRARY_VERSION,
        edition: { id: edition.id, version: edition.version },
        options: { year: 2019, asOf: "2019-11-05" },
        subject: { kind: "member", id: bundle.member.id },
        inputSha256: verdictDigest(bundle),
      }),
    );
  });

  it("refuses an unknown edition with 422, never a default", async () => {
    const { app } = testApp();
    const res = await app.request(
      "/v1/member-assessments",
      postJson({ edition: "zhengzhou-2020", year: 2019, members: bundles.slice(0, 1) }),
    );
    expect(res.status).toBe(422);
    const problem = ProblemDocument.parse(await res.json());
    expect(problem.type).toBe("/problems/unknown-edition");
    expect(problem.errors?.[0]?.path).toBe("edition");
  });

  it("refuses a missing edition with 422 naming the field", async () => {
    const { app } = testApp();
    const res = await app.request(
      "/v1/member-assessments",
      postJson({ year: 2019, members: bundles.slice(0, 1) }),
    );
    expect(res.status).toBe(422);
    expect(ProblemDocument.parse(await res.json()).errors?.map((e) => e.path)).toContain("edition");
  });

  it("locates a bad field in the core's words, with a 422 problem", async () => {
    const { app } = testApp();
    const bad = structuredClone(bundles[0]) as MemberRecordsInput;
    (bad.services as { date: string }[])[0] = {
      ...(bad.services?.[0] as object),
      date: "2019-02-30",
    } as never;
    const res = await app.request(
      "/v1/member-assessments",
      postJson({ edition: EXAMPLE_EDITION, year: 2019, members: [bad] }),
    );
    expect(res.status).toBe(422);
    const problem = ProblemDocument.parse(await res.json());
    expect(problem.errors?.[0]?.path).toBe("members[0].services[0].date");
  });

  it("lists the first 1,000 faults of a body wrong throughout and counts the rest, in a body of kilobytes", async () => {
    // Regression: every fault was listed, so a body wrong in each of its records was answered with all of them.
    const { app } = testApp();
    const bad = structuredClone(bundles[0]) as MemberRecordsInput;
    const services = Array.from({ length: 1_500 }, (_, i) => ({
      ...(bad.services?.[0] as object),
      id: `s-bad-${i}`,
      date: "2019-02-30",
    }));
    const res = await app.request(
      "/v1/member-assessments",
      postJson({ edition: EXAMPLE_EDITION, year: 2019, members: [{ ...bad, services }] }),
    );
    expect(res.status).toBe(422);
    const text = await res.text();
    const problem = ProblemDocument.parse(JSON.parse(text));
    expect(problem.errors).toHaveLength(1_000);
    expect(problem.errors?.[999]?.path).toBe("members[0].services[999].date");
    expect(problem.errorCount).toBe(1_500);
    expect(problem.omitted).toEqual([
      { code: "invalid-value", kind: "members", field: "services.date", count: 500 },
    ]);
    expect(problem.detail).toContain("1500");
    expect(text.length).toBeLessThan(300_000);
  });

  it("answers 400 for malformed JSON and 415 for another content type", async () => {
    const { app } = testApp();
    const malformed = await app.request("/v1/member-assessments", postJson('{"edition": '));
    expect(malformed.status).toBe(400);
    expect(ProblemDocument.parse(await malformed.json()).type).toBe("/problems/malformed-json");
    const text = await app.request("/v1/member-assessments", {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: "hello",
    });
    expect(text.status).toBe(415);
    const none = await app.request("/v1/member-assessments", { method: "POST" });
    expect(none.status).toBe(415);
  });
});

describe("POST /v1/unit-assessments and /v1/dataset-assessments", () => {
  it("answer the bundled example as the in-memory core does", async () => {
    const { app } = testApp();
    const units = [...groupByUnit(unitPart(dataset))];
    const unitRes = await app.request(
      "/v1/unit-assessments",
      postJson({ edition: EXAMPLE_EDITION, ...when, units }),
    );
    expect(unitRes.status).toBe(200);
    const unitBody = await bodyOf(unitRes);
    expect(verdictDigest(unitBody.assessments.map(withoutDecisionId))).toBe(
      verdictDigest(units.map((u) => assessUnitYear(u, edition, when))),
    );

    const spotCheck = { seed: "2019-12-01 example public draw 5-8-2", samplingDate: "2019-12-01" };
    const res = await app.request(
      "/v1/dataset-assessments",
      postJson({ edition: EXAMPLE_EDITION, ...when, spotCheck, dataset: exampleDatasetInput() }),
    );
    expect(res.status).toBe(200);
    const { members, units: unitAnswers, requestId: _r, library: _l, ...rest } = await bodyOf(res);
    const answered = {
      ...rest,
      members: members.map(withoutDecisionId),
      units: unitAnswers.map(withoutDecisionId),
    };
    expect(verdictDigest(answered)).toBe(
      verdictDigest(assessDataset(dataset, edition, { ...when, spotCheck })),
    );
  });
});

describe("validation in the core's words, in the caller's language", () => {
  it("names a missing field in Chinese or English by Accept-Language", async () => {
    const { app } = testApp();
    const body = { edition: EXAMPLE_EDITION, members: bundles.slice(0, 1) };
    const zh = ProblemDocument.parse(
      await (
        await app.request("/v1/member-assessments", postJson(body, { "Accept-Language": "zh-CN" }))
      ).json(),
    );
    const en = ProblemDocument.parse(
      await (await app.request("/v1/member-assessments", postJson(body, { "Accept-Language": "en" }))).json(),
    );
    expect(zh.errors?.find((e) => e.path === "year")?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(en.errors?.find((e) => e.path === "year")?.message).toMatch(/^[\x20-\x7e]+$/);
    expect(zh.errors?.[0]?.code).toBe("invalid-value");
  });

  it("refuses a misspelt key with the closest known one, in a record and in the envelope", async () => {
    const { app } = testApp();
    const misspelt = structuredClone(bundles[0]) as unknown as { services: Record<string, unknown>[] };
    (misspelt.services[0] as Record<string, unknown>).usedPublicpower = true;
    const res = await app.request(
      "/v1/member-assessments",
      postJson({ edtion: EXAMPLE_EDITION, year: 2019, members: [misspelt] }, { "Accept-Language": "en" }),
    );
    expect(res.status).toBe(422);
    const problem = ProblemDocument.parse(await res.json());
    const unknown = problem.errors?.filter((e) => e.code === "unknown-key") ?? [];
    expect(unknown.map((e) => e.message).join(" ")).toContain("usedPublicPower");
    expect(problem.errors?.map((e) => e.path)).toContain("edtion");
  });
});
