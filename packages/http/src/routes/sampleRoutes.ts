import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  drawMemberSample,
  MemberDrawRequest,
  MemberSample,
  SampleDifference,
  verifyMemberSample,
} from "@shuangbaodao/core";
import type { AppEnv } from "../appEnv";
import { assertUnitsInScope, requireRight } from "../auth/requireRight";
import { coreChecks } from "../problems/validationHook";
import { EditionAnswerMeta, editionAnswerMeta } from "./answerMeta";
import { EditionId } from "./assessmentRequests";
import { findEdition } from "./findEdition";
import { jsonAnswer, problemResponses } from "./openApiResponses";

const DrawRequest = MemberDrawRequest.extend({ edition: EditionId });
const VerifyRequest = z.strictObject({
  edition: EditionId,
  request: MemberDrawRequest.describe("The inputs the sample was drawn from"),
  sample: z.unknown().describe("The recorded sample (as POST /v1/samples answered it)"),
});

const draw = createRoute({
  method: "post",
  path: "/v1/samples",
  tags: ["sampling"],
  summary: "Draw an organisation's spot-check sample (M-SPOTCHECK-20), replayable from its inputs",
  middleware: [requireRight("sample")] as const,
  request: { body: { content: { "application/json": { schema: DrawRequest } }, required: true } },
  responses: {
    200: jsonAnswer(EditionAnswerMeta.extend({ sample: MemberSample }), "The sample"),
    ...problemResponses(400, 403, 413, 415, 422),
  },
});

const verify = createRoute({
  method: "post",
  path: "/v1/samples/verify",
  tags: ["sampling"],
  summary: "Re-derive a recorded sample from its inputs and list every difference",
  middleware: [requireRight("sample")] as const,
  request: { body: { content: { "application/json": { schema: VerifyRequest } }, required: true } },
  responses: {
    200: jsonAnswer(
      EditionAnswerMeta.extend({
        ok: z.boolean(),
        differences: z.array(SampleDifference),
        rederived: MemberSample.optional(),
      }),
      "Whether the sample is the one its inputs give",
    ),
    ...problemResponses(400, 403, 413, 415, 422),
  },
});

/** `POST /v1/samples` and `/v1/samples/verify`: thin translations into `drawMemberSample` and `verifyMemberSample`. */
export function registerSampleRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    draw,
    (c) => {
      const { edition: editionId, ...request } = c.req.valid("json");
      const edition = findEdition(editionId, { path: "edition" });
      assertUnitsInScope(c.get("principal"), [{ unitId: request.organisationId, path: "organisationId" }]);
      return c.json({ ...editionAnswerMeta(c, edition), sample: drawMemberSample(request, edition) }, 200);
    },
    coreChecks(draw),
  );
  app.openapi(
    verify,
    (c) => {
      const body = c.req.valid("json");
      const edition = findEdition(body.edition, { path: "edition" });
      assertUnitsInScope(c.get("principal"), [
        { unitId: body.request.organisationId, path: "request.organisationId" },
      ]);
      const verification = verifyMemberSample(body.sample, body.request, edition);
      return c.json({ ...editionAnswerMeta(c, edition), ...verification }, 200);
    },
    coreChecks(verify),
  );
}
