import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { DOCUMENTS, type DocumentKey, RULES, type RuleEntry } from "@shuangbaodao/core";
import type { AppEnv } from "../appEnv";
import { requireRight } from "../auth/requireRight";
import { ApiProblem } from "../problems/apiProblem";
import { coreChecks } from "../problems/validationHook";
import { AnswerMeta, answerMeta, editionAnswerMeta } from "./answerMeta";
import { EditionParameter, editionParameters, parameterSpecs } from "./editionRoutes";
import { findEdition } from "./findEdition";
import { jsonAnswer, problemResponses } from "./openApiResponses";

const Citation = z.object({
  document: z.string(),
  clause: z.string(),
  text: z.string(),
  documentTitle: z.string(),
  documentDate: z.string(),
});

const Rule = z.object({
  id: z.string(),
  programme: z.enum(["unit", "member", "committee"]),
  title: z.object({ zh: z.string(), en: z.string() }),
  citations: z.array(Citation),
});

function rule(entry: RuleEntry): z.infer<typeof Rule> {
  return {
    id: entry.id,
    programme: entry.programme,
    title: entry.title,
    citations: entry.citations.map((c) => {
      const document = DOCUMENTS[c.document as DocumentKey];
      return { ...c, documentTitle: document.title, documentDate: document.date };
    }),
  };
}

const listRules = createRoute({
  method: "get",
  path: "/v1/rules",
  tags: ["rules"],
  summary: "The rule catalogue: stable rule IDs, titles and citations",
  middleware: [requireRight("read")] as const,
  responses: {
    200: jsonAnswer(AnswerMeta.extend({ rules: z.array(Rule) }), "The rules"),
    ...problemResponses(403),
  },
});

const getRule = createRoute({
  method: "get",
  path: "/v1/rules/{id}",
  tags: ["rules"],
  summary: "One rule: catalogue entry, citations and the edition parameters it reads",
  middleware: [requireRight("read")] as const,
  request: {
    params: z.object({ id: z.string().min(1) }),
    query: z.object({
      edition: z.string().min(1).optional().describe("Give the parameters' values under this edition"),
    }),
  },
  responses: {
    200: jsonAnswer(
      AnswerMeta.extend({
        edition: z.object({ id: z.string(), version: z.string() }).optional(),
        rule: Rule,
        parameters: z.array(EditionParameter.partial({ value: true, source: true })),
      }),
      "The rule",
    ),
    ...problemResponses(403, 404, 422),
  },
});

export function registerRuleRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRules, (c) => c.json({ ...answerMeta(c), rules: Object.values(RULES).map(rule) }, 200));
  app.openapi(
    getRule,
    (c) => {
      const { id } = c.req.valid("param");
      const entry = (RULES as Record<string, RuleEntry>)[id];
      if (!Object.hasOwn(RULES, id) || !entry) {
        throw new ApiProblem("not-found", {
          zh: `没有编号为 ${JSON.stringify(id)} 的规则；见 GET /v1/rules。`,
          en: `There is no rule ${JSON.stringify(id)}; see GET /v1/rules.`,
        });
      }
      const editionId = c.req.valid("query").edition;
      const reads = (rules: readonly string[]) => rules.includes(id);
      if (editionId === undefined) {
        return c.json({ ...answerMeta(c), rule: rule(entry), parameters: parameterSpecs(reads) }, 200);
      }
      const edition = findEdition(editionId, { path: "edition" });
      return c.json(
        {
          ...editionAnswerMeta(c, edition),
          rule: rule(entry),
          parameters: editionParameters(edition, reads),
        },
        200,
      );
    },
    coreChecks(getRule),
  );
}
