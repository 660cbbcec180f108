import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { testApp } from "./support/testApp";

/** The operations the API serves (method and OpenAPI path); the document must list each. */
const OPERATIONS = [
  "get /healthz",
  "get /readyz",
  "get /v1/editions",
  "get /v1/editions/{id}",
  "get /v1/rules",
  "get /v1/rules/{id}",
  "post /v1/member-assessments",
  "post /v1/unit-assessments",
  "post /v1/dataset-assessments",
  "post /v1/samples",
  "post /v1/samples/verify",
];

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const { app } = testApp();
    const document = await (await app.request("/openapi.json")).json();
    const validator = new Validator();
    const result = await validator.validate(document as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("lists every operation the app serves, and no other", async () => {
    const { app } = testApp();
    const document = (await (await app.request("/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const listed = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(listed.sort()).toEqual([...OPERATIONS].sort());
    // Every operation the router serves under /v1 or health is in the document.
    const served = app.routes
      .filter((r) => r.method !== "ALL" && /^\/(v1|healthz|readyz)/.test(r.path))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    expect([...new Set(served)].sort()).toEqual([...OPERATIONS].sort());
  });

  it("declares problem answers as application/problem+json and the bearer scheme", async () => {
    const { app } = testApp();
    const document = (await (await app.request("/openapi.json")).json()) as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>
      >;
      components: { securitySchemes: Record<string, { scheme: string }> };
    };
    expect(document.components.securitySchemes.bearer?.scheme).toBe("bearer");
    const memberPost = document.paths["/v1/member-assessments"]?.post;
    expect(Object.keys(memberPost?.responses["422"]?.content ?? {})).toEqual(["application/problem+json"]);
  });
});
