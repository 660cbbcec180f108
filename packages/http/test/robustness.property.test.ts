import { groupByMember } from "@shuangbaodao/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProblemDocument, TokenFile } from "../src/index";
import { EXAMPLE_EDITION, exampleDataset } from "./support/exampleDataset";
import { testApp } from "./support/testApp";
import { TOKEN_FILE, TOKENS } from "./support/tokens";

const dataset = exampleDataset();
const bundles = [...groupByMember(dataset)].filter((b) => b.member.unitId === "u-cdc").slice(0, 2);
const when = { edition: EXAMPLE_EDITION, year: 2019 };
const draw = {
  ...when,
  organisationId: "u-cdc",
  samplingDate: "2019-12-01",
  seed: "s",
  population: bundles.map((b) => b.member.id),
};

/** Every route with a valid body to start mutating from. */
const ROUTES: { method: string; path: string; body?: unknown }[] = [
  { method: "GET", path: "/healthz" },
  { method: "GET", path: "/readyz" },
  { method: "GET", path: "/openapi.json" },
  { method: "GET", path: "/v1/editions" },
  { method: "GET", path: `/v1/editions/${EXAMPLE_EDITION}` },
  { method: "GET", path: "/v1/rules" },
  { method: "GET", path: "/v1/rules/M-REPORT?edition=zhengzhou-2019" },
  { method: "POST", path: "/v1/member-assessments", body: { ...when, members: bundles } },
  { method: "POST", path: `/v1/member-assessments?edition=${EXAMPLE_EDITION}&year=2019`, body: bundles[0] },
  { method: "POST", path: "/v1/unit-assessments", body: { ...when, units: [{ unit: dataset.units[0] }] } },
  {
    method: "POST",
    path: "/v1/dataset-assessments",
    body: {
      ...when,
      dataset: { units: [{ id: "u-cdc", name: "x" }], members: bundles.map((b) => b.member) },
    },
  },
  { method: "POST", path: "/v1/samples", body: draw },
  {
    method: "POST",
    path: "/v1/samples/verify",
    body: { edition: EXAMPLE_EDITION, request: draw, sample: {} },
  },
];

type Json = unknown;

/** The value with the node at a path (chosen by `choices`) replaced, deleted or kept. */
function mutate(value: Json, choices: number[], replacement: Json, remove: boolean): Json {
  if (choices.length === 0 || value === null || typeof value !== "object") return replacement;
  const [choice = 0, ...rest] = choices;
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement];
    const index = choice % value.length;
    const copy = [...value];
    if (remove && rest.length === 0) copy.splice(index, 1);
    else copy[index] = mutate(copy[index], rest, replacement, remove);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return { [String(choice)]: replacement };
  const key = keys[choice % keys.length] as string;
  const copy: Record<string, Json> = { ...(value as Record<string, Json>) };
  if (remove && rest.length === 0) delete copy[key];
  else copy[key] = mutate(copy[key], rest, replacement, remove);
  return copy;
}

const bodyText = (route: (typeof ROUTES)[number]) =>
  fc.oneof(
    fc
      .record({
        choices: fc.array(fc.nat(), { maxLength: 6 }),
        replacement: fc.jsonValue({ maxDepth: 2 }),
        remove: fc.boolean(),
      })
      .map(({ choices, replacement, remove }) =>
        JSON.stringify(mutate(route.body ?? {}, choices, replacement, remove)),
      ),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    fc.constant(JSON.stringify(route.body ?? {}).slice(0, 40)),
    fc
      .array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 })
      .map((l) => l.map((v) => JSON.stringify(v)).join("\n")),
  );

const header = (values: string[]) =>
  fc.option(fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 30 })));

/** Header values a fetch Request accepts (no control characters, no surrounding space). */
const safeHeader = (value: string | null) =>
  value === null ? undefined : value.replace(/[^\x20-\x7e]/g, "").trim() || undefined;

describe("robustness: random and mutated requests to every route", () => {
  const tokens = TokenFile.parse(TOKEN_FILE);

  it("never answer 5xx, and every non-2xx is a valid problem document", async () => {
    const { app } = testApp({ tokens, rateLimit: false, limits: { jsonBytes: 100_000 } });
    await fc.assert(
      fc.asyncProperty(
        fc.nat(ROUTES.length - 1).chain((index) =>
          fc.record({
            route: fc.constant(ROUTES[index] as (typeof ROUTES)[number]),
            method: fc.oneof(
              fc.constant((ROUTES[index] as (typeof ROUTES)[number]).method),
              fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH"),
            ),
            body: bodyText(ROUTES[index] as (typeof ROUTES)[number]),
            contentType: header([
              "application/json",
              "application/x-ndjson",
              "text/plain",
              "application/json; charset=utf-8",
              "multipart/form-data",
              "application/problem+json",
            ]),
            accept: header([
              "application/json",
              "*/*",
              "text/html",
              "application/x-ndjson",
              "application/*;q=0",
            ]),
            language: header(["en", "zh-CN", "en;q=0", "fr"]),
            authorization: header([
              `Bearer ${TOKENS.organisation}`,
              `Bearer ${TOKENS.cdcRead}`,
              "Bearer nope",
              "Basic x",
            ]),
          }),
        ),
        async ({ route, method, body, contentType, accept, language, authorization }) => {
          const headers: Record<string, string> = {};
          for (const [name, value] of [
            ["Content-Type", contentType],
            ["Accept", accept],
            ["Accept-Language", language],
            ["Authorization", authorization ?? `Bearer ${TOKENS.organisation}`],
          ] as const) {
            const safe = safeHeader(value);
            if (safe !== undefined) headers[name] = safe;
          }
          const hasBody = method !== "GET" && method !== "HEAD";
          const res = await app.request(route.path, { method, headers, ...(hasBody && { body }) });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 300) {
            expect(res.headers.get("Content-Type")).toBe("application/problem+json");
            const problem = ProblemDocument.parse(await res.json());
            expect(problem.status).toBe(res.status);
            expect(problem.instance).toBe(res.headers.get("X-Request-Id"));
          } else if ((res.headers.get("Content-Type") ?? "").includes("ndjson")) {
            // A streamed answer: every line is JSON, and problem lines are valid problems below 500.
            for (const line of (await res.text()).split("\n").filter(Boolean)) {
              const parsed = JSON.parse(line);
              if (parsed.problem) expect(ProblemDocument.parse(parsed.problem).status).toBeLessThan(500);
            }
          } else await res.arrayBuffer();
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
