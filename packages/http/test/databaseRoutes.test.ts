import { Validator } from "@seriousme/openapi-schema-validator";
import { type Database, listDecisions, migrate, openDatabase } from "@shuangbaodao/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProblemDocument, TokenFile } from "../src/index";
import { exampleDatasetInput } from "./support/exampleDataset";
import { bodyOf, postJson, testApp } from "./support/testApp";
import { bearer, TOKEN_FILE } from "./support/tokens";

/** PGlite always; the real server too when DATABASE_URL is set (as in .ci/run), in a schema of its own. */
const TARGETS = process.env.DATABASE_URL ? (["pglite", "server"] as const) : (["pglite"] as const);

async function openTarget(target: "pglite" | "server"): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (target === "pglite") {
    const db = await openDatabase({ dataDir: "memory://" });
    await migrate(db);
    return { db, drop: () => db.close() };
  }
  const schema = `sbd_http_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const db = await openDatabase({ url: process.env.DATABASE_URL, schema });
  await migrate(db);
  return {
    db,
    drop: async () => {
      await db.pool.query(`DROP SCHEMA "${schema}" CASCADE`);
      await db.close();
    },
  };
}

/** The bundled example as an NDJSON upload: one `{kind, record}` a line. */
function exampleUpload(): string[] {
  const lines: string[] = [];
  for (const [kind, records] of Object.entries(exampleDatasetInput())) {
    for (const record of (records as unknown[]) ?? []) lines.push(JSON.stringify({ kind, record }));
  }
  return lines;
}

const upload = (lines: string[], headers: Record<string, string>): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/x-ndjson", ...headers },
  body: `${lines.join("\n")}\n`,
});

describe.each(TARGETS)("database routes on %s", (target) => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await openTarget(target));
  }, 180_000);
  afterAll(async () => drop?.());

  const app = () => testApp({ tokens: TokenFile.parse(TOKEN_FILE), rateLimit: false, database: db }).app;

  it("imports all or nothing, runs, reads and replays decisions within the token's scope", async () => {
    const lines = exampleUpload();
    const ready = await bodyOf(await app().request("/readyz"));
    expect(ready.checks).toContainEqual({ name: "database", ok: true });

    // One bad line refuses the whole import, located by line and field.
    const bad = [...lines];
    const at = bad.findIndex((l) => l.startsWith('{"kind":"services"'));
    bad[at] = (bad[at] as string).replace(/"date":"[^"]*"/, '"date":"2019-02-30"');
    bad.splice(3, 0, "not json");
    const refused = await app().request("/v1/imports", upload(bad, bearer("organisation")));
    expect(refused.status).toBe(422);
    const refusal = ProblemDocument.parse(await refused.json());
    expect(refusal.errors?.map((e) => e.path)).toContain("line 4");

    // The organisation may not write the communities' events (the database's RLS refuses): the city imports.
    const orgImport = await app().request("/v1/imports", upload(lines, bearer("organisation")));
    expect(orgImport.status).toBe(422);
    const imported = await app().request("/v1/imports", upload(lines, bearer("city")));
    expect(imported.status).toBe(200);
    const first = await bodyOf(imported);
    expect(first.records).toBe(lines.length);
    expect(first.newVersions).toBe(lines.length);
    const again = await bodyOf(await app().request("/v1/imports", upload(lines, bearer("city"))));
    expect(again).toMatchObject({ newVersions: 0, unchanged: lines.length });

    // A token without the import right may not import.
    expect((await app().request("/v1/imports", upload(lines, bearer("cdcAssess")))).status).toBe(403);

    const run = { edition: "zhengzhou-2019-health-commission", year: 2019, asOf: "2019-12-01" };
    const orgRun = await bodyOf(await app().request("/v1/runs", postJson(run, bearer("organisation"))));
    expect(orgRun.decisions).toBeGreaterThan(0);
    expect(orgRun.edition.id).toBe("zhengzhou-2019-health-commission");

    const decisions = await listDecisions(db, { runId: orgRun.runId, limit: 1000 });
    const hospital = decisions.find((d) => d.unitId === "u-hospital");
    const cdc = decisions.find((d) => d.unitId === "u-cdc" && d.subject.kind === "member");
    expect(hospital && cdc).toBeTruthy();
    const read = await app().request(`/v1/decisions/${cdc?.id}`, { headers: bearer("cdcRead") });
    expect(read.status).toBe(200);
    expect((await bodyOf(read)).decision.verdicts).toEqual(cdc?.verdicts);
    // Outside the token's scope the decision does not exist for it (the database's RLS agrees).
    const hidden = await app().request(`/v1/decisions/${hospital?.id}`, { headers: bearer("cdcRead") });
    expect(hidden.status).toBe(404);

    const replay = await app().request(`/v1/decisions/${cdc?.id}/replay`, {
      method: "POST",
      headers: bearer("cdcAssess"),
    });
    if (replay.status !== 200) console.log("REPLAY", await replay.clone().text());
    expect(replay.status).toBe(200);
    expect((await bodyOf(replay)).identical).toBe(true);

    const unknownEdition = await app().request(
      "/v1/runs",
      postJson({ ...run, edition: "nope" }, bearer("organisation")),
    );
    expect(ProblemDocument.parse(await unknownEdition.json()).type).toBe("/problems/unknown-edition");
  }, 300_000);

  it("lists the database routes in a valid OpenAPI 3.1 document", async () => {
    const document = (await (await app().request("/openapi.json")).json()) as {
      paths: Record<string, object>;
    };
    for (const path of ["/v1/imports", "/v1/runs", "/v1/decisions/{id}", "/v1/decisions/{id}/replay"]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    const result = await new Validator().validate(document as Parameters<Validator["validate"]>[0]);
    expect(result.valid).toBe(true);
  });
});
