import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { assessUnitYear, verdictDigest } from "@shuangbaodao/core";
import type { AppEnv } from "../appEnv";
import { assertUnitsInScope, requireRight } from "../auth/requireRight";
import { coreChecks } from "../problems/validationHook";
import { EditionAnswerMeta, editionAnswerMeta } from "./answerMeta";
import { assessOptions, DecidedUnitAssessment, UnitAssessmentsRequest } from "./assessmentRequests";
import { decisionIds, type NewDecisionId } from "./decisionId";
import { findEdition } from "./findEdition";
import { jsonAnswer, problemResponses } from "./openApiResponses";

const route = createRoute({
  method: "post",
  path: "/v1/unit-assessments",
  tags: ["assessments"],
  summary: "Assess units (共驻共建) for a year under an edition",
  middleware: [requireRight("assess")] as const,
  request: { body: { content: { "application/json": { schema: UnitAssessmentsRequest } }, required: true } },
  responses: {
    200: jsonAnswer(
      EditionAnswerMeta.extend({
        year: z.number().int(),
        asOf: z.string().nullable(),
        assessments: z.array(DecidedUnitAssessment),
      }),
      "One assessment per unit, each with its decision ID",
    ),
    ...problemResponses(400, 403, 413, 415, 422),
  },
});

/** `POST /v1/unit-assessments`: a thin translation into `assessUnitYear`, once per bundle. */
export function registerUnitAssessmentRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: { newDecisionId: NewDecisionId },
): void {
  app.openapi(
    route,
    (c) => {
      const body = c.req.valid("json");
      const edition = findEdition(body.edition, { path: "edition" });
      assertUnitsInScope(
        c.get("principal"),
        body.units.map((u, i) => ({ unitId: u.unit.id, path: `units[${i}].unit.id` })),
      );
      const options = assessOptions(body);
      const decisionId = decisionIds(deps.newDecisionId, edition, options);
      const assessments = body.units.map((records) => ({
        decisionId: decisionId("unit", records.unit.id, verdictDigest(records)),
        ...assessUnitYear(records, edition, options),
      }));
      return c.json(
        { ...editionAnswerMeta(c, edition), year: body.year, asOf: body.asOf ?? null, assessments },
        200,
      );
    },
    coreChecks(route),
  );
}
