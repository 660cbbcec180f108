import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { type Database, listDecisions, migrate, openDatabase } from "@shuangbaodao/postgres";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, ProblemDocument, TokenFile } from "../src/index";
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

const EXAMPLE_WORKBOOK = readFileSync(
  new URL("../../../examples/zhengzhou-2019-health-commission/records.xlsx", import.meta.url),
);
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const workbookUpload = (bytes: Uint8Array, headers: Record<string, string>): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": XLSX, "Content-Disposition": 'attachment; filename="records.xlsx"', ...headers },
  body: bytes,
});

/** The example workbook with one part replaced (a zip bomb, a broken sheet). */
async function exampleWithPart(part: string, content: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(EXAMPLE_WORKBOOK);
  zip.file(part, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
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
    const refused = await app().request("/v1/imports", upload(bad, bearer("city")));
    expect(refused.status).toBe(422);
    const refusal = ProblemDocument.parse(await refused.json());
    expect(refusal.errors?.map((e) => e.path)).toContain("line 4");
    // The line that is not JSON is the core's own issue (ndjsonSource), not words of the adapter.
    expect(refusal.errors?.find((e) => e.path === "line 4")?.message).toContain("第 4 行不是 JSON");

    // The organisation may not write the communities' events: new ones, the database's row-level
    // security refuses (42501), answered 403; the city imports them.
    const orgImport = await app().request("/v1/imports", upload(lines, bearer("organisation")));
    expect(orgImport.status).toBe(403);
    expect(ProblemDocument.parse(await orgImport.json()).type).toBe("/problems/forbidden");
    const imported = await app().request("/v1/imports", upload(lines, bearer("city")));
    expect(imported.status).toBe(200);
    const first = await bodyOf(imported);
    expect(first.records).toBe(lines.length);
    expect(first.newVersions).toBe(lines.length);
    const again = await bodyOf(await app().request("/v1/imports", upload(lines, bearer("city"))));
    expect(again).toMatchObject({ newVersions: 0, unchanged: lines.length });
    // Once they are stored, the organisation's upload may name them unchanged (its attendances point
    // to them, and the core checks those references within the upload).
    const orgAgain = await app().request("/v1/imports", upload(lines, bearer("organisation")));
    expect(orgAgain.status).toBe(200);
    expect(await bodyOf(orgAgain)).toMatchObject({ newVersions: 0 });

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

  it("imports a workbook upload all or nothing, with the Excel reader's caps and places", async () => {
    const imported = await app().request("/v1/imports", workbookUpload(EXAMPLE_WORKBOOK, bearer("city")));
    expect(imported.status).toBe(200);
    expect(await bodyOf(imported)).toMatchObject({ source: "records.xlsx" });

    // A zip bomb: refused by the workbook reader's ratio cap, nothing written.
    const bomb = await exampleWithPart(
      "xl/worksheets/sheet1.xml",
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row r="1"></row>'.repeat(500_000)}</sheetData></worksheet>`,
    );
    const bombed = await app().request(
      "/v1/imports",
      workbookUpload(bomb, { ...bearer("city"), "Accept-Language": "en" }),
    );
    expect(bombed.status).toBe(422);
    expect(JSON.stringify(ProblemDocument.parse(await bombed.json()).errors)).toContain("zip bomb");

    // Not a workbook at all, under the workbook's media type: the reader's own refusal, at the file.
    const text = await app().request(
      "/v1/imports",
      workbookUpload(new TextEncoder().encode("id,name\n"), bearer("city")),
    );
    expect(text.status).toBe(422);
    ProblemDocument.parse(await text.json());

    // A unit's token imports its own members and their records, naming the shared records they
    // point to (the unit tree, the communities' events) unchanged; a member of another unit is
    // refused with 403.
    const cdcImport = testApp({
      tokens: TokenFile.parse({
        tokens: [
          {
            id: "cdc-import",
            sha256: hashToken("tok-cdc-import-0123456789"),
            rights: ["import"],
            units: ["u-cdc"],
          },
        ],
      }),
      rateLimit: false,
      database: db,
    }).app;
    const input = exampleDatasetInput();
    const cdcMembers = new Set((input.members ?? []).filter((m) => m.unitId === "u-cdc").map((m) => m.id));
    const cdcLines = exampleUpload().filter((l) => {
      const { kind, record } = JSON.parse(l) as {
        kind: string;
        record: { unitId?: string; memberId?: string };
      };
      if (kind === "units" || kind === "communityEvents") return true;
      if (record.memberId !== undefined) return cdcMembers.has(record.memberId);
      return record.unitId === "u-cdc" && kind !== "organisations";
    });
    const renamed = cdcLines.map((l) =>
      l.startsWith('{"kind":"members"') && l.includes(`"id":"${[...cdcMembers][0]}"`)
        ? l.replace(/"name":"[^"]*"/, '"name":"改名党员"')
        : l,
    );
    expect(renamed.join("")).toContain("改名党员");
    const cdcToken = { Authorization: "Bearer tok-cdc-import-0123456789" };
    // The shared records as the NDJSON example has them (the workbook above stored some differently).
    expect((await app().request("/v1/imports", upload(exampleUpload(), bearer("city")))).status).toBe(200);
    const own = await cdcImport.request("/v1/imports", upload(renamed, cdcToken));
    expect(own.status).toBe(200);
    expect(await bodyOf(own)).toMatchObject({ newVersions: 1 });

    const hospitalMember = exampleUpload().find(
      (l) => l.includes('"unitId":"u-hospital"') && l.startsWith('{"kind":"members"'),
    );
    const outside = await cdcImport.request(
      "/v1/imports",
      upload([...renamed, hospitalMember as string], cdcToken),
    );
    expect(outside.status).toBe(403);
    const outsideProblem = ProblemDocument.parse(await outside.json());
    expect(outsideProblem.errors).toEqual([
      {
        path: `line ${renamed.length + 1} unitId`,
        code: "out-of-scope",
        message: '单位 "u-hospital" 不在令牌的范围内',
      },
    ]);
  }, 300_000);

  it("caps an upload's size (413), whether or not it says its length, and takes no other media type (415)", async () => {
    const small = testApp({ rateLimit: false, database: db, limits: { importBytes: 1000 } }).app;
    const declared = await small.request("/v1/imports", workbookUpload(EXAMPLE_WORKBOOK, {}));
    expect(declared.status).toBe(413);
    const streamed = (bytes: Uint8Array, type: string): RequestInit =>
      ({
        method: "POST",
        headers: { "Content-Type": type },
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(bytes);
            controller.close();
          },
        }),
        duplex: "half",
      }) as RequestInit;
    expect((await small.request("/v1/imports", streamed(EXAMPLE_WORKBOOK, XLSX))).status).toBe(413);
    const ndjson = new TextEncoder().encode(`${exampleUpload().join("\n")}\n`);
    expect((await small.request("/v1/imports", streamed(ndjson, "application/x-ndjson"))).status).toBe(413);
    const csv = await small.request("/v1/imports", {
      method: "POST",
      headers: { "Content-Type": "text/csv" },
      body: "a",
    });
    expect(csv.status).toBe(415);
    ProblemDocument.parse(await csv.json());
  });

  // On the server (PGlite's queries never yield to the timer, so there the timeout cannot fire).
  it("lets an import and a run finish past the answer timeout (a timeout would not stop their writes)", async () => {
    const slow = testApp({ rateLimit: false, database: db, limits: { timeoutMs: 1 } }).app;
    const imported = await slow.request("/v1/imports", upload(exampleUpload(), {}));
    expect(imported.status).toBe(200);
    const run = await slow.request(
      "/v1/runs",
      postJson({ edition: "zhengzhou-2019-health-commission", year: 2019, asOf: "2019-12-01" }),
    );
    expect(run.status).toBe(200);
    // Other routes keep it.
    const answered = await slow.request(
      "/v1/member-assessments",
      postJson({ edition: "zhengzhou-2019-health-commission", year: 2019, members: [] }),
    );
    expect(answered.status).not.toBe(500);
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
