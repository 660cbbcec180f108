import { groupByMember } from "@shuangbaodao/core";
import { describe, expect, it } from "vitest";
import { ProblemDocument, TokenFile } from "../src/index";
import { EXAMPLE_EDITION, exampleDataset } from "./support/exampleDataset";
import { postJson, testApp } from "./support/testApp";
import { bearer, TOKEN_FILE, TOKENS } from "./support/tokens";

const tokens = TokenFile.parse(TOKEN_FILE);
const dataset = exampleDataset();
const bundles = [...groupByMember(dataset)].filter((b) => b.member.unitId === "u-cdc").slice(0, 4);
const memberBody = { edition: EXAMPLE_EDITION, year: 2019, members: bundles };

async function problemOf(res: Response) {
  expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  const problem = ProblemDocument.parse(await res.json());
  expect(problem.status).toBe(res.status);
  expect(problem.instance).toBe(res.headers.get("X-Request-Id"));
  return problem;
}

describe("HTTP conventions", () => {
  it("405 with Allow for a known path and another method", async () => {
    const { app } = testApp();
    const res = await app.request("/v1/member-assessments", { method: "DELETE" });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toContain("POST");
    expect((await problemOf(res)).type).toBe("/problems/method-not-allowed");
  });

  it("404 for an unknown path", async () => {
    const { app } = testApp();
    expect((await problemOf(await app.request("/v2/anything"))).type).toBe("/problems/not-found");
  });

  it("406 when Accept allows neither JSON nor NDJSON", async () => {
    const { app } = testApp();
    const res = await app.request("/v1/editions", { headers: { Accept: "text/html" } });
    expect(res.status).toBe(406);
    await problemOf(res);
    expect((await app.request("/v1/editions", { headers: { Accept: "application/*" } })).status).toBe(200);
  });

  it("413 for a JSON body over the limit", async () => {
    const { app } = testApp({ limits: { jsonBytes: 1_000 } });
    const res = await app.request("/v1/member-assessments", postJson(memberBody));
    expect(res.status).toBe(413);
    expect((await problemOf(res)).type).toBe("/problems/payload-too-large");
  });

  it("429 with Retry-After once a token's bucket is empty, and again after the refill", async () => {
    const { app, clock } = testApp({ tokens, rateLimit: { perSecond: 2, burst: 3 } });
    const call = () => app.request("/v1/rules", { headers: bearer("cdcRead") });
    for (let i = 0; i < 3; i++) expect((await call()).status).toBe(200);
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("1");
    expect((await problemOf(limited)).type).toBe("/problems/too-many-requests");
    // Another token has its own bucket.
    expect((await app.request("/v1/rules", { headers: bearer("organisation") })).status).toBe(200);
    clock.seconds += 1;
    expect((await call()).status).toBe(200);
  });

  it("answers problems in English or Chinese by Accept-Language", async () => {
    const { app } = testApp();
    const en = await problemOf(await app.request("/nowhere", { headers: { "Accept-Language": "en-GB" } }));
    const zh = await problemOf(await app.request("/nowhere", { headers: { "Accept-Language": "zh-CN" } }));
    expect(en.lang).toBe("en");
    expect(en.title).toBe("Not found");
    expect(zh.lang).toBe("zh");
    expect(zh.title).toBe("未找到");
  });

  it("a 500 says only the request ID: no message, no stack", async () => {
    const { app, logLines } = testApp({
      readiness: async () => {
        throw new Error("secret internal detail at /srv/app.js:12");
      },
    });
    const res = await app.request("/readyz");
    expect(res.status).toBe(500);
    const text = await res.clone().text();
    expect(text).not.toContain("secret");
    expect(text).not.toMatch(/at .*:\d+/);
    expect((await problemOf(res)).type).toBe("/problems/internal");
    expect(JSON.stringify(logLines)).not.toContain("secret");
  });

  it("CORS is off unless origins are configured", async () => {
    const preflight = {
      method: "OPTIONS",
      headers: { Origin: "https://hr.example", "Access-Control-Request-Method": "POST" },
    };
    const off = await testApp().app.request("/v1/editions", preflight);
    expect(off.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const on = await testApp({ corsOrigins: ["https://hr.example"] }).app.request("/v1/editions", preflight);
    expect(on.headers.get("Access-Control-Allow-Origin")).toBe("https://hr.example");
  });
});

describe("logs", () => {
  it("one JSON line per request with request ID, route, status, duration and token ID — never the token or records", async () => {
    const { app, logLines, rawLog } = testApp({ tokens });
    await app.request(
      "/v1/member-assessments",
      postJson(memberBody, { ...bearer("cdcAssess"), "X-Request-Id": "r-1" }),
    );
    await app.request("/v1/member-assessments", postJson({ ...memberBody, year: "x" }, bearer("cdcAssess")));
    await app.request("/v1/editions", { headers: { Authorization: `Bearer ${TOKENS.cdcRead}x` } });
    expect(logLines).toHaveLength(3);
    expect(logLines[0]).toMatchObject({
      requestId: "r-1",
      method: "POST",
      route: "/v1/member-assessments",
      status: 200,
      tokenId: "cdc-assess",
    });
    expect(typeof logLines[0]?.durationMs).toBe("number");
    expect(logLines.map((l) => l.status)).toEqual([200, 422, 401]);
    const everything = rawLog.join("");
    for (const token of Object.values(TOKENS)) expect(everything).not.toContain(token);
    const secrets = bundles.flatMap((b) => [
      b.member.name,
      b.member.id,
      ...b.residences.flatMap((r) => [r.communityName, r.district]),
      ...b.services.map((s) => s.content),
    ]);
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});
