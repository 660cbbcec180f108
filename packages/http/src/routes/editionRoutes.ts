import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { EDITIONS, type Edition, PARAMETER_SPECS, valueAt } from "@shuangbaodao/core";
import type { AppEnv } from "../appEnv";
import { requireRight } from "../auth/requireRight";
import { coreChecks } from "../problems/validationHook";
import { AnswerMeta, answerMeta, EditionAnswerMeta, editionAnswerMeta } from "./answerMeta";
import { findEdition } from "./findEdition";
import { jsonAnswer, problemResponses } from "./openApiResponses";

const Bilingual = z.object({ zh: z.string(), en: z.string() });

const EditionSummary = z.object({
  id: z.string(),
  version: z.string(),
  title: Bilingual,
  effectiveFrom: z.string(),
  documents: z.array(z.string()),
  parentId: z.string().optional(),
});

/** One parameter of an edition: its value, who set it, and the words it interprets. */
export const EditionParameter = z.object({
  path: z.string(),
  value: z.unknown(),
  source: z.object({ editionId: z.string(), document: z.string() }),
  rules: z.array(z.string()),
  document: z.string(),
  clause: z.string(),
  words: z.string(),
  reading: z.string(),
});

function summary(edition: Edition): z.infer<typeof EditionSummary> {
  const { id, version, title, effectiveFrom, documents, parentId } = edition;
  return { id, version, title, effectiveFrom, documents, ...(parentId !== undefined && { parentId }) };
}

/** The parameter specs (words, clause, reading, rules) that `only` keeps, in the order of `PARAMETER_SPECS`. */
export function parameterSpecs(only: (rules: readonly string[]) => boolean = () => true) {
  return PARAMETER_SPECS.filter((spec) => only(spec.rules)).map((spec) => ({
    path: spec.path,
    rules: [...spec.rules],
    document: spec.document,
    clause: spec.clause,
    words: spec.words,
    reading: spec.reading,
  }));
}

/** The parameters of an edition with their values and sources. */
export function editionParameters(edition: Edition, only?: (rules: readonly string[]) => boolean) {
  return parameterSpecs(only).map((spec) => ({
    ...spec,
    value: valueAt(edition.parameters, spec.path),
    source: edition.parameterSources[spec.path] ?? {
      editionId: edition.id,
      document: edition.documents[0] ?? "",
    },
  }));
}

const listEditions = createRoute({
  method: "get",
  path: "/v1/editions",
  tags: ["editions"],
  summary: "The editions this server runs (ID, version, documents)",
  middleware: [requireRight("read")] as const,
  responses: {
    200: jsonAnswer(AnswerMeta.extend({ editions: z.array(EditionSummary) }), "The editions"),
    ...problemResponses(403),
  },
});

const getEdition = createRoute({
  method: "get",
  path: "/v1/editions/{id}",
  tags: ["editions"],
  summary: "One edition with every parameter, its value and where it comes from",
  middleware: [requireRight("read")] as const,
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    200: jsonAnswer(
      EditionAnswerMeta.extend({ definition: EditionSummary, parameters: z.array(EditionParameter) }),
      "The edition",
    ),
    ...problemResponses(403, 404),
  },
});

export function registerEditionRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listEditions, (c) =>
    c.json({ ...answerMeta(c), editions: [...EDITIONS.values()].map(summary) }, 200),
  );
  app.openapi(
    getEdition,
    (c) => {
      const edition = findEdition(c.req.valid("param").id, "path");
      return c.json(
        {
          ...editionAnswerMeta(c, edition),
          definition: summary(edition),
          parameters: editionParameters(edition),
        },
        200,
      );
    },
    coreChecks(getEdition),
  );
}
