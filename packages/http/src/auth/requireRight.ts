import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../appEnv";
import { ApiProblem, type Bilingual } from "../problems/apiProblem";
import { mayTouchUnit, type Right } from "./principal";

/** A route's guard: the caller's token must carry this right. */
export function requireRight(right: Right): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get("principal").rights.has(right)) {
      throw new ApiProblem("forbidden", {
        zh: `令牌没有“${right}”权限。`,
        en: `The token does not have the "${right}" right.`,
      });
    }
    return next();
  };
}

/** A located refusal for each unit the caller may not touch; empty when all are in scope. */
export function unitsOutOfScope(
  principal: AppEnv["Variables"]["principal"],
  units: Iterable<{ unitId: string; path: string }>,
): { path: string; unitId: string }[] {
  const refused: { path: string; unitId: string }[] = [];
  for (const unit of units) if (!mayTouchUnit(principal, unit.unitId)) refused.push(unit);
  return refused;
}

/** The 403 problem naming each unit outside the token's scope. */
export function outOfScopeProblem(
  refused: readonly { path: string; unitId: string }[],
  detail: Bilingual,
): ApiProblem {
  return new ApiProblem("forbidden", detail, {
    errors: refused.map(({ path, unitId }) => ({
      path,
      code: "out-of-scope",
      message: {
        zh: `单位 ${JSON.stringify(unitId)} 不在令牌的范围内`,
        en: `unit ${JSON.stringify(unitId)} is outside the token's scope`,
      },
    })),
  });
}

/** Refuses the request with 403 when any unit it touches is outside the token's scope. */
export function assertUnitsInScope(
  principal: AppEnv["Variables"]["principal"],
  units: Iterable<{ unitId: string; path: string }>,
): void {
  const refused = unitsOutOfScope(principal, units);
  if (refused.length === 0) return;
  throw outOfScopeProblem(refused, {
    zh: `请求涉及令牌范围以外的单位（${refused.length} 处）。`,
    en: `The request touches units outside the token's scope (${refused.length}).`,
  });
}
