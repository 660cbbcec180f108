import { z } from "@hono/zod-openapi";
import type { Edition } from "@shuangbaodao/core";
import type { Context } from "hono";
import type { AppEnv } from "../appEnv";
import { LIBRARY_VERSION } from "../libraryVersion";
import { LIBRARY_NAME } from "../problems/problemResponse";

export const EditionRef = z.object({ id: z.string(), version: z.string() });

/** What every answer body names besides its payload. */
export const AnswerMeta = z.object({
  requestId: z.string(),
  library: z.object({ name: z.string(), version: z.string() }),
});

/** What an answer under an edition names besides its payload. */
export const EditionAnswerMeta = AnswerMeta.extend({ edition: EditionRef });

/** The request ID and library version of an answer. */
export function answerMeta(c: Context<AppEnv>): z.infer<typeof AnswerMeta> {
  return { requestId: c.get("requestId"), library: { name: LIBRARY_NAME, version: LIBRARY_VERSION } };
}

/** The meta of an answer under an edition; also names the edition in the answer's headers. */
export function editionAnswerMeta(c: Context<AppEnv>, edition: Edition): z.infer<typeof EditionAnswerMeta> {
  const ref = { id: edition.id, version: edition.version };
  c.set("edition", ref);
  return { ...answerMeta(c), edition: ref };
}
