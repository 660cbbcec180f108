import { arraySource, groupByMember } from "@shuangbaodao/core";
import {
  assessRun,
  type Database,
  importRecords,
  listDecisions,
  migrate,
  openDatabase,
} from "@shuangbaodao/postgres";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProblemDocument, TokenFile } from "../src/index";
import { EXAMPLE_EDITION, exampleDataset, exampleDatasetInput } from "./support/exampleDataset";
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

type Route = { method: string; path: string; body?: unknown };

/** Every route without the database, with a valid body to start mutating from. */
const ROUTES: Route[] = [
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

/** The routes a database adds, at a stored decision; an import's body is NDJSON, one `{kind, record}` a line. */
const databaseRoutes = (decisionId: string): Route[] => [
  {
    method: "POST",
    path: "/v1/imports",
    body: [
      ...dataset.units
        .filter((u) => u.id === "u-wjw" || u.id === "u-cdc")
        .map((record) => ({ kind: "units", record })),
      { kind: "members", record: bundles[0]?.member },
      ...(bundles[0]?.services ?? []).map((record) => ({ kind: "services", record })),
    ],
  },
  { method: "POST", path: "/v1/runs", body: { ...when, asOf: "2019-12-01" } },
  { method: "GET", path: `/v1/decisions/${decisionId}` },
  { method: "POST", path: `/v1/decisions/${decisionId}/replay` },
  { method: "GET", path: "/v1/decisions/no-such-decision" },
];

/** A body as sent: JSON, or NDJSON (one value a line) for a list meant as lines. */
const sent = (route: Route, value: Json) =>
  route.path === "/v1/imports" && Array.isArray(value)
    ? value.map((line) => JSON.stringify(line)).join("\n")
    : JSON.stringify(value);

const bodyText = (route: Route) =>
  fc.oneof(
    fc
      .record({
        choices: fc.array(fc.nat(), { maxLength: 6 }),
        replacement: fc.jsonValue({ maxDepth: 2 }),
        remove: fc.boolean(),
      })
      .map(({ choices, replacement, remove }) =>
        sent(route, mutate(route.body ?? {}, choices, replacement, remove)),
      ),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    fc.constant(sent(route, route.body ?? {}).slice(0, 40)),
    fc.constant(sent(route, route.body ?? {})),
    fc
      .array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 })
      .map((l) => l.map((v) => JSON.stringify(v)).join("\n")),
  );

/** A header: left out, one of the usual values, or any string. */
const header = (values: string[]) =>
  fc.option(fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 30 })));

/** Mostly the route's own well-formed header (so that requests reach the routes' logic), else any. */
const mostly = (wellFormed: string | null, values: string[]) =>
  fc.oneof({ arbitrary: fc.constant(wellFormed), weight: 3 }, { arbitrary: header(values), weight: 1 });

const contentTypeOf = (route: Route) =>
  route.method === "GET" || route.body === undefined
    ? null
    : route.path.includes("?") || route.path === "/v1/imports"
      ? "application/x-ndjson"
      : "application/json";

/** Header values a fetch Request accepts (no control characters, no surrounding space). */
const safeHeader = (value: string | null) =>
  value === null ? undefined : value.replace(/[^\x20-\x7e]/g, "").trim() || undefined;

/** Random and mutated requests to these routes: never a 5xx, every non-2xx a valid problem document. */
async function neverFails(
  app: ReturnType<typeof testApp>["app"],
  routes: Route[],
  numRuns: number,
  { reachRoutes = false } = {},
) {
  const pick = reachRoutes ? mostly : (_wellFormed: string | null, values: string[]) => header(values);
  await fc.assert(
    fc.asyncProperty(
      fc.nat(routes.length - 1).chain((index) =>
        fc.record({
          route: fc.constant(routes[index] as Route),
          method: fc.oneof(
            { arbitrary: fc.constant((routes[index] as Route).method), weight: reachRoutes ? 3 : 1 },
            { arbitrary: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH"), weight: 1 },
          ),
          body: bodyText(routes[index] as Route),
          contentType: pick(contentTypeOf(routes[index] as Route), [
            "application/json",
            "application/x-ndjson",
            "text/plain",
            "application/json; charset=utf-8",
            "multipart/form-data",
            "application/problem+json",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          ]),
          accept: pick(null, [
            "application/json",
            "*/*",
            "text/html",
            "application/x-ndjson",
            "application/*;q=0",
          ]),
          language: header(["en", "zh-CN", "en;q=0", "fr"]),
          authorization: pick(`Bearer ${TOKENS.city}`, [
            `Bearer ${TOKENS.organisation}`,
            `Bearer ${TOKENS.cdcRead}`,
            `Bearer ${TOKENS.city}`,
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
    { numRuns },
  );
}

describe("robustness: random and mutated requests to every route", () => {
  const tokens = TokenFile.parse(TOKEN_FILE);

  it("never answer 5xx, and every non-2xx is a valid problem document", async () => {
    const { app } = testApp({ tokens, rateLimit: false, limits: { jsonBytes: 100_000 } });
    await neverFails(app, ROUTES, 300);
  }, 120_000);

  describe("with the database (PGlite)", () => {
    let db: Database;
    let decisionId = "";
    beforeAll(async () => {
      db = await openDatabase({ dataDir: "memory://" });
      await migrate(db);
      // The example stored and assessed, so that a decision exists to read and replay.
      await importRecords(db, arraySource(exampleDatasetInput(), "example"), { recordedBy: "test" });
      const run = await assessRun(db, { edition: EXAMPLE_EDITION, year: 2019, recordedBy: "test" });
      decisionId = (await listDecisions(db, { runId: run.runId, limit: 1 }))[0]?.id ?? "";
    }, 180_000);
    afterAll(async () => db?.close());

    it("the database routes never answer 5xx either, and every non-2xx is a valid problem document", async () => {
      const { app } = testApp({ tokens, rateLimit: false, database: db, limits: { jsonBytes: 100_000 } });
      expect(decisionId).not.toBe("");
      await neverFails(app, databaseRoutes(decisionId), 150, { reachRoutes: true });
    }, 300_000);
  });
});
