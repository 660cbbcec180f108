import { groupByMember } from "@shuangbaodao/core";
import { describe, expect, it } from "vitest";
import { ProblemDocument, TokenFile } from "../src/index";
import { EXAMPLE_EDITION, exampleDataset, exampleDatasetInput } from "./support/exampleDataset";
import { postJson, testApp } from "./support/testApp";
import { bearer, TOKEN_FILE, type TokenName } from "./support/tokens";

const tokens = TokenFile.parse(TOKEN_FILE);
const dataset = exampleDataset();
const bundles = [...groupByMember(dataset)];
const cdc = bundles.filter((b) => b.member.unitId === "u-cdc").slice(0, 3);
const hospital = bundles.filter((b) => b.member.unitId === "u-hospital").slice(0, 1);
const drawRequest = (organisationId: string) => ({
  organisationId,
  year: 2019,
  samplingDate: "2019-12-01",
  seed: "2019-12-01 public draw",
  population: dataset.members.filter((m) => m.unitId === organisationId).map((m) => m.id),
});
const cdcUnit = { unit: dataset.units.find((u) => u.id === "u-cdc") };
const hospitalUnit = { unit: dataset.units.find((u) => u.id === "u-hospital") };

interface Case {
  name: string;
  path: string;
  init: RequestInit;
}

const get = (path: string): Case => ({ name: `GET ${path}`, path, init: {} });
const post = (name: string, path: string, body: unknown): Case => ({ name, path, init: postJson(body) });
const when = { edition: EXAMPLE_EDITION, year: 2019 };

/** Each route with a request inside the CDC's scope and one outside it. */
const CASES: Record<string, { inScope: Case; outOfScope?: Case; right: "read" | "assess" | "sample" }> = {
  editions: { right: "read", inScope: get("/v1/editions") },
  edition: { right: "read", inScope: get(`/v1/editions/${EXAMPLE_EDITION}`) },
  rules: { right: "read", inScope: get("/v1/rules") },
  rule: { right: "read", inScope: get("/v1/rules/M-REPORT") },
  members: {
    right: "assess",
    inScope: post("members", "/v1/member-assessments", { ...when, members: cdc }),
    outOfScope: post("members", "/v1/member-assessments", { ...when, members: [...cdc, ...hospital] }),
  },
  units: {
    right: "assess",
    inScope: post("units", "/v1/unit-assessments", { ...when, units: [cdcUnit] }),
    outOfScope: post("units", "/v1/unit-assessments", { ...when, units: [cdcUnit, hospitalUnit] }),
  },
  dataset: {
    right: "assess",
    outOfScope: post("dataset", "/v1/dataset-assessments", { ...when, dataset: exampleDatasetInput() }),
    inScope: post("dataset", "/v1/dataset-assessments", {
      ...when,
      dataset: { units: [{ id: "u-cdc", name: "疾控中心" }], members: cdc.map((b) => b.member) },
    }),
  },
  sample: {
    right: "sample",
    inScope: post("sample", "/v1/samples", { edition: EXAMPLE_EDITION, ...drawRequest("u-cdc") }),
    outOfScope: post("sample", "/v1/samples", { edition: EXAMPLE_EDITION, ...drawRequest("u-hospital") }),
  },
  verify: {
    right: "sample",
    inScope: post("verify", "/v1/samples/verify", {
      edition: EXAMPLE_EDITION,
      request: drawRequest("u-cdc"),
      sample: {},
    }),
    outOfScope: post("verify", "/v1/samples/verify", {
      edition: EXAMPLE_EDITION,
      request: drawRequest("u-hospital"),
      sample: {},
    }),
  },
};

const RIGHTS_OF: Record<TokenName, readonly string[]> = {
  city: ["read", "assess", "sample", "import"],
  organisation: ["read", "assess", "sample", "import"],
  cdcAssess: ["read", "assess"],
  cdcSample: ["read", "sample"],
  cdcRead: ["read"],
};

async function send(app: ReturnType<typeof testApp>["app"], c: Case, headers: Record<string, string>) {
  const init = { ...c.init, headers: { ...(c.init.headers as Record<string, string>), ...headers } };
  return app.request(c.path, init);
}

describe("authorisation: every route × every scope", () => {
  const { app } = testApp({ tokens, rateLimit: false });

  for (const [route, { inScope, outOfScope, right }] of Object.entries(CASES)) {
    for (const token of Object.keys(RIGHTS_OF) as TokenName[]) {
      const allowed = RIGHTS_OF[token].includes(right);
      it(`${route} with ${token}: ${allowed ? "in scope 200" : "403 for the right"}`, async () => {
        const res = await send(app, inScope, bearer(token));
        expect(res.status).toBe(allowed ? 200 : 403);
        if (!allowed) expect(ProblemDocument.parse(await res.json()).type).toBe("/problems/forbidden");
      });
      if (outOfScope) {
        const wholeScope = token === "organisation" || token === "city";
        const expected = allowed && !wholeScope ? 403 : allowed ? 200 : 403;
        it(`${route} with ${token}: a unit outside the CDC answers ${expected}`, async () => {
          const res = await send(app, outOfScope, bearer(token));
          expect(res.status).toBe(expected);
          if (expected === 403 && allowed) {
            const problem = ProblemDocument.parse(await res.json());
            expect(problem.errors?.some((e) => e.code === "out-of-scope")).toBe(true);
          }
        });
      }
    }
    it(`${route} without a token or with a wrong one: 401 problem with WWW-Authenticate`, async () => {
      for (const headers of [
        {},
        { Authorization: "Bearer wrong-token" },
        { Authorization: "Basic abc" },
      ] as Record<string, string>[]) {
        const res = await send(app, inScope, headers);
        expect(res.status).toBe(401);
        expect(res.headers.get("Content-Type")).toBe("application/problem+json");
        expect(res.headers.get("WWW-Authenticate")).toContain("Bearer");
        expect(ProblemDocument.parse(await res.json()).status).toBe(401);
      }
    });
  }

  it("an out-of-scope NDJSON line answers a 403 problem line, the others go on", async () => {
    const lines = [...cdc, ...hospital].map((b) => JSON.stringify(b)).join("\n");
    const res = await app.request(`/v1/member-assessments?edition=${EXAMPLE_EDITION}&year=2019`, {
      method: "POST",
      headers: { "Content-Type": "application/x-ndjson", ...bearer("cdcAssess") },
      body: lines,
    });
    const answers = (await res.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.problem?.status ?? (a.summary ? "summary" : 200))).toEqual([
      ...cdc.map(() => 200),
      403,
      "summary",
    ]);
  });

  it("health, readiness, the OpenAPI document and the reference page need no token", async () => {
    for (const path of ["/healthz", "/readyz", "/openapi.json", "/reference"]) {
      expect((await app.request(path)).status).toBe(200);
    }
  });
});

describe("the token file", () => {
  it("refuses a token without scope, duplicate IDs and unknown keys", () => {
    const entry = TOKEN_FILE.tokens.find((t) => t.id === "cdc-assess") as (typeof TOKEN_FILE.tokens)[number];
    expect(TokenFile.safeParse({ tokens: [{ ...entry, units: [] }] }).success).toBe(false);
    expect(TokenFile.safeParse({ tokens: [entry, { ...entry, sha256: "0".repeat(64) }] }).success).toBe(
      false,
    );
    expect(TokenFile.safeParse({ tokens: [{ ...entry, token: "clear" }] }).success).toBe(false);
  });
});
