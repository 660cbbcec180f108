import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  assessDataset,
  EarlyWarnings,
  MemberSample,
  OrganisationReport,
  StatisticsTable,
  Verdict,
  verdictDigest,
} from "@shuangbaodao/core";
import type { AppEnv } from "../appEnv";
import { assertUnitsInScope, requireRight } from "../auth/requireRight";
import { coreChecks } from "../problems/validationHook";
import { EditionAnswerMeta, editionAnswerMeta } from "./answerMeta";
import {
  DatasetAssessmentsRequest,
  DecidedMemberAssessment,
  DecidedUnitAssessment,
} from "./assessmentRequests";
import { decisionIds, type NewDecisionId } from "./decisionId";
import { findEdition } from "./findEdition";
import { jsonAnswer, problemResponses } from "./openApiResponses";

const DatasetAssessmentAnswer = EditionAnswerMeta.extend({
  year: z.number().int(),
  asOf: z.string().nullable(),
  members: z.array(DecidedMemberAssessment),
  units: z.array(DecidedUnitAssessment),
  statistics: StatisticsTable,
  organisationReports: z.array(OrganisationReport),
  warnings: EarlyWarnings.nullable(),
  spotChecks: z.array(z.object({ unitId: z.string(), sample: MemberSample, verdict: Verdict })),
});

const route = createRoute({
  method: "post",
  path: "/v1/dataset-assessments",
  tags: ["assessments"],
  summary:
    "The whole audit of a dataset: verdicts, statistics table, organisation reports, early warnings, spot checks",
  middleware: [requireRight("assess")] as const,
  request: {
    body: { content: { "application/json": { schema: DatasetAssessmentsRequest } }, required: true },
  },
  responses: {
    200: jsonAnswer(DatasetAssessmentAnswer, "Everything the rules say about the dataset"),
    ...problemResponses(400, 403, 413, 415, 422),
  },
});

/** `POST /v1/dataset-assessments`: a thin translation into `assessDataset`. */
export function registerDatasetAssessmentRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: { newDecisionId: NewDecisionId },
): void {
  app.openapi(
    route,
    (c) => {
      const { edition: editionId, dataset, ...options } = c.req.valid("json");
      const edition = findEdition(editionId, { path: "edition" });
      assertUnitsInScope(c.get("principal"), [
        ...dataset.units.map((u, i) => ({ unitId: u.id, path: `dataset.units[${i}].id` })),
        ...dataset.members.map((m, i) => ({ unitId: m.unitId, path: `dataset.members[${i}].unitId` })),
      ]);
      const { members, units, ...rest } = assessDataset(dataset, edition, options);
      // A member's or unit's verdicts here may read the whole dataset (its unit's members, the samples).
      const decisionId = decisionIds(deps.newDecisionId, edition, options);
      const datasetSha256 = verdictDigest(dataset);
      return c.json(
        {
          ...editionAnswerMeta(c, edition),
          ...rest,
          members: members.map((m) => ({
            decisionId: decisionId("member", m.memberId, datasetSha256),
            ...m,
          })),
          units: units.map((u) => ({ decisionId: decisionId("unit", u.unitId, datasetSha256), ...u })),
        },
        200,
      );
    },
    coreChecks(route),
  );
}
