import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { CalendarDate, InputError, Year } from "@shuangbaodao/core";
import {
  assessRun,
  type Database,
  DatabaseError,
  getDecision,
  importRecords,
  replayDecision,
} from "@shuangbaodao/postgres";
import type { AppEnv } from "../appEnv";
import { requireRight } from "../auth/requireRight";
import { ApiProblem } from "../problems/apiProblem";
import { inputProblem } from "../problems/inputProblem";
import { coreChecks } from "../problems/validationHook";
import { AnswerMeta, answerMeta, EditionAnswerMeta, editionAnswerMeta } from "../routes/answerMeta";
import { EditionId } from "../routes/assessmentRequests";
import { findEdition } from "../routes/findEdition";
import { jsonAnswer, problemResponses } from "../routes/openApiResponses";
import { databaseProblem } from "./databaseProblem";
import { databaseScope } from "./databaseScope";
import {
  cappedBody,
  IMPORT_MEDIA_TYPES,
  mediaType,
  NDJSON,
  tooLarge,
  uploadSource,
  withinTokenScope,
  XLSX,
} from "./importUpload";

/** Where records read back from the database are, for the core's issues about them. */
const DATABASE_RECORDS = { zh: "数据库中的记录", en: "records in the database" };

const ImportLine = z.object({ kind: z.string(), record: z.record(z.string(), z.unknown()) });

const importRoute = createRoute({
  method: "post",
  path: "/v1/imports",
  tags: ["database"],
  summary:
    "Import records (NDJSON, one {kind, record} a line, or an .xlsx workbook) into the database, all or nothing",
  description:
    "The body is the upload itself: NDJSON (`application/x-ndjson`) or a workbook of the template " +
    `(\`${XLSX}\`), its name for messages in \`Content-Disposition: attachment; filename=…\`. ` +
    "One problem anywhere (a line, a sheet's cell, a record the core refuses) is a 422 listing each at its place; nothing is written.",
  middleware: [requireRight("import")] as const,
  request: {
    body: {
      content: {
        [NDJSON]: { schema: ImportLine },
        [XLSX]: { schema: z.string().openapi({ format: "binary" }) },
      },
      required: true,
    },
  },
  responses: {
    200: jsonAnswer(
      AnswerMeta.extend({
        importId: z.string(),
        source: z.string(),
        records: z.number().int(),
        newVersions: z.number().int(),
        unchanged: z.number().int(),
      }),
      "What the import wrote",
    ),
    ...problemResponses(403, 413, 415, 422, 503),
  },
});

const RunBody = z.strictObject({
  edition: EditionId,
  year: Year,
  asOf: CalendarDate.optional(),
  knownAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe("Read the records as the database held them then"),
});

const runRoute = createRoute({
  method: "post",
  path: "/v1/runs",
  tags: ["database"],
  summary:
    "Assess everything the token's scope sees in the database, storing one decision per member and unit",
  middleware: [requireRight("assess")] as const,
  request: { body: { content: { "application/json": { schema: RunBody } }, required: true } },
  responses: {
    200: jsonAnswer(
      EditionAnswerMeta.extend({
        runId: z.string(),
        partitions: z.number().int(),
        decisions: z.number().int(),
      }),
      "The run",
    ),
    ...problemResponses(400, 403, 413, 415, 422, 503),
  },
});

const DecisionId = z.object({ id: z.string().min(1).max(100) });

const decisionRoute = createRoute({
  method: "get",
  path: "/v1/decisions/{id}",
  tags: ["database"],
  summary:
    "One stored decision: subject, edition and its SHA-256, library version, records' SHA-256, verdicts",
  middleware: [requireRight("read")] as const,
  request: { params: DecisionId },
  responses: {
    200: jsonAnswer(
      EditionAnswerMeta.extend({ decision: z.record(z.string(), z.unknown()) }),
      "The decision",
    ),
    ...problemResponses(403, 404, 503),
  },
});

const replayRoute = createRoute({
  method: "post",
  path: "/v1/decisions/{id}/replay",
  tags: ["database"],
  summary: "Re-decide from the records as known then; report input, edition, library and verdict drift",
  middleware: [requireRight("assess")] as const,
  request: { params: DecisionId },
  responses: {
    200: jsonAnswer(
      EditionAnswerMeta.extend({
        identical: z.boolean(),
        inputDrift: z.unknown(),
        editionDrift: z.unknown(),
        libraryDrift: z.unknown(),
        verdictDrift: z.array(z.unknown()),
        decision: z.record(z.string(), z.unknown()),
      }),
      "The replay",
    ),
    ...problemResponses(403, 404, 503),
  },
});

/** The adapter's refusals as problems; anything else goes on to the general handler. */
async function inDatabase<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DatabaseError) throw databaseProblem(error);
    if (error instanceof InputError) throw inputProblem(error, DATABASE_RECORDS);
    throw error;
  }
}

function noDecision(id: string): ApiProblem {
  return new ApiProblem("not-found", {
    zh: `没有编号为 ${JSON.stringify(id)} 的决定，或不在令牌范围内。`,
    en: `There is no decision ${JSON.stringify(id)}, or it is outside the token's scope.`,
  });
}

/**
 * The routes that need the database: import, run, read a decision, replay
 * it. Each runs in the token's scope, which the database's row-level
 * security enforces too.
 */
export function registerDatabaseRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: { database: Database; maxUploadBytes: number },
): void {
  const { database } = deps;
  app.openapi(importRoute, async (c) => {
    const principal = c.get("principal");
    const type = mediaType(c.req.header("Content-Type"));
    if (!(IMPORT_MEDIA_TYPES as readonly string[]).includes(type)) {
      throw new ApiProblem("unsupported-media-type", {
        zh: `导入请发送 Content-Type: ${NDJSON} 或 ${XLSX}。`,
        en: `Send imports as Content-Type: ${NDJSON} or ${XLSX}.`,
      });
    }
    if (Number(c.req.header("Content-Length") ?? 0) > deps.maxUploadBytes)
      throw tooLarge(deps.maxUploadBytes);
    const body = cappedBody(c.req.raw.body, deps.maxUploadBytes);
    const source = withinTokenScope(
      uploadSource(type, body.chunks, uploadName(c.req.header("Content-Disposition"), type)),
      principal,
    );
    try {
      const result = await inDatabase(() =>
        importRecords(database, source, { recordedBy: principal.tokenId, scope: databaseScope(principal) }),
      );
      return c.json({ ...answerMeta(c), ...result }, 200);
    } catch (error) {
      // The workbook reader reports a failed read as an issue of the file; this one is the cap.
      if (body.exceeded()) throw tooLarge(deps.maxUploadBytes);
      throw error;
    }
  });

  app.openapi(
    runRoute,
    async (c) => {
      const body = c.req.valid("json");
      const edition = findEdition(body.edition, { path: "edition" });
      const principal = c.get("principal");
      const run = await inDatabase(() =>
        assessRun(database, { ...body, scope: databaseScope(principal), recordedBy: principal.tokenId }),
      );
      return c.json({ ...editionAnswerMeta(c, edition), ...run }, 200);
    },
    coreChecks(runRoute),
  );

  app.openapi(
    decisionRoute,
    async (c) => {
      const { id } = c.req.valid("param");
      const decision = await inDatabase(() =>
        getDecision(database, id, { scope: databaseScope(c.get("principal")) }),
      );
      if (!decision) throw noDecision(id);
      return c.json({ ...editionAnswerMeta(c, findEdition(decision.edition.id, "path")), decision }, 200);
    },
    coreChecks(decisionRoute),
  );

  app.openapi(
    replayRoute,
    async (c) => {
      const { id } = c.req.valid("param");
      const scope = databaseScope(c.get("principal"));
      if (!(await inDatabase(() => getDecision(database, id, { scope })))) throw noDecision(id);
      const replay = await inDatabase(() => replayDecision(database, id, { scope }));
      return c.json(
        { ...editionAnswerMeta(c, findEdition(replay.decision.edition.id, "path")), ...replay },
        200,
      );
    },
    coreChecks(replayRoute),
  );
}

/** The upload's name for messages: `Content-Disposition`'s file name (its last path part), or a plain default. */
function uploadName(disposition: string | undefined, type: string): string {
  const named = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition ?? "")?.[1];
  const base = named?.split(/[\\/]/).pop()?.trim().slice(0, 200);
  return base || (type === XLSX ? "upload.xlsx" : "request body");
}
