import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../appEnv";
import { ANONYMOUS, type Principal } from "../auth/principal";
import { hashToken } from "../auth/tokenFile";
import { ApiProblem } from "../problems/apiProblem";

const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/;

/**
 * Finds the caller from `Authorization: Bearer <token>`: the token is hashed
 * and looked up, so the server never holds a token in clear. Without a token
 * file every caller is `ANONYMOUS`. Answers 401 as a problem document (with
 * `WWW-Authenticate`), never Hono's plain-text default.
 */
export function authenticate(
  principals: ReadonlyMap<string, Principal> | undefined,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!principals) {
      c.set("principal", ANONYMOUS);
      return next();
    }
    const match = BEARER.exec(c.req.header("Authorization") ?? "");
    const principal = match?.[1] === undefined ? undefined : principals.get(hashToken(match[1]));
    if (!principal) {
      throw new ApiProblem(
        "unauthorized",
        match
          ? { zh: "访问令牌无效或已停用。", en: "The access token is not valid or no longer active." }
          : { zh: "缺少 Authorization: Bearer 令牌。", en: "The Authorization: Bearer token is missing." },
        {
          headers: {
            "WWW-Authenticate": `Bearer realm="shuangbaodao"${match ? ', error="invalid_token"' : ""}`,
          },
        },
      );
    }
    c.set("principal", principal);
    return next();
  };
}
