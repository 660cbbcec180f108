import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../appEnv";
import { ApiProblem } from "../problems/apiProblem";
import { PROBLEM_TYPES, type ProblemCode } from "../problems/problemTypes";

/** `/problems/{code}`: what a problem `type` means and what to do, in plain text and both languages. */
export function registerProblemPages(app: OpenAPIHono<AppEnv>): void {
  app.get("/problems/:code", (c) => {
    const code = c.req.param("code");
    if (!Object.hasOwn(PROBLEM_TYPES, code)) {
      throw new ApiProblem("not-found", { zh: "没有这种问题类型。", en: "No such problem type." });
    }
    const type = PROBLEM_TYPES[code as ProblemCode];
    const text: string = `${type.status} ${code}\n\n${type.title.zh}\n${type.help.zh}\n\n${type.title.en}\n${type.help.en}\n`;
    return c.text(text);
  });
}
