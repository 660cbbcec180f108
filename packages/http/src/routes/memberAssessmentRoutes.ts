import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { assessMember, MemberRecords, validate, verdictDigest } from "@shuangbaodao/core";
import type { Context } from "hono";
import type { AppEnv } from "../appEnv";
import { assertUnitsInScope, requireRight } from "../auth/requireRight";
import { assessNdjson } from "../ndjson/assessNdjson";
import type { NdjsonLimits } from "../ndjson/ndjsonLines";
import { ApiProblem } from "../problems/apiProblem";
import { inputProblem } from "../problems/inputProblem";
import { coreChecks } from "../problems/validationHook";
import { EditionAnswerMeta, editionAnswerMeta } from "./answerMeta";
import {
  assessOptions,
  DecidedMemberAssessment,
  MemberAssessmentsQuery,
  MemberAssessmentsRequest,
} from "./assessmentRequests";
import { decisionIds, type NewDecisionId } from "./decisionId";
import { findEdition } from "./findEdition";
import { problemResponses } from "./openApiResponses";

const NDJSON = "application/x-ndjson";

const MemberAssessmentsAnswer = EditionAnswerMeta.extend({
  year: z.number().int(),
  asOf: z.string().nullable(),
  assessments: z.array(DecidedMemberAssessment),
});

const route = createRoute({
  method: "post",
  path: "/v1/member-assessments",
  tags: ["assessments"],
  summary: "Assess members for a year under an edition (JSON, or NDJSON streamed both ways)",
  description:
    "JSON: one body with `edition`, `year`, optional `asOf` and `members` (bundles). " +
    "NDJSON (`Content-Type: application/x-ndjson`): `edition`, `year`, `asOf` in the query, one member bundle a line; " +
    "the answer streams one line per input line, `{line, decisionId, assessment}` or `{line, problem}`, then `{summary}`.",
  middleware: [requireRight("assess")] as const,
  request: {
    query: MemberAssessmentsQuery.partial(),
    body: {
      content: {
        "application/json": { schema: MemberAssessmentsRequest },
        [NDJSON]: { schema: MemberRecords },
      },
    },
  },
  responses: {
    200: {
      description: "One assessment per member, each with its decision ID",
      content: {
        "application/json": { schema: MemberAssessmentsAnswer },
        [NDJSON]: { schema: z.object({ line: z.number().int() }).passthrough() },
      },
    },
    ...problemResponses(400, 403, 413, 415, 422),
  },
});

function isJson(c: Context<AppEnv>): boolean {
  return /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(c.req.header("Content-Type") ?? "");
}

function isNdjson(c: Context<AppEnv>): boolean {
  return (c.req.header("Content-Type") ?? "").toLowerCase().startsWith(NDJSON);
}

/** `POST /v1/member-assessments`: a thin translation into `assessMember`, once per bundle. */
export function registerMemberAssessmentRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: { newDecisionId: NewDecisionId; ndjson: NdjsonLimits },
): void {
  app.openapi(
    route,
    (c) => {
      if (isNdjson(c)) {
        const query = validateQuery(c);
        const edition = findEdition(query.edition, { path: "edition" });
        const options = assessOptions(query);
        const decisionId = decisionIds(deps.newDecisionId, edition, options);
        return assessNdjson(c, edition, deps.ndjson, {
          schema: MemberRecords,
          unitsOf: (records) => [{ unitId: records.member.unitId, path: "member.unitId" }],
          assess: (records) => ({
            decisionId: decisionId("member", records.member.id, verdictDigest(records)),
            assessment: assessMember(records, edition, options),
          }),
        }) as never;
      }
      if (!isJson(c)) {
        throw new ApiProblem("unsupported-media-type", {
          zh: "请发送 Content-Type: application/json 或 application/x-ndjson。",
          en: "Send Content-Type: application/json or application/x-ndjson.",
        });
      }
      // The NDJSON media type declares one line's schema; the JSON branch reads the JSON body.
      const body = c.req.valid("json") as unknown as z.output<typeof MemberAssessmentsRequest>;
      const edition = findEdition(body.edition, { path: "edition" });
      assertUnitsInScope(
        c.get("principal"),
        body.members.map((m, i) => ({ unitId: m.member.unitId, path: `members[${i}].member.unitId` })),
      );
      const options = assessOptions(body);
      const decisionId = decisionIds(deps.newDecisionId, edition, options);
      const assessments = body.members.map((records) => ({
        decisionId: decisionId("member", records.member.id, verdictDigest(records)),
        ...assessMember(records, edition, options),
      }));
      return c.json(
        { ...editionAnswerMeta(c, edition), year: body.year, asOf: body.asOf ?? null, assessments },
        200,
      );
    },
    coreChecks(route),
  );
}

function validateQuery(c: Context<AppEnv>): z.infer<typeof MemberAssessmentsQuery> {
  try {
    return validate(MemberAssessmentsQuery, c.req.query(), "query");
  } catch (error) {
    if (error instanceof Error && error.name === "InputError") {
      throw inputProblem(error as Parameters<typeof inputProblem>[0], { zh: "查询参数", en: "query" });
    }
    throw error;
  }
}
