import { EDITIONS, RULE_IDS } from "@shuangbaodao/core";
import { describe, expect, it } from "vitest";
import { ProblemDocument } from "../src/index";
import { bodyOf, testApp } from "./support/testApp";

describe("health, editions and rules", () => {
  const { app } = testApp();

  it("answers /healthz and /readyz with the request ID and library version", async () => {
    const res = await app.request("/healthz", { headers: { "X-Request-Id": "abc-123" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Request-Id")).toBe("abc-123");
    expect(res.headers.get("X-Shuangbaodao-Version")).toMatch(/^\d+\.\d+\.\d+/);
    const body = await bodyOf(res);
    expect(body).toMatchObject({ status: "ok", requestId: "abc-123" });
    const ready = await app.request("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", checks: [{ name: "editions", ok: true }] });
  });

  it("makes a request ID when the caller's is missing or unsafe", async () => {
    const made = await app.request("/healthz", { headers: { "X-Request-Id": "bad id <script>" } });
    expect(made.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("readyz is a 503 problem when a readiness check fails", async () => {
    const { app: notReady } = testApp({
      readiness: async () => [
        { name: "database", ok: false, detail: { zh: "数据库不可达。", en: "Database unreachable." } },
      ],
    });
    const res = await notReady.request("/readyz", { headers: { "Accept-Language": "en" } });
    expect(res.status).toBe(503);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    const problem = ProblemDocument.parse(await res.json());
    expect(problem.detail).toBe("Database unreachable.");
  });

  it("lists every edition, and one edition with each parameter's value and source", async () => {
    const list = await bodyOf(await app.request("/v1/editions"));
    expect(list.editions.map((e: { id: string }) => e.id)).toEqual([...EDITIONS.keys()]);
    const res = await app.request("/v1/editions/zhengzhou-2019-health-commission");
    expect(res.headers.get("X-Shuangbaodao-Edition")).toBe("zhengzhou-2019-health-commission");
    const edition = EDITIONS.get("zhengzhou-2019-health-commission");
    expect(res.headers.get("X-Shuangbaodao-Edition-Version")).toBe(edition?.version);
    const body = await bodyOf(res);
    const deadline = body.parameters.find((p: { path: string }) => p.path === "member.reportDeadline");
    expect(deadline.value).toBe(edition?.parameters.member.reportDeadline);
    expect(deadline.source).toEqual(edition?.parameterSources["member.reportDeadline"]);
  });

  it("refuses an unknown edition in the path with 404, never a default", async () => {
    const res = await app.request("/v1/editions/zhengzhou-2020");
    expect(res.status).toBe(404);
    expect(ProblemDocument.parse(await res.json()).type).toBe("/problems/not-found");
  });

  it("lists every rule and gives one with its citations and the parameters it reads", async () => {
    const list = await bodyOf(await app.request("/v1/rules"));
    expect(list.rules.map((r: { id: string }) => r.id)).toEqual(RULE_IDS);
    const rule = await bodyOf(await app.request("/v1/rules/M-REPORT?edition=zhengzhou-2019"));
    expect(rule.rule.citations[0]).toMatchObject({ document: "ZZ47-BD", clause: "二(一)" });
    expect(rule.rule.citations[0].documentTitle).toContain("在职党员");
    expect(rule.parameters.map((p: { path: string }) => p.path)).toContain("member.reportDeadline");
    expect(rule.edition).toEqual({ id: "zhengzhou-2019", version: EDITIONS.get("zhengzhou-2019")?.version });
    const missing = await app.request("/v1/rules/constructor");
    expect(missing.status).toBe(404);
  });

  it("serves the reference page and its assets from the package, and the problem type pages", async () => {
    const page = await app.request("/reference");
    expect(await page.text()).toContain("/reference/swagger-ui-bundle.js");
    const bundle = await app.request("/reference/swagger-ui-bundle.js");
    expect(bundle.status).toBe(200);
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    expect((await app.request("/reference/..%2Fpackage.json")).status).toBe(404);
    expect(await (await app.request("/problems/invalid-input")).text()).toContain("422");
  });
});
